import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { ConfigItem } from '../../../lib/engine/config-item';
import { InputError } from '../../../lib/errors';
import { readSnapshots } from '../../../lib/sources/config/snapshot';

const CORPUS = join(__dirname, '../../../../shared/corpus/config-items/by-type');
const corpusItem = (path: string) => JSON.parse(readFileSync(join(CORPUS, path), 'utf8'));

function bucket(name: string, status = 'OK') {
  return {
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: '2026-01-02T03:04:05.000Z',
    configurationStateId: '1',
    awsAccountId: '111122223333',
    configurationItemStatus: status,
    resourceType: 'AWS::S3::Bucket',
    resourceId: name,
    resourceName: name,
    ARN: `arn:aws:s3:::${name}`,
    awsRegion: 'eu-west-2',
    configuration: status === 'ResourceDeleted' ? null : { name },
    supplementaryConfiguration: {},
    tags: {},
    relationships: [],
  };
}

const snapshot = (items: unknown[]) =>
  JSON.stringify({ fileVersion: '1.0', configSnapshotId: 'abc', configurationItems: items }, null, 1);

async function readAll(paths: string[]) {
  const read = readSnapshots(paths);
  const items: ConfigItem[] = [];
  for await (const item of read.items) items.push(item);
  return { items, coverage: read.coverage() };
}

async function failure(paths: string[]): Promise<string> {
  try {
    await readAll(paths);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).not.toContain('\n');
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('readSnapshots', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'palisade-snapshot-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("takes what each account-region records from its recorder's own item, when the recorder is recording", async () => {
    const recorder = (region: string, recording: boolean, group: Record<string, unknown>) => ({
      ...bucket(`default-${region}`),
      resourceType: 'AWS::Config::ConfigurationRecorder',
      ARN: undefined,
      awsRegion: region,
      configuration: { Name: 'default', Recording: recording, RecordingGroup: group },
    });
    const file = join(dir, 'with-recorders.json');
    writeFileSync(
      file,
      snapshot([
        bucket('a'),
        recorder('eu-west-2', true, { AllSupported: true, IncludeGlobalResourceTypes: true, ResourceTypes: [] }),
        recorder('eu-west-1', true, { AllSupported: false, ResourceTypes: ['AWS::S3::Bucket'] }),
        recorder('eu-central-1', false, { AllSupported: true }),
      ]),
    );
    const read = readSnapshots([file]);
    for await (const _ of read.items);
    const recording = read.recording();
    expect([...recording.keys()].sort()).toEqual(['111122223333/eu-west-1', '111122223333/eu-west-2']);
    expect(recording.get('111122223333/eu-west-2')).toMatchObject({ allSupported: true, includesGlobal: true });
    expect(recording.get('111122223333/eu-west-1')).toMatchObject({ allSupported: false, types: new Set(['AWS::S3::Bucket']) });
  });

  it('reads plain and gzipped files, normalised, counting deleted items without returning them', async () => {
    const plain = join(dir, 'a.json');
    const gz = join(dir, 'b.json.gz');
    writeFileSync(
      plain,
      snapshot([bucket('one'), corpusItem('AWS_IAM_Role/rdk-example.json'), bucket('gone', 'ResourceDeleted')]),
    );
    writeFileSync(gz, gzipSync(snapshot([bucket('two'), corpusItem('AWS_S3_Bucket/c7n-config-s3.json')])));
    const { items, coverage } = await readAll([plain, gz]);
    expect(items.map((i) => i.arn ?? i.resourceId).sort()).toEqual(
      [
        'arn:aws:iam::264683526309:role/service-role/config-role-ezcrc2',
        'arn:aws:s3:::config-rule-sanity',
        'arn:aws:s3:::one',
        'arn:aws:s3:::two',
      ].sort(),
    );
    expect(coverage).toEqual({
      complete: true,
      gaps: [],
      stats: { items: 4, pages: 2, throttles: 0, deleted: 1, notRecorded: 0 },
    });
    const role = items.find((i) => i.resourceType === 'AWS::IAM::Role') as ConfigItem;
    expect(typeof role.configuration.assumeRolePolicyDocument).toBe('object');
  });

  it('reads the newest snapshot per account-region from the S3 delivery layout, and skips history files', async () => {
    const scope = (account: string, region: string, day: string) =>
      join(dir, 'AWSLogs', account, 'Config', region, '2026', '1', day, 'ConfigSnapshot');
    const put = (account: string, region: string, day: string, stamp: string, names: string[]) => {
      const folder = scope(account, region, day);
      mkdirSync(folder, { recursive: true });
      const file = `${account}_Config_${region}_ConfigSnapshot_${stamp}_0b1c.json.gz`;
      writeFileSync(join(folder, file), gzipSync(snapshot(names.map((n) => bucket(n)))));
    };
    put('111122223333', 'eu-west-2', '1', '20260101T000000Z', ['old']);
    put('111122223333', 'eu-west-2', '2', '20260102T000000Z', ['new']);
    put('111122223333', 'eu-west-1', '1', '20260101T000000Z', ['ireland']);
    const history = join(dir, 'AWSLogs', '111122223333', 'Config', 'eu-west-2', '2026', '1', '2', 'ConfigHistory');
    mkdirSync(history, { recursive: true });
    writeFileSync(
      join(history, '111122223333_Config_eu-west-2_ConfigHistory_AWS::S3::Bucket_20260102T000000Z.json.gz'),
      gzipSync('{}'),
    );
    const { items } = await readAll([dir]);
    expect(items.map((i) => i.resourceId).sort()).toEqual(['ireland', 'new']);
  });

  it('streams: a file far larger than one item is read item by item', async () => {
    const file = join(dir, 'big.json.gz');
    writeFileSync(file, gzipSync(snapshot(Array.from({ length: 5000 }, (_, i) => bucket(`b${i}`)))));
    const { items, coverage } = await readAll([file]);
    expect(new Set(items.map((i) => i.resourceId)).size).toBe(5000);
    expect(coverage.stats.items).toBe(5000);
  });

  it.each([
    [
      'truncated gzip',
      (f: string) => writeFileSync(f, gzipSync(snapshot([bucket('x')])).subarray(0, 40)),
      /truncated or corrupt gzip/,
    ],
    [
      'truncated JSON',
      (f: string) => writeFileSync(f, snapshot([bucket('x'), bucket('y')]).slice(0, -60)),
      /truncated after 1 configuration items/,
    ],
    [
      'a CloudFormation template',
      (f: string) => writeFileSync(f, '{"Resources": {}}'),
      /not an AWS Config snapshot: no configurationItems array/,
    ],
    ['a JSON array', (f: string) => writeFileSync(f, '[1]'), /the top level is an array/],
    ['not JSON', (f: string) => writeFileSync(f, 'hello'), /not valid JSON/],
    ['an empty file', (f: string) => writeFileSync(f, ''), /empty file/],
    [
      'an item with no id',
      (f: string) => writeFileSync(f, snapshot([{ resourceType: 'AWS::S3::Bucket' }])),
      /configuration item 1: AWS::S3::Bucket item has no resourceId/,
    ],
  ])('fails with one line naming the file for %s', async (_name, write, message) => {
    const file = join(dir, 'bad.json');
    write(file);
    const text = await failure([file]);
    expect(text.startsWith(`${file}: `)).toBe(true);
    expect(text).toMatch(message);
  });

  it('fails for a missing path and for a directory without snapshots', async () => {
    expect(await failure([join(dir, 'nope.json')])).toBe(`${join(dir, 'nope.json')}: no such file or directory`);
    expect(await failure([dir])).toMatch(/no snapshot files/);
  });
});
