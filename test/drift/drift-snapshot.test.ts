import { drift } from '../../lib/cli/commands/drift';
import { Drift } from '../../lib/drift/model';
import { cfn, deployedAsApproved, item, memoryIO, RawItem, trailInRegions, webSgItem, Workspace } from './scenario';

let ws: Workspace | undefined;
afterEach(() => ws?.remove());

/** Runs `palisade drift --templates … --snapshot …` in-process on a workspace; returns the exit code and the JSON report. */
async function run(items: RawItem[], extra: Record<string, unknown> = {}, now?: string) {
  ws = new Workspace(items);
  const io = memoryIO(ws.dir, now);
  const code = await drift(
    { templates: [`${ws.dir}/templates`], snapshot: [`${ws.dir}/snapshot.json`], format: ['json'], exceptions: false, ...extra },
    io,
  );
  const json = extra.output ? require('fs').readFileSync(`${ws.dir}/drift.json`, 'utf8') : io.stdout;
  const report = JSON.parse(json) as {
    drift: Drift[];
    stats: Record<string, number>;
    comparedRules: string[];
    summary: Record<string, number>;
  };
  return { code, report, io, of: (kind: string) => report.drift.filter((d) => d.kind === kind) };
}

describe('palisade drift on a snapshot', () => {
  it('reports nothing when what runs is what was approved, AWS-created defaults included', async () => {
    const { code, report } = await run(deployedAsApproved());
    expect(report.drift).toEqual([]);
    expect(code).toBe(0);
    // every declared resource Config records was matched; the two extra trail copies were merged. The scenario's
    // items are minimal, so rules whose adapters need more of an item than it carries are counted as not comparable.
    expect(report.stats).toMatchObject({ matched: 5, merged: 2, awsDefaults: 10 });
    // the group's rules compare although EC2 lists them in another order and the template names one by its logical id
    expect(report.stats.compared).toBeGreaterThanOrEqual(5);
    expect(report.comparedRules).toEqual(
      expect.arrayContaining(['SecurityGroupNoPublicSsh', 'SubnetNoAutoAssignPublicIp', 'EcrTagImmutability']),
    );
  });

  it('fails when a security group rule is added out of band, naming the rule, the fact, both values and both verdicts', async () => {
    const items = deployedAsApproved().map((i) =>
      i.resourceId === 'sg-0web'
        ? webSgItem([{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }] }])
        : i,
    );
    const { code, of } = await run(items);
    expect(code).toBe(1);
    const ssh = of('intent').find((d) => d.ruleId === 'SecurityGroupNoPublicSsh')!;
    expect(ssh).toMatchObject({
      severity: 'error',
      facts: ['ingress'],
      resource: {
        type: 'AWS::EC2::SecurityGroup',
        stack: 'Web',
        logicalId: 'WebSg',
        resourceId: 'sg-0web',
        account: '111122223333',
        region: 'eu-west-2',
      },
      template: { status: 'NOT_APPLICABLE' },
      deployed: { status: 'NON_COMPLIANT' },
    });
    expect(ssh.message).toMatch(
      /^template: ingress: \[.*fromPort=443.*\]; deployed: ingress: also \[protocol=tcp fromPort=22 toPort=22 cidrIp=0\.0\.0\.0\/0 described=false\] — SecurityGroupNoPublicSsh NOT_APPLICABLE → NON_COMPLIANT$/,
    );
    // the rule labels (`ingress #3`, `WebSgFromLb`) differ by construction and are not shown as facts
    expect(ssh.message).not.toMatch(/rule=/);
    // the new rule also has no description
    expect(
      of('intent')
        .map((d) => d.ruleId)
        .sort(),
    ).toEqual([
      'SecurityGroupIngressDescribed',
      'SecurityGroupNoPublicAdminPorts',
      'SecurityGroupNoPublicSsh',
      'SecurityGroupOpenOnlyToAuthorizedPorts',
    ]);
  });

  it('compares a value the template leaves to its default with that default', async () => {
    // ImageTagMutability is not set in the template: MUTABLE by default, as deployed
    const same = await run(deployedAsApproved());
    expect(same.of('intent')).toEqual([]);
    ws!.remove();
    const changed = deployedAsApproved().map((i) =>
      i.resourceType === 'AWS::ECR::Repository'
        ? { ...i, configuration: { RepositoryName: 'web-images', ImageTagMutability: 'IMMUTABLE' } }
        : i,
    );
    const { of, code } = await run(changed);
    const ecr = of('intent');
    expect(ecr).toHaveLength(1);
    // drift towards compliance is a warning: the template still says otherwise, and the next deployment undoes it
    expect(ecr[0]).toMatchObject({ ruleId: 'EcrTagImmutability', severity: 'warning', facts: ['mutability'] });
    expect(ecr[0].message).toBe(
      'template: mutability: not set; deployed: mutability: IMMUTABLE — EcrTagImmutability NON_COMPLIANT → COMPLIANT',
    );
    expect(code).toBe(0);
  });

  it('reports a setting turned on out of band (a subnet that now maps public IPs)', async () => {
    const items = deployedAsApproved().map((i) =>
      i.resourceId === 'subnet-0app'
        ? { ...i, configuration: { subnetId: 'subnet-0app', vpcId: 'vpc-0aaa', mapPublicIpOnLaunch: true } }
        : i,
    );
    const { of } = await run(items);
    expect(
      of('intent').map((d) => [d.ruleId, d.template?.status, d.deployed?.status, d.template?.value, d.deployed?.value]),
    ).toEqual([
      ['SubnetNoAutoAssignPublicIp', 'COMPLIANT', 'NON_COMPLIANT', 'mapPublicIpOnLaunch: false', 'mapPublicIpOnLaunch: true'],
    ]);
  });

  it('reports a console-created bucket as unmanaged, grouped by type, and honours --allow-unmanaged', async () => {
    const console = item(
      'AWS::S3::Bucket',
      'clickops-exports',
      { name: 'clickops-exports' },
      { name: 'clickops-exports', arn: 'arn:aws:s3:::clickops-exports' },
    );
    const otherStack = item(
      'AWS::EC2::SecurityGroup',
      'sg-0other',
      { groupId: 'sg-0other', groupName: 'x', vpcId: 'vpc-0aaa', ipPermissions: [] },
      { tags: cfn('Legacy', 'Sg') },
    );
    const { of, code, io } = await run([...deployedAsApproved(), console, otherStack], {
      format: ['text'],
      output: ['json=drift.json'],
    });
    expect(code).toBe(0); // unmanaged is a warning
    const text = io.stdout;
    expect(text).toMatch(
      /Unmanaged: deployed, declared by no checked stack \(2\)\n {2}AWS::EC2::SecurityGroup \(1\)\n {4}W \[111122223333\/eu-west-2\] sg-0other: tagged for stack Legacy, which is not among the checked templates\n {2}AWS::S3::Bucket \(1\)\n {4}W \[111122223333\/eu-west-2\] clickops-exports: no CloudFormation tags/,
    );
    expect(text).not.toMatch(/vpc-0def|sg-0def|aws-managed-s3|AWSServiceRoleForConfig|cdk-hnb659fds/);
    expect(of('unmanaged').map((d) => d.resource.arn)).toEqual([
      'arn:aws:test:eu-west-2:111122223333:securitygroup/sg-0other',
      'arn:aws:s3:::clickops-exports',
    ]);
    ws!.remove();
    const allowed = await run([...deployedAsApproved(), console], { allowUnmanaged: ['arn:aws:s3:::clickops-*'] });
    expect(allowed.of('unmanaged')).toEqual([]);
    expect(allowed.report.stats.allowListed).toBe(1);
  });

  it('reports a resource deleted out of band as missing, and fails', async () => {
    const items = deployedAsApproved().filter((i) => i.resourceType !== 'AWS::ECR::Repository');
    // another repository keeps the type recorded in this account-region
    items.push(
      item(
        'AWS::ECR::Repository',
        'other',
        { RepositoryName: 'other' },
        { name: 'other', tags: cfn('CDKToolkit', 'ContainerAssetsRepository') },
      ),
    );
    const { code, of } = await run(items);
    expect(of('missing')).toEqual([
      expect.objectContaining({
        severity: 'error',
        resource: expect.objectContaining({
          type: 'AWS::ECR::Repository',
          stack: 'Web',
          logicalId: 'Images',
          account: '111122223333',
          region: 'eu-west-2',
        }),
        message: 'AWS::ECR::Repository Images (stack Web): declared but not deployed in 111122223333/eu-west-2',
      }),
    ]);
    expect(code).toBe(1);
  });

  it('does not call a resource missing when the snapshot records nothing of its type', async () => {
    const items = deployedAsApproved().filter((i) => i.resourceType !== 'AWS::ECR::Repository');
    const { of } = await run(items);
    expect(of('missing')).toEqual([]);
  });

  it('counts a multi-region trail seen in three regions once, managed or not', async () => {
    const managed = await run(deployedAsApproved());
    expect(managed.of('missing').concat(managed.of('unmanaged'))).toEqual([]);
    expect(managed.report.stats.merged).toBe(2);
    ws!.remove();
    const stray = trailInRegions(['eu-west-2', 'eu-west-1', 'us-east-1'], {}, 'shadow-trail');
    const { of } = await run([...deployedAsApproved(), ...stray]);
    expect(of('unmanaged').map((d) => [d.resource.arn, d.resource.region])).toEqual([
      ['arn:aws:cloudtrail:eu-west-2:111122223333:trail/shadow-trail', 'eu-west-2'],
    ]);
  });

  it('reports a resource still deployed that its stack no longer declares', async () => {
    const old = item(
      'AWS::S3::Bucket',
      'web-old',
      { name: 'web-old' },
      { name: 'web-old', arn: 'arn:aws:s3:::web-old', tags: cfn('Web', 'OldBucket') },
    );
    const { of } = await run([...deployedAsApproved(), old]);
    expect(of('unmanaged').map((d) => d.message)).toEqual([
      'AWS::S3::Bucket web-old: stack Web no longer declares OldBucket: removed from the template but still deployed',
    ]);
  });
});

