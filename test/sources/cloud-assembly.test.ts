import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App, NestedStack, Stack, Stage, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { InputError } from '../../lib/errors';
import { loadCloudAssembly } from '../../lib/sources/template/cloud-assembly';
import { discoverTemplates } from '../../lib/sources/template/discover';

describe('loadCloudAssembly', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'palisade-asm-'));
  beforeAll(() => {
    // CDK's built-in template validation is not under test here; it costs seconds per synth.
    const app = new App({ outdir, builtinCloudFormationValidation: false });
    const web = new Stack(app, 'Web', { env: { region: 'eu-west-2', account: '111111111111' }, tags: { owner: 'platform' } });
    const logs = new s3.Bucket(web, 'Logs');
    Validations.of(logs).acknowledge({ id: 'S3BucketVersioningEnabled', reason: 'logs expire in 7 days' });
    new s3.Bucket(new NestedStack(web, 'Inner'), 'InnerBucket');
    new s3.Bucket(new Stack(new Stage(app, 'Prod'), 'Api'), 'Data');
    app.synth();
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('finds every stack, stage stacks and nested stacks included', () => {
    const stacks = loadCloudAssembly(outdir)
      .map((t) => t.stack)
      .sort();
    expect(stacks).toEqual(['Prod/Api', 'Web', 'Web/Inner']);
  });

  it('knows each stack’s environment and tags', () => {
    const web = loadCloudAssembly(outdir).find((t) => t.stack === 'Web')!;
    expect(web).toMatchObject({ region: 'eu-west-2', account: '111111111111', tags: { owner: 'platform' } });
    expect(loadCloudAssembly(outdir).find((t) => t.stack === 'Prod/Api')!.region).toBeUndefined();
  });

  it('maps logical ids to construct paths, per nested stack', () => {
    const all = loadCloudAssembly(outdir);
    const web = all.find((t) => t.stack === 'Web')!;
    const inner = all.find((t) => t.stack === 'Web/Inner')!;
    expect([...web.constructPaths.values()]).toContain('Web/Logs/Resource');
    expect([...inner.constructPaths.values()]).toEqual(['Web/Inner/InnerBucket/Resource']);
    expect(inner.parent).toBe('Web');
  });

  it('reads acknowledgements recorded in the assembly', () => {
    const web = loadCloudAssembly(outdir).find((t) => t.stack === 'Web')!;
    expect(web.acknowledgements).toContainEqual({
      path: 'Web/Logs',
      ruleId: 'S3BucketVersioningEnabled',
      reason: 'logs expire in 7 days',
    });
  });

  it('rejects a cdk.out without a manifest', () => {
    const empty = mkdtempSync(join(tmpdir(), 'palisade-empty-'));
    const dir = join(empty, 'cdk.out');
    require('fs').mkdirSync(dir);
    writeFileSync(join(dir, 'Web.template.json'), '{"Resources": {}}');
    expect(() => discoverTemplates([dir])).toThrow(InputError);
    expect(() => discoverTemplates([dir])).toThrow(/cdk\.out: looks like a CDK cloud assembly but has no manifest\.json/);
  });
});
