import { drift } from '../../lib/cli/commands/drift';
import { Drift } from '../../lib/drift/model';
import { memoryIO, Workspace } from './scenario';

const result = (ruleId: string, logicalId: string, status: string, severity = 'error') => ({
  ruleId,
  status,
  severity,
  resource: { type: 'AWS::EC2::SecurityGroup', stack: 'Web', logicalId, template: 'cdk.out/Web.template.json', line: 3 },
  message: `${ruleId} on ${logicalId}`,
});
const report = (results: unknown[]) => JSON.stringify({ tool: { name: 'palisade', version: '0.1.0' }, results });

describe('palisade drift --since OLD NEW', () => {
  let ws: Workspace;
  afterEach(() => ws.remove());

  it('lists new, regressed and resolved results per rule and resource, and fails on the new and regressed', async () => {
    ws = new Workspace([]);
    const old = ws.write(
      'old.json',
      report([
        result('SecurityGroupNoPublicSsh', 'A', 'COMPLIANT'),
        result('SecurityGroupNoPublicSsh', 'B', 'NON_COMPLIANT'),
        result('SecurityGroupNoPublicSsh', 'C', 'NON_COMPLIANT'),
        result('SecurityGroupIngressDescribed', 'A', 'NON_COMPLIANT', 'warning'),
      ]),
    );
    const now = ws.write(
      'new.json',
      report([
        { ...result('SecurityGroupNoPublicSsh', 'A', 'NON_COMPLIANT'), resource: { ...result('', 'A', '').resource, line: 40 } },
        result('SecurityGroupNoPublicSsh', 'B', 'COMPLIANT'),
        result('SecurityGroupIngressDescribed', 'A', 'NON_COMPLIANT', 'warning'),
        result('SecurityGroupIngressDescribed', 'D', 'INSUFFICIENT_DATA', 'warning'),
      ]),
    );
    const io = memoryIO(ws.dir);
    const code = await drift({ since: [old, now], format: ['json'], exceptions: false }, io);
    const drifts = (JSON.parse(io.stdout) as { drift: Drift[] }).drift;
    expect(drifts.map((d) => [d.change, d.ruleId, d.resource.logicalId, d.before ?? null, d.after ?? null])).toEqual([
      ['regressed', 'SecurityGroupNoPublicSsh', 'A', 'COMPLIANT', 'NON_COMPLIANT'], // a moved line is the same result
      ['resolved', 'SecurityGroupNoPublicSsh', 'B', 'NON_COMPLIANT', 'COMPLIANT'],
      ['new', 'SecurityGroupIngressDescribed', 'D', null, 'INSUFFICIENT_DATA'],
      ['resolved', 'SecurityGroupNoPublicSsh', 'C', 'NON_COMPLIANT', null],
    ]);
    expect(code).toBe(1);
  });

  it('refuses a file that is not a Palisade report, naming it, with exit 2', async () => {
    ws = new Workspace([]);
    const old = ws.write('old.json', '{"results": []}');
    const io = memoryIO(ws.dir);
    const { main } = await import('../../lib/cli/main');
    const code = await main(['drift', '--since', old, old], io);
    expect(code).toBe(2);
    expect(io.stderr).toBe(
      `palisade: ${old}: not a Palisade JSON report (write one with \`palisade check --format json\` or \`palisade scan --format json\`)\n`,
    );
  });
});

describe('palisade drift input errors', () => {
  let ws: Workspace;
  afterEach(() => ws.remove());
  it.each([
    [
      ['drift', '--templates', 'templates'],
      'palisade: drift: give --snapshot FILE|DIR…, or --region REGION (repeatable) to read an account, or --aggregator NAME --region REGION\n',
    ],
    [
      ['drift', '--snapshot', 'snapshot.json'],
      'palisade: drift: name the approved side with --templates (cdk.out, template files or directories), or compare two reports with --since OLD NEW\n',
    ],
    [
      ['drift', '--templates', 'templates', '--snapshot', 'snapshot.json', '--fail-on', 'insufficient-data'],
      "palisade: --fail-on: drift uses error, warning or none, not 'insufficient-data'\n",
    ],
    [['drift', '--templates', 'templates', '--snapshot', 'nope.json'], 'palisade: nope.json: no such file or directory\n'],
  ])('%j exits 2 with one line', async (args, line) => {
    ws = new Workspace([]);
    const io = memoryIO(ws.dir);
    const { main } = await import('../../lib/cli/main');
    const code = await main(
      args.map((a) => (a.includes('.json') || a === 'templates' ? `${ws.dir}/${a}` : a)),
      io,
    );
    expect(io.stderr.replaceAll(`${ws.dir}/`, '')).toBe(line);
    expect(code).toBe(2);
  });
});