describe('accepted drift', () => {
  const added = () =>
    deployedAsApproved().map((i) =>
      i.resourceId === 'sg-0web'
        ? webSgItem([{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [{ cidrIp: '0.0.0.0/0', description: 'ssh' }] }])
        : i,
    );
  const exceptions = `exceptions:
  - drift: intent
    rule: SecurityGroupNoPublicSsh
    resource: Web/WebSg
    reason: break-glass SSH during the incident INC-42
    owner: platform-team
    expires: 2026-06-30
  - drift: intent
    rule: SecurityGroupNoPublicAdminPorts
    resource: Web/*
    reason: same incident
    owner: platform-team
    expires: 2026-06-30
  - drift: intent
    rule: SecurityGroupOpenOnlyToAuthorizedPorts
    resource: sg-0web
    reason: same incident
    owner: platform-team
    expires: 2026-06-30
`;

  async function withExceptions(now: string) {
    ws = new Workspace(added());
    const file = ws.write('palisade.exceptions.yaml', exceptions);
    const io = memoryIO(ws.dir, now);
    const code = await drift(
      { templates: [`${ws.dir}/templates`], snapshot: [`${ws.dir}/snapshot.json`], format: ['json'], exceptions: file },
      io,
    );
    return { code, io, report: JSON.parse(io.stdout) as { drift: Drift[]; summary: Record<string, number> } };
  }

  it('is reported as accepted, and does not fail the run, until it expires', async () => {
    const { code, report, io } = await withExceptions('2026-06-30T23:00:00Z');
    expect(code).toBe(0);
    expect(report.summary).toMatchObject({ intent: 3, accepted: 3, failing: 0 });
    expect(report.drift[0].suppression).toMatchObject({
      owner: 'platform-team',
      expires: '2026-06-30',
      source: 'exceptions-file',
    });
    expect(io.stderr).not.toMatch(/expired/);
  });

  it('fails again the day after it expires, and says so', async () => {
    const { code, report, io } = await withExceptions('2026-07-01T00:00:01Z');
    expect(code).toBe(1);
    expect(report.summary).toMatchObject({ accepted: 0, failing: 3 });
    expect(report.drift.every((d) => d.expiredException?.expires === '2026-06-30')).toBe(true);
    expect(io.stderr).toMatch(
      /exceptions\[0\] \(line 2\) intent drift 'Web\/WebSg' is expired: expired on 2026-06-30: 1 drift\(s\) it accepted are reported again/,
    );
  });

  it('keeps drift entries out of check and scan results', async () => {
    const { check } = await import('../../lib/cli/commands/check');
    ws = new Workspace([]);
    const file = ws.write('palisade.exceptions.yaml', exceptions);
    const io = memoryIO(ws.dir);
    check([`${ws.dir}/templates`], { format: ['json'], exceptions: file, failOn: 'none' }, io);
    const report = JSON.parse(io.stdout) as { exceptions?: { entries: unknown[] } };
    expect(report.exceptions?.entries ?? []).toEqual([]);
    expect(io.stderr).not.toMatch(/stale/);
  });
});
