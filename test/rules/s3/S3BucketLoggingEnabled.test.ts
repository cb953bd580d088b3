import { S3BucketLoggingEnabled as rule } from '../../../rules/s3/S3BucketLoggingEnabled';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const bucket = (logging?: unknown) =>
  template({
    Parameters: PARAMETERS,
    Conditions: { Prod: { 'Fn::Equals': [PARAM, 'prod'] } },
    Resources: {
      Logs: { Type: 'AWS::S3::Bucket' },
      B: { Type: 'AWS::S3::Bucket', Properties: logging === undefined ? {} : { LoggingConfiguration: logging } },
    },
  });

describe('S3BucketLoggingEnabled', () => {
  it('passes with a log destination', () =>
    expect(statusOf(rule, 'B', bucket({ DestinationBucketName: { Ref: 'Logs' }, LogFilePrefix: 'b/' }))).toBe('COMPLIANT'));
  it('passes when the destination is a parameter', () =>
    expect(statusOf(rule, 'B', bucket({ DestinationBucketName: PARAM }))).toBe('COMPLIANT'));
  it('fails without LoggingConfiguration', () => expect(statusOf(rule, 'B', bucket())).toBe('NON_COMPLIANT'));
  it('fails by cases when logging depends on an undecidable condition', () => {
    expect(
      statusOf(rule, 'B', bucket({ 'Fn::If': ['Prod', { DestinationBucketName: { Ref: 'Logs' } }, { Ref: 'AWS::NoValue' }] })),
    ).toBe('NON_COMPLIANT');
  });
});
