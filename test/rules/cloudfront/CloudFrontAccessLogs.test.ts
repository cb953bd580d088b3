import { CloudFrontAccessLogs as rule } from '../../../rules/cloudfront/CloudFrontAccessLogs';
import { statusOf } from '../harness';
import { distribution } from './distribution-fixture';

describe('CloudFrontAccessLogs', () => {
  it('passes with standard logging', () =>
    expect(statusOf(rule, 'D', distribution({ Logging: { Bucket: 'logs.s3.amazonaws.com' } }))).toBe('COMPLIANT'));
  it('passes with a CloudWatch Logs delivery source', () => {
    const source = {
      Src: {
        Type: 'AWS::Logs::DeliverySource',
        Properties: {
          Name: 's',
          LogType: 'ACCESS_LOGS',
          ResourceArn: { 'Fn::Sub': 'arn:aws:cloudfront::${AWS::AccountId}:distribution/${D}' },
        },
      },
    };
    expect(statusOf(rule, 'D', distribution({}, source))).toBe('COMPLIANT');
  });
  it('fails without logging', () => expect(statusOf(rule, 'D', distribution({}))).toBe('NON_COMPLIANT'));
  it('fails by cases when a condition may remove logging', () => {
    expect(
      statusOf(rule, 'D', distribution({ Logging: { 'Fn::If': ['Maybe', { Bucket: 'b' }, { Ref: 'AWS::NoValue' }] } })),
    ).toBe('NON_COMPLIANT');
  });
});
