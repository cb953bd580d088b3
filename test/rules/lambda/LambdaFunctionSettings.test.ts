import { LambdaCodeSigningEnforced } from '../../../rules/lambda/LambdaCodeSigningEnforced';
import { LambdaConcurrencyLimit } from '../../../rules/lambda/LambdaConcurrencyLimit';
import { LambdaDlqConfigured } from '../../../rules/lambda/LambdaDlqConfigured';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const fn = (props: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Fn: { Type: 'AWS::Lambda::Function', Properties: { Runtime: 'python3.13', ...props } }, ...extra } as never,
  });

describe('LambdaDlqConfigured', () => {
  const rule = LambdaDlqConfigured;
  it('passes with a dead-letter queue', () =>
    expect(
      statusOf(
        rule,
        'Fn',
        fn({ DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': ['Q', 'Arn'] } } }, { Q: { Type: 'AWS::SQS::Queue' } }),
      ),
    ).toBe('COMPLIANT'));
  it('fails without one', () => expect(statusOf(rule, 'Fn', fn({}))).toBe('NON_COMPLIANT'));
  it('needs review when the target is a parameter', () =>
    expect(statusOf(rule, 'Fn', fn({ DeadLetterConfig: { TargetArn: PARAM } }))).toBe('INSUFFICIENT_DATA'));
});

describe('LambdaConcurrencyLimit', () => {
  const rule = LambdaConcurrencyLimit;
  it('passes with reserved concurrency', () =>
    expect(statusOf(rule, 'Fn', fn({ ReservedConcurrentExecutions: 10 }))).toBe('COMPLIANT'));
  it('fails without it', () => expect(statusOf(rule, 'Fn', fn({}))).toBe('NON_COMPLIANT'));
  it('needs review when it is a parameter', () =>
    expect(statusOf(rule, 'Fn', fn({ ReservedConcurrentExecutions: PARAM }))).toBe('INSUFFICIENT_DATA'));
});

describe('LambdaCodeSigningEnforced', () => {
  const rule = LambdaCodeSigningEnforced;
  const csc = (policy?: string) => ({
    Csc: {
      Type: 'AWS::Lambda::CodeSigningConfig',
      Properties: {
        AllowedPublishers: { SigningProfileVersionArns: ['arn:aws:signer:eu-west-2:111122223333:/signing-profiles/p/v'] },
        ...(policy ? { CodeSigningPolicies: { UntrustedArtifactOnDeployment: policy } } : {}),
      },
    },
  });
  it('passes when unsigned code is rejected', () =>
    expect(statusOf(rule, 'Fn', fn({ CodeSigningConfigArn: { Ref: 'Csc' } }, csc('Enforce')))).toBe('COMPLIANT'));
  it('fails when the config only warns (the default)', () =>
    expect(statusOf(rule, 'Fn', fn({ CodeSigningConfigArn: { Ref: 'Csc' } }, csc()))).toBe('NON_COMPLIANT'));
  it('fails without a code signing config', () => expect(statusOf(rule, 'Fn', fn({}))).toBe('NON_COMPLIANT'));
  it('is not applicable to container images', () =>
    expect(statusOf(rule, 'Fn', fn({ PackageType: 'Image' }))).toBe('NOT_APPLICABLE'));
  it('needs review when the config is from another stack', () =>
    expect(statusOf(rule, 'Fn', fn({ CodeSigningConfigArn: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
