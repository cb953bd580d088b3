import { readdirSync, readFileSync, existsSync } from 'fs';
import { join } from 'path';
import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { SCANNER_ACTIONS, ScannerRole } from '../../lib/constructs';
import { ENV, testApp } from './harness';

const ROOT = join(__dirname, '../..');

/** The SDK commands `scan` and `drift` import from the AWS SDK, as IAM actions (`FooCommand` of client-config-service is `config:Foo`). */
function actionsInCode(): string[] {
  const files = [
    ...['lib/sources/config', 'lib/drift'].flatMap((dir) => readdirSync(join(ROOT, dir)).map((f) => join(dir, f))),
    'lib/run/config-items.ts',
    'lib/cli/commands/scan.ts',
    'lib/cli/commands/drift.ts',
  ]
    // sts:AssumeRole (--role-arn) is what the caller needs to become the scanner, not what the scanner needs
    .filter((f) => f !== join('lib/sources/config', 'role.ts'))
    .filter((f) => f.endsWith('.ts') && existsSync(join(ROOT, f)));
  const actions = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@aws-sdk\/client-([a-z-]+)'/g)) {
      const prefix = m[2] === 'config-service' ? 'config' : m[2];
      for (const name of m[1].split(',').map((n) => n.trim())) {
        if (/^[A-Z]\w+Command$/.test(name)) actions.add(`${prefix}:${name.replace(/Command$/, '')}`);
      }
    }
  }
  return [...actions].sort();
}

describe('ScannerRole', () => {
  let template: Template;
  beforeAll(() => {
    const stack = new Stack(testApp(), 'Scanner', { env: ENV });
    new ScannerRole(stack, 'Scanner', {
      trustedPrincipal: new iam.ArnPrincipal('arn:aws:iam::222222222222:role/ci'),
      externalId: 'palisade',
      roleName: 'palisade-scanner',
    });
    template = Template.fromStack(stack);
  });

  it('grants exactly the AWS Config actions the scanner and drift send', () => {
    const inCode = actionsInCode();
    expect(inCode.length).toBeGreaterThan(5);
    expect([...SCANNER_ACTIONS].sort()).toEqual(inCode);
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: [{ Effect: 'Allow', Action: [...SCANNER_ACTIONS], Resource: '*', Sid: 'PalisadeConfigReads' }],
      },
    });
    // every action reads: nothing that records, deletes, puts or starts
    expect(SCANNER_ACTIONS.filter((a) => !/^config:(Describe|List|Get|Select|BatchGet)/.test(a))).toEqual([]);
    template.resourceCountIs('AWS::IAM::Policy', 0);
  });

  it('is trusted by the named principal alone, with the external id', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      RoleName: 'palisade-scanner',
      AssumeRolePolicyDocument: {
        Statement: [
          {
            Action: 'sts:AssumeRole',
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::222222222222:role/ci' },
            Condition: { StringEquals: { 'sts:ExternalId': 'palisade' } },
          },
        ],
      },
      ManagedPolicyArns: Match.absent(),
    });
  });
});
