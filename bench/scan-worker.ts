// One measured step of `npm run bench:scan`, run in its own process by bench/scan.js
// (bundled by esbuild first, so it runs the library's TypeScript as the CLI would):
//
//   generate FILE N           write an N-item gzipped Config snapshot
//   floor FILE                gunzip + JSON.parse + walk every value (the least any reader must do)
//   read FILE [EVALUATE]      readSnapshots + normalise every item, then EVALUATE(item) if given;
//                             `catalogue` evaluates the whole rule catalogue as `palisade scan` does
//   serve N REGIONS THROTTLE  a loopback Config holding N items over REGIONS regions; prints its URL
//   live URL REGIONS          readAccount against that server; prints items/s and a digest of the ARNs
//
// Each prints one JSON line: wall ms, CPU ms, peak RSS MB and what it counted.
import { createHash } from 'crypto';
import { createWriteStream, readFileSync } from 'fs';
import { createGzip, gunzipSync } from 'zlib';
import { ConfigItem } from '../lib/engine/config-item';
import { evaluateItems } from '../lib/run/config-items';
import { readAccount } from '../lib/sources/config/account';
import { readSnapshots } from '../lib/sources/config/snapshot';
import { CATALOGUE } from '../rules/catalogue';
import { FakeConfig } from '../test/sources/config/loopback/fake-config';
import { estate } from '../test/sources/config/loopback/items';

const REGION_NAMES = ['eu-west-2', 'eu-west-1', 'eu-central-1', 'eu-north-1', 'us-east-1', 'us-west-2'];
const started = process.hrtime.bigint();
const cpu0 = process.cpuUsage();

function report(extra: Record<string, unknown>): void {
  const c = process.cpuUsage(cpu0);
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const line = { wallMs, cpuMs: (c.user + c.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024, ...extra };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** Items shaped like a real estate's: buckets with supplementary configuration, security groups, roles. */
function sampleItem(n: number): Record<string, unknown> {
  const kind = n % 3;
  const common = {
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: '2026-11-20T10:00:00.000Z',
    configurationStateId: String(1763632800000 + n),
    awsAccountId: '111122223333',
    configurationItemStatus: n % 50 === 0 ? 'ResourceDeleted' : 'OK',
    awsRegion: 'eu-west-2',
    availabilityZone: 'Regional',
    relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: 'vpc-0a1b2c', relationshipName: 'Is contained in Vpc' }],
  };
  if (kind === 0) {
    const name = `bucket-${n}`;
    return {
      ...common,
      resourceType: 'AWS::S3::Bucket',
      resourceId: name,
      resourceName: name,
      ARN: `arn:aws:s3:::${name}`,
      tags: { 'aws:cloudformation:stack-name': 'Web', Owner: 'platform' },
      configuration: { name, owner: { id: 'abc' }, creationDate: '2026-01-01T00:00:00.000Z' },
      supplementaryConfiguration: {
        PublicAccessBlockConfiguration: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: true,
          restrictPublicBuckets: true,
        },
        ServerSideEncryptionConfiguration: {
          rules: [
            {
              applyServerSideEncryptionByDefault: {
                sseAlgorithm: 'aws:kms',
                kmsMasterKeyID: 'arn:aws:kms:eu-west-2:111122223333:key/1',
              },
              bucketKeyEnabled: true,
            },
          ],
        },
        BucketVersioningConfiguration: { status: 'Enabled', isMfaDeleteEnabled: null },
        BucketPolicy: {
          policyText: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:*',
                Resource: `arn:aws:s3:::${name}/*`,
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              },
            ],
          }),
        },
      },
    };
  }
  if (kind === 1) {
    const id = `sg-${n.toString(16)}`;
    return {
      ...common,
      resourceType: 'AWS::EC2::SecurityGroup',
      resourceId: id,
      resourceName: `web-${n}`,
      ARN: `arn:aws:ec2:eu-west-2:111122223333:security-group/${id}`,
      tags: [{ key: 'Name', value: `web-${n}` }],
      configuration: {
        groupId: id,
        groupName: `web-${n}`,
        description: 'web tier',
        vpcId: 'vpc-0a1b2c',
        ipPermissions: [
          {
            ipProtocol: 'tcp',
            fromPort: 443,
            toPort: 443,
            ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }],
            ipRanges: ['0.0.0.0/0'],
            ipv6Ranges: [],
            userIdGroupPairs: [],
            prefixListIds: [],
          },
        ],
        ipPermissionsEgress: [
          {
            ipProtocol: '-1',
            ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }],
            ipRanges: ['0.0.0.0/0'],
            ipv6Ranges: [],
            userIdGroupPairs: [],
            prefixListIds: [],
          },
        ],
      },
      supplementaryConfiguration: {},
    };
  }
  const role = `role-${n}`;
  return {
    ...common,
    awsRegion: 'global',
    resourceType: 'AWS::IAM::Role',
    resourceId: `AROA${n}`,
    resourceName: role,
    ARN: `arn:aws:iam::111122223333:role/${role}`,
    tags: {},
    configuration: {
      roleName: role,
      path: '/',
      assumeRolePolicyDocument: encodeURIComponent(
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        }),
      ),
      rolePolicyList: [
        {
          policyName: 'inline',
          policyDocument: encodeURIComponent(
            JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'logs:*', Resource: '*' }] }),
          ),
        },
      ],
      attachedManagedPolicies: [{ policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', policyName: 'ReadOnlyAccess' }],
    },
    supplementaryConfiguration: {},
  };
}

