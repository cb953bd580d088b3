import { readdirSync, readFileSync } from 'fs';
import { basename, dirname, join } from 'path';
import { ConfigItem } from '../../../lib/engine/config-item';
import { decodeDocument, isoDate, itemDisposition, normaliseItem } from '../../../lib/sources/config/normalise';

const CORPUS = join(__dirname, '../../../../shared/corpus/config-items');

function corpusFiles(): string[] {
  const byType = join(CORPUS, 'by-type');
  const files = readdirSync(byType).flatMap((d) => readdirSync(join(byType, d)).map((f) => join(byType, d, f)));
  const rdk = join(CORPUS, 'rdk-example-ci');
  return [...files, ...readdirSync(rdk).map((f) => join(rdk, f))];
}

/**
 * The raw items in a corpus file: some RDK samples are a list of items or a
 * rule event wrapping one (`configurationItem`).
 */
function raws(file: string): Record<string, unknown>[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8'));
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return list.map((x) => x.configurationItem ?? x);
}

/**
 * Partial Select rows carry no type (the corpus folder names it) and some no id:
 * the scanner always selects both, so the test supplies them.
 */
function load(file: string, raw = raws(file)[0]): ConfigItem {
  const folder = basename(dirname(file));
  const resourceType = folder === 'rdk-example-ci' ? undefined : folder.replace(/_/g, '::');
  const row = file.endsWith('.partial.json') && !raw.resourceId ? { resourceId: 'selected-by-the-scanner', ...raw } : raw;
  return normaliseItem(row, { resourceType });
}

