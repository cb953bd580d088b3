import { S3BucketLifecyclePolicy as rule } from '../../../rules/s3/S3BucketLifecyclePolicy';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const bucket = (rules?: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      B: { Type: 'AWS::S3::Bucket', Properties: rules === undefined ? {} : { LifecycleConfiguration: { Rules: rules } } },
    },
  });

describe('S3BucketLifecyclePolicy', () => {
  it('passes with an enabled rule', () =>
    expect(statusOf(rule, 'B', bucket([{ Status: 'Enabled', ExpirationInDays: 2555 }]))).toBe('COMPLIANT'));
  it('fails without a lifecycle configuration', () => expect(statusOf(rule, 'B', bucket())).toBe('NON_COMPLIANT'));
  it('fails when every rule is disabled', () =>
    expect(statusOf(rule, 'B', bucket([{ Status: 'Disabled', ExpirationInDays: 30 }]))).toBe('NON_COMPLIANT'));
  it('needs review when the rules are a parameter', () => expect(statusOf(rule, 'B', bucket(PARAM))).toBe('INSUFFICIENT_DATA'));
});