async function generate(file: string, n: number): Promise<void> {
  const gz = createGzip();
  const done = new Promise<void>((resolve, reject) =>
    gz
      .pipe(createWriteStream(file))
      .on('finish', () => resolve())
      .on('error', reject),
  );
  const write = async (text: string) => {
    if (!gz.write(text)) await new Promise((r) => gz.once('drain', r));
  };
  await write('{"fileVersion":"1.0","configSnapshotId":"bench","configurationItems":[');
  for (let i = 0; i < n; i++) await write((i ? ',' : '') + JSON.stringify(sampleItem(i)));
  gz.end(']}');
  await done;
  report({ items: n });
}

function floor(file: string): void {
  const snapshot = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
  let values = 0;
  const pending: unknown[] = [snapshot];
  while (pending.length) {
    const v = pending.pop();
    values++;
    if (v !== null && typeof v === 'object') {
      if (Array.isArray(v)) for (const x of v) pending.push(x);
      else for (const k in v as object) pending.push((v as Record<string, unknown>)[k]);
    }
  }
  report({ values, items: snapshot.configurationItems.length });
}

type Evaluate = (item: ConfigItem) => unknown;

/** The seam where rule evaluation plugs in: a module whose default (or `evaluate`) export takes one item. */
function loadEvaluate(path?: string): Evaluate | undefined {
  if (!path) return undefined;
  const mod = require(path);
  return (mod.evaluate ?? mod.default ?? mod) as Evaluate;
}

async function read(file: string, evaluatePath?: string): Promise<void> {
  if (evaluatePath === 'catalogue') {
    // the scan's own evaluator: every configItem adapter, relations decided per account-region
    const run = readSnapshots([file]);
    const result = await evaluateItems(run, CATALOGUE);
    const rules = CATALOGUE.filter((r) => r.adapters.configItem).length;
    return report({ items: result.items, findings: result.findings.length, rules, coverage: run.coverage().stats });
  }
  const evaluate = loadEvaluate(evaluatePath);
  const run = readSnapshots([file]);
  let items = 0;
  for await (const item of run.items) {
    items++;
    evaluate?.(item);
  }
  report({ items, coverage: run.coverage().stats });
}

async function serve(n: number, regions: number, throttle: number): Promise<void> {
  const names = REGION_NAMES.slice(0, regions);
  // per region: a bucket and a security group per step, plus the account's roles once
  const perScope = Math.ceil(n / (2 * regions + 1));
  const items = estate({ accounts: ['111122223333'], regions: names, perScope });
  const fake = new FakeConfig({
    items,
    account: '111122223333',
    faults: throttle > 0 ? [{ op: 'SelectResourceConfig', kind: 'throttle', ratio: throttle, times: Infinity }] : [],
  });
  const url = await fake.start();
  process.stdout.write(`${JSON.stringify({ url, items: items.length })}\n`);
  process.on('SIGTERM', () => {
    process.stdout.write(`${JSON.stringify({ requests: fake.requests.length })}\n`);
    void fake.stop().then(() => process.exit(0));
  });
}

async function live(url: string, regions: number): Promise<void> {
  const run = readAccount({
    regions: REGION_NAMES.slice(0, regions),
    resourceTypes: ['AWS::S3::Bucket', 'AWS::EC2::SecurityGroup', 'AWS::IAM::Role'],
    endpointUrl: url,
    clientConfig: { credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' } },
  });
  const arns: string[] = [];
  const t0 = Date.now();
  for await (const item of run.items) arns.push(item.arn ?? item.resourceId);
  const seconds = (Date.now() - t0) / 1000;
  const digest = createHash('sha256').update(arns.sort().join('\n')).digest('hex').slice(0, 16);
  const coverage = run.coverage();
  report({
    items: arns.length,
    itemsPerSecond: Math.round(arns.length / seconds),
    digest,
    complete: coverage.complete,
    gaps: coverage.gaps.length,
    stats: coverage.stats,
  });
}

async function main(): Promise<void> {
  const [mode, a, b, c] = process.argv.slice(2);
  if (mode === 'generate') return generate(a, Number(b));
  if (mode === 'floor') return floor(a);
  if (mode === 'read') return read(a, b);
  if (mode === 'serve') return serve(Number(a), Number(b), Number(c));
  if (mode === 'live') return live(a, Number(b));
  throw new Error(`unknown mode ${mode}`);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(3);
});
