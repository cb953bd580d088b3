import { Rule } from '../../../lib/engine/rule';
import { Unknown } from '../../../lib/engine/unknown';

import { LambdaCodeSigningEnforced } from '../../../rules/lambda/LambdaCodeSigningEnforced';
import { LambdaConcurrencyLimit } from '../../../rules/lambda/LambdaConcurrencyLimit';
import { LambdaDlqConfigured } from '../../../rules/lambda/LambdaDlqConfigured';
import { LambdaFunctionPublicAccessProhibited } from '../../../rules/lambda/LambdaFunctionPublicAccessProhibited';
import { LambdaFunctionUrlAuth } from '../../../rules/lambda/LambdaFunctionUrlAuth';
import { LambdaInsideVpc } from '../../../rules/lambda/LambdaInsideVpc';
import { LambdaSupportedRuntime } from '../../../rules/lambda/LambdaSupportedRuntime';
import { LambdaVpcMultiAz } from '../../../rules/lambda/LambdaVpcMultiAz';
import { decideOn, statusOf, template } from '../harness';

const open = new Unknown('not known until deployment');
const today = '2026-01-01';
const grant = (principal: Record<string, unknown>, restrictions: string[] = [], o: Unknown[] = []) => ({
  grants: [{ principal, restrictions, open: o, action: 'lambda:InvokeFunction' }],
});

describe('decisions', () => {
  it.each<[string, Rule, unknown, string]>([
    ['signing enforced', LambdaCodeSigningEnforced, { image: false, signing: { untrusted: 'Enforce' } }, 'COMPLIANT'],
    ['signing warns', LambdaCodeSigningEnforced, { image: false, signing: { untrusted: undefined } }, 'NON_COMPLIANT'],
    ['no signing', LambdaCodeSigningEnforced, { image: false, signing: 'none' }, 'NON_COMPLIANT'],
    ['signing open', LambdaCodeSigningEnforced, { image: false, signing: open }, 'INSUFFICIENT_DATA'],
    ['image', LambdaCodeSigningEnforced, { image: true, signing: open }, 'NOT_APPLICABLE'],
    ['image open, no signing', LambdaCodeSigningEnforced, { image: open, signing: 'none' }, 'NON_COMPLIANT'],
    ['concurrency set', LambdaConcurrencyLimit, { reserved: 10 }, 'COMPLIANT'],
    ['concurrency unset', LambdaConcurrencyLimit, { reserved: undefined }, 'NON_COMPLIANT'],
    ['concurrency open', LambdaConcurrencyLimit, { reserved: open }, 'INSUFFICIENT_DATA'],
    ['dlq set', LambdaDlqConfigured, { deadLetter: true }, 'COMPLIANT'],
    ['dlq unset', LambdaDlqConfigured, { deadLetter: false }, 'NON_COMPLIANT'],
    ['dlq open', LambdaDlqConfigured, { deadLetter: open }, 'INSUFFICIENT_DATA'],
    ['url iam', LambdaFunctionUrlAuth, { authType: 'AWS_IAM' }, 'COMPLIANT'],
    ['url none', LambdaFunctionUrlAuth, { authType: 'NONE' }, 'NON_COMPLIANT'],
    ['url open', LambdaFunctionUrlAuth, { authType: open }, 'INSUFFICIENT_DATA'],
    ['vpc subnets', LambdaInsideVpc, { subnets: 2 }, 'COMPLIANT'],
    ['no vpc', LambdaInsideVpc, { subnets: 0 }, 'NON_COMPLIANT'],
    ['vpc open', LambdaInsideVpc, { subnets: open }, 'INSUFFICIENT_DATA'],
    [
      'runtime supported',
      LambdaSupportedRuntime,
      { runtime: 'nodejs22.x', packageType: undefined, imageUri: false, today },
      'COMPLIANT',
    ],
    [
      'runtime deprecated',
      LambdaSupportedRuntime,
      { runtime: 'nodejs12.x', packageType: undefined, imageUri: false, today },
      'NON_COMPLIANT',
    ],
    [
      'deprecated runtime, code open',
      LambdaSupportedRuntime,
      { runtime: 'nodejs12.x', packageType: undefined, imageUri: open, today },
      'NON_COMPLIANT',
    ],
    [
      'supported runtime, code open',
      LambdaSupportedRuntime,
      { runtime: 'nodejs22.x', packageType: undefined, imageUri: open, today },
      'COMPLIANT',
    ],
    ['image', LambdaSupportedRuntime, { runtime: undefined, packageType: 'Image', imageUri: true, today }, 'NOT_APPLICABLE'],
    [
      'runtime open',
      LambdaSupportedRuntime,
      { runtime: open, packageType: undefined, imageUri: false, today },
      'INSUFFICIENT_DATA',
    ],
    ['two zones, one open', LambdaVpcMultiAz, { zones: ['a', 'b', open] }, 'COMPLIANT'],
    ['one zone', LambdaVpcMultiAz, { zones: ['a', 'a'] }, 'NON_COMPLIANT'],
    ['one zone, one open', LambdaVpcMultiAz, { zones: ['a', open] }, 'INSUFFICIENT_DATA'],
    ['no vpc', LambdaVpcMultiAz, { zones: [] }, 'NOT_APPLICABLE'],
    [
      'permission: account',
      LambdaFunctionPublicAccessProhibited,
      grant({ kind: 'account', account: '111122223333', text: 'x' }),
      'COMPLIANT',
    ],
    ['permission: everyone', LambdaFunctionPublicAccessProhibited, grant({ kind: 'everyone', text: '*' }), 'NON_COMPLIANT'],
    [
      'permission: service with SourceArn',
      LambdaFunctionPublicAccessProhibited,
      grant({ kind: 'service', text: 'sns.amazonaws.com' }, ['SourceArn']),
      'COMPLIANT',
    ],
    [
      'permission: s3 with SourceArn only',
      LambdaFunctionPublicAccessProhibited,
      grant({ kind: 'service', text: 's3.amazonaws.com' }, ['SourceArn']),
      'NON_COMPLIANT',
    ],
    [
      'permission: service, condition open',
      LambdaFunctionPublicAccessProhibited,
      grant({ kind: 'service', text: 'sns.amazonaws.com' }, [], [open]),
      'INSUFFICIENT_DATA',
    ],
    [
      'permission: principal open',
      LambdaFunctionPublicAccessProhibited,
      grant({ kind: 'unknown', text: 'x', unknown: open }),
      'INSUFFICIENT_DATA',
    ],
  ])('%s', (_, rule, facts, expected) => expect(decideOn(rule, facts)).toBe(expected));
});

describe('a Code chosen by Fn::If', () => {
  it('does not hide a deprecated runtime behind a branch that may be a container image', () => {
    const t = template({
      Parameters: { Env: { Type: 'String' } },
      Conditions: { IsImage: { 'Fn::Equals': [{ Ref: 'Env' }, 'image'] } },
      Resources: {
        Fn: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            Runtime: 'nodejs12.x',
            Role: 'arn:aws:iam::111122223333:role/r',
            Handler: 'index.handler',
            Code: { 'Fn::If': ['IsImage', { ImageUri: 'repo:tag' }, { ZipFile: 'exports.handler = () => 1' }] },
          },
        },
      },
    });
    expect(statusOf(LambdaSupportedRuntime, 'Fn', t)).toBe('NON_COMPLIANT');
  });
});
