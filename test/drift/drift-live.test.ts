import { createServer, request, Server } from 'http';
import { AddressInfo } from 'net';
import { drift } from '../../lib/cli/commands/drift';
import { Drift } from '../../lib/drift/model';
import { FakeConfig, FakeItem } from '../sources/config/loopback/fake-config';
import { fastClient } from '../sources/config/loopback/harness';
import { deployedAsApproved, item, memoryIO, RawItem, webSgItem, Workspace } from './scenario';

/** The snapshot-shaped items of the scenario, as the loopback Config serves them. */
function fakeItems(raws: RawItem[]): FakeItem[] {
  return raws.map((r) => ({
    accountId: r.awsAccountId as string,
    awsRegion: r.awsRegion as string,
    resourceType: r.resourceType as string,
    resourceId: r.resourceId as string,
    resourceName: r.resourceName as string | undefined,
    arn: r.ARN as string,
    configuration: r.configuration as Record<string, unknown>,
    supplementaryConfiguration: r.supplementaryConfiguration as Record<string, unknown>,
    tags: r.tags as Record<string, string>,
  }));
}

/**
 * A pass-through in front of the loopback Config that records the X-Amz-Target
 * of every request it forwards, whatever the fake makes of it.
 */
async function recordingProxy(upstream: string): Promise<{ url: string; targets: string[]; server: Server }> {
  const targets: string[] = [];
  const { hostname, port } = new URL(upstream);
  const server = createServer((req, res) => {
    targets.push(String(req.headers['x-amz-target'] ?? '(none)'));
    const out = request({ hostname, port, path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, targets, server };
}

const READ_ONLY = /^StarlingDoveService\.(Describe|List|Get|Select|BatchGet)[A-Za-z]+$/;

describe('palisade drift against the loopback AWS Config', () => {
  let ws: Workspace;
  let fake: FakeConfig;
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;
  afterEach(async () => {
    await new Promise((resolve) => proxy?.server.close(resolve));
    await fake?.stop();
    ws?.remove();
  });

  async function live(raws: RawItem[], regions: string[], extra: Record<string, unknown> = {}) {
    ws = new Workspace([]);
    fake = new FakeConfig({
      items: fakeItems(
        raws
          .filter((r) => r.awsRegion !== 'global')
          .concat(raws.filter((r) => r.awsRegion === 'global').map((r) => ({ ...r, awsRegion: regions[0] }))),
      ),
      account: '111122223333',
      ...extra,
    });
    proxy = await recordingProxy(await fake.start());
    const io = memoryIO(ws.dir);
    const code = await drift(
      { templates: [`${ws.dir}/templates`], region: regions, endpointUrl: proxy.url, format: ['json'], exceptions: false },
      io,
      undefined,
      fastClient(),
    );
    return {
      code,
      io,
      report: JSON.parse(io.stdout) as { drift: Drift[]; stats: Record<string, number>; coverage: { complete: boolean } },
    };
  }

  it('finds the out-of-band SSH rule, the console bucket and the deleted repository, sending only read operations', async () => {
    const raws = deployedAsApproved()
      .filter((i) => i.resourceType !== 'AWS::ECR::Repository')
      .map((i) =>
        i.resourceId === 'sg-0web'
          ? webSgItem([{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }] }])
          : i,
      );
    raws.push(item('AWS::S3::Bucket', 'clickops', { name: 'clickops' }, { name: 'clickops', arn: 'arn:aws:s3:::clickops' }));
    const { code, report } = await live(raws, ['eu-west-2', 'eu-west-1', 'us-east-1']);
    expect(report.coverage.complete).toBe(true);
    expect(code).toBe(1);
    const summary = report.drift.map((d) =>
      `${d.kind} ${d.ruleId ?? ''} ${d.resource.logicalId ?? d.resource.resourceId}`.replace(/ +/g, ' '),
    );
    expect(summary).toEqual(
      expect.arrayContaining([
        'intent SecurityGroupNoPublicSsh WebSg',
        'missing Images', // the live recorder records every type, so an absent repository is missing
        'unmanaged clickops',
      ]),
    );
    // the trail recorded in three regions is one resource, matched to its stack
    expect(report.stats.merged).toBe(2);
    expect(report.drift.filter((d) => d.resource.type === 'AWS::CloudTrail::Trail')).toEqual([]);

    expect(proxy.targets.length).toBeGreaterThan(0);
    expect(proxy.targets.filter((t) => !READ_ONLY.test(t))).toEqual([]);
    expect(proxy.targets).toEqual(
      expect.arrayContaining(['StarlingDoveService.SelectResourceConfig', 'StarlingDoveService.DescribeConfigurationRecorders']),
    );
  });

  it('exits 4 when a region could not be read, and still reports what it could', async () => {
    const { code, report } = await live(deployedAsApproved(), ['eu-west-2'], {
      faults: [{ op: 'SelectResourceConfig', kind: 'accessDenied', resourceType: 'AWS::S3::Bucket', times: Infinity }],
    });
    expect(report.coverage.complete).toBe(false);
    expect(code).toBe(4);
    expect(proxy.targets.filter((t) => !READ_ONLY.test(t))).toEqual([]);
  });
});