const looksEncoded = (v: unknown): boolean => typeof v === 'string' && /^\s*(\{|\[|"|%7b)/i.test(v);

function findEncoded(v: unknown, path: string, out: string[]): void {
  if (looksEncoded(v)) out.push(path);
  else if (Array.isArray(v)) v.forEach((x, i) => findEncoded(x, `${path}[${i}]`, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) findEncoded(x, `${path}.${k}`, out);
}

describe('normaliseItem on every configuration item in the corpus', () => {
  const files = corpusFiles();

  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(120);
  });

  const cases = files.flatMap((f) => raws(f).map((raw, i) => [`${f.slice(CORPUS.length + 1)} #${i + 1}`, f, raw] as const));
  it.each(cases)('%s', (_name, file, raw) => {
    const item = load(file, raw);
    expect(item.resourceType).toMatch(/^AWS::\w+::\w+$/i);
    expect(item.resourceId).not.toBe('');
    expect(typeof item.configuration).toBe('object');
    expect(Array.isArray(item.configuration)).toBe(false);
    const encoded: string[] = [];
    findEncoded(item.supplementaryConfiguration, 'supplementaryConfiguration', encoded);
    if (item.resourceType.startsWith('AWS::IAM::')) findEncoded(item.configuration, 'configuration', encoded);
    expect(encoded).toEqual([]);
    for (const value of Object.values(item.tags)) expect(typeof value).toBe('string');
    if (raw.configurationItemCaptureTime) expect(item.captureTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(item.accountId).toBe(String(raw.accountId ?? raw.awsAccountId ?? ''));
    for (const r of item.relationships) expect(r.relationshipName).not.toBe('');
  });
});

describe('normaliseItem, shape by shape', () => {
  const at = (path: string) => load(join(CORPUS, path));

  it('parses the API shape: configuration and every supplementary value are JSON strings', () => {
    const item = at('by-type/AWS_S3_Bucket/c7n-config-s3.json');
    expect(item.supplementaryConfiguration.BucketVersioningConfiguration).toEqual({ status: 'Off', isMfaDeleteEnabled: null });
    // the ACL is JSON inside JSON inside JSON
    expect(item.supplementaryConfiguration.AccessControlList).toMatchObject({ grantList: [{ permission: 'FullControl' }] });
    expect(item.supplementaryConfiguration.BucketPolicy).toEqual({ policyText: null });
    expect(item.tags).toEqual({ Planet: 'Earth', Verbose: 'Game' });
    expect(item.captureTime).toBe('2017-02-04T11:10:33.880Z');
  });

  it('decodes a URL-encoded trust policy once', () => {
    const item = at('by-type/AWS_IAM_Role/c7n-test_set_policy_arn_construction-select-1.partial.json');
    expect(item.configuration.assumeRolePolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
  });

  it('gives the key policy as a document', () => {
    const item = at('by-type/AWS_KMS_Key/rdk-example.json');
    expect(item.supplementaryConfiguration.Policy).toMatchObject({ Version: '2012-10-17', Statement: expect.any(Array) });
  });

  it('reads tags from a Select row list inside configuration', () => {
    const item = at('by-type/AWS_EC2_SecurityGroup/c7n-test_security_group_config_source-select-1.partial.json');
    expect(item.tags).toMatchObject({ NetworkLocation: 'Private' });
  });

  it('reads the 2014 documentation shape', () => {
    const item = at('by-type/AWS_EC2_Volume/awsdocs-deliver-snapshot-cli-block2-1.json');
    expect(item.stateId).toBe('3e660fdf-4e34-4f32-afeb-0ace5bf3d63a');
    expect(item.availabilityZone).toBe('us-west-2b');
    expect(item.relationships).toEqual([
      {
        resourceType: 'AWS::EC2::Instance',
        resourceId: 'i-344c463d',
        resourceName: undefined,
        relationshipName: 'Attached to Instance',
      },
    ]);
  });

  it('reads the notification shape (awsAccountId, ARN)', () => {
    const item = at('by-type/AWS_S3_Bucket/rdk-example.json');
    expect(item.accountId).toMatch(/^\d{12}$/);
    expect(item.arn).toMatch(/^arn:aws:s3:::/);
  });

  it('counts deleted items instead of evaluating them, whether configuration is null or "null"', () => {
    for (const path of [
      'by-type/AWS_S3_Bucket/c7n-test_s3_normalize-ReceiveMessage_3.json',
      'by-type/AWS_EC2_Volume/c7n-test_ebs_health_events_filter-GetResourceConfigHistory_1-1.json',
    ]) {
      const item = at(path);
      expect(item.configuration).toEqual({});
      expect(itemDisposition(item)).toBe('deleted');
    }
    expect(itemDisposition(at('by-type/AWS_EC2_Volume/rdk-example.json'))).toBe('evaluate');
  });

  it('fails when an item has no resource id', () => {
    expect(() => normaliseItem({ resourceType: 'AWS::S3::Bucket' })).toThrow('AWS::S3::Bucket item has no resourceId');
  });

  it('reads the tag variants', () => {
    const base = { resourceType: 'AWS::KMS::Key', resourceId: 'k' };
    expect(normaliseItem({ ...base, tags: [{ Key: 'a', Value: 'b' }] }).tags).toEqual({ a: 'b' });
    expect(normaliseItem({ ...base, supplementaryConfiguration: { Tags: '[{"tagKey":"a","tagValue":"c"}]' } }).tags).toEqual({
      a: 'c',
    });
    expect(
      normaliseItem({ ...base, tags: { a: 'd' }, supplementaryConfiguration: { Tags: [{ tagKey: 'a', tagValue: 'c' }] } }).tags,
    ).toEqual({ a: 'd' });
  });

  it('decodes the scalars of the API shape only', () => {
    const api = normaliseItem({
      resourceType: 'AWS::KMS::Key',
      resourceId: 'k',
      configuration: '{}',
      supplementaryConfiguration: { KeyRotationStatus: 'true', Name: '"x"' },
    });
    expect(api.supplementaryConfiguration).toEqual({ KeyRotationStatus: true, Name: 'x' });
    const nested = normaliseItem({
      resourceType: 'AWS::KMS::Key',
      resourceId: 'k',
      configuration: {},
      supplementaryConfiguration: { Status: 'true' },
    });
    expect(nested.supplementaryConfiguration).toEqual({ Status: 'true' });
  });
});

describe('dates and documents', () => {
  it.each([
    ['2017-02-04T06:10:33.880000-05:00', '2017-02-04T11:10:33.880Z'],
    [1621024924302, '2021-05-14T20:42:04.302Z'],
    ['1621024924', '2021-05-14T20:42:04.000Z'],
    [new Date('2020-01-01T00:00:00Z'), '2020-01-01T00:00:00.000Z'],
    ['Apr 25, 2023 7:24:50 PM', new Date('Apr 25, 2023 7:24:50 PM').toISOString()],
    ['not a date', undefined],
  ])('isoDate(%p)', (input, expected) => {
    expect(isoDate(input)).toBe(expected);
  });

  it('leaves a document that is neither JSON nor URL-encoded JSON as text', () => {
    expect(decodeDocument('arn:aws:iam::aws:policy/x')).toBe('arn:aws:iam::aws:policy/x');
    expect(decodeDocument('%7B%22a%22%3A%22100%25%22%7D')).toEqual({ a: '100%' });
  });
});
