import { ApiGatewayV2StageAccessLogs as rule } from '../../../rules/apigateway/ApiGatewayV2StageAccessLogs';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const stage = (settings?: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Conditions: { Maybe: { 'Fn::Equals': [PARAM, 'x'] } },
    Resources: {
      Logs: { Type: 'AWS::Logs::LogGroup' },
      S: {
        Type: 'AWS::ApiGatewayV2::Stage',
        Properties: { ApiId: 'a', StageName: '$default', ...(settings ? { AccessLogSettings: settings } : {}) },
      },
    },
  });
const format = '{"requestId":"$context.requestId"}';

describe('ApiGatewayV2StageAccessLogs', () => {
  it('passes with a destination and format', () =>
    expect(statusOf(rule, 'S', stage({ DestinationArn: { 'Fn::GetAtt': ['Logs', 'Arn'] }, Format: format }))).toBe('COMPLIANT'));
  it('needs review when the destination is a parameter that may be empty', () =>
    expect(statusOf(rule, 'S', stage({ DestinationArn: PARAM, Format: format }))).toBe('INSUFFICIENT_DATA'));
  it('fails without access log settings', () => expect(statusOf(rule, 'S', stage())).toBe('NON_COMPLIANT'));
  it('fails without a format', () =>
    expect(statusOf(rule, 'S', stage({ DestinationArn: 'arn:aws:logs:eu-west-2:1:log-group:x' }))).toBe('NON_COMPLIANT'));
  it('fails with a numeric destination', () =>
    expect(statusOf(rule, 'S', stage({ DestinationArn: 123, Format: format }))).toBe('NON_COMPLIANT'));
  it('fails by cases when a condition may remove the destination', () => {
    expect(
      statusOf(rule, 'S', stage({ DestinationArn: { 'Fn::If': ['Maybe', 'arn:x', { Ref: 'AWS::NoValue' }] }, Format: format })),
    ).toBe('NON_COMPLIANT');
  });
});
