import { execFile } from 'child_process';
import { mkdtempSync, readFileSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { promisify } from 'util';
import { FakeConfig } from '../sources/config/loopback/fake-config';
import { TEST_CREDENTIALS } from '../sources/config/loopback/harness';
import { changeEvent, corpusItem } from './events';

const run = promisify(execFile);
const { bundleConfigRules } = require('../../scripts/bundle.js') as {
  bundleConfigRules(outdir: string): { metafile: { inputs: Record<string, unknown> } };
};

/** The handler as the construct deploys it: one esbuild file with the catalogue. */
describe('the Config rules handler bundle', () => {
  let outdir: string;
  let inputs: string[];
  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'palisade-config-rules-test-'));
    inputs = Object.keys(bundleConfigRules(outdir).metafile.inputs);
  });

  it('holds the catalogue and the Config client, and no CDK', () => {
    expect(inputs.some((f) => f.endsWith('rules/catalogue.ts'))).toBe(true);
    expect(inputs.some((f) => f.includes('@aws-sdk/client-config-service'))).toBe(true);
    expect(inputs.filter((f) => /node_modules\/(aws-cdk-lib|cdk-nag|constructs)\//.test(f))).toEqual([]);
    const text = readFileSync(join(outdir, 'index.js'), 'utf8');
    expect(text).not.toMatch(/aws-cdk-lib|require\("constructs"\)|cdk-nag/);
    expect(statSync(join(outdir, 'index.js')).size).toBeLessThan(2_000_000);
  });

  it('runs as Lambda runs it: from the environment’s region, endpoint and credentials, to PutEvaluations', async () => {
    const fake = new FakeConfig({ items: [] });
    const endpoint = await fake.start();
    const raw = corpusItem('AWS_EC2_SecurityGroup/c7n-cwe-event-config-rule-security-group.json');
    const event = changeEvent(raw, { ruleId: 'SecurityGroupIngressDescribed', account: '123456789012', region: 'eu-west-1' });
    // a separate node, as Lambda loads it: the SDK's dynamic imports do not run inside jest's module sandbox
    const script = `require(${JSON.stringify(join(outdir, 'index.js'))}).handler(JSON.parse(process.argv[1]), { invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:palisade' }).then(() => {}, (e) => { console.error(e.message); process.exitCode = 1; })`;
    try {
      const { stdout } = await run(process.execPath, ['-e', script, JSON.stringify(event)], {
        env: {
          PATH: process.env.PATH,
          HOME: outdir,
          AWS_REGION: 'eu-west-1',
          AWS_ENDPOINT_URL_CONFIG_SERVICE: endpoint,
          AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
          AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
          AWS_MAX_ATTEMPTS: '1',
        },
      });
      expect(fake.puts.flatMap((p) => p.evaluations)).toEqual([
        expect.objectContaining({ ComplianceResourceId: 'sg-e2fb6999', ComplianceType: 'NON_COMPLIANT' }),
      ]);
      expect(JSON.parse(stdout.trim().split('\n').pop()!)).toMatchObject({
        rules: ['SecurityGroupIngressDescribed'],
        counts: { NON_COMPLIANT: 1 },
      });
    } finally {
      await fake.stop();
    }
  });
});
