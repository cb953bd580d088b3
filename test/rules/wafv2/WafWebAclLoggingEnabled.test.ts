import { WafWebAclLoggingEnabled as rule } from '../../../rules/wafv2/WafWebAclLoggingEnabled';
import { PARAM, statusOf } from '../harness';
import { BASELINE, webAcl } from './acl-fixture';

const logging = (condition?: string) => ({
  Logs: {
    Type: 'AWS::WAFv2::LoggingConfiguration',
    ...(condition ? { Condition: condition } : {}),
    Properties: {
      ResourceArn: { 'Fn::GetAtt': ['Acl', 'Arn'] },
      LogDestinationConfigs: ['arn:aws:logs:eu-west-2:1:log-group:aws-waf-logs-x'],
    },
  },
});

describe('WafWebAclLoggingEnabled', () => {
  it('passes with a logging configuration', () => expect(statusOf(rule, 'Acl', webAcl(BASELINE, logging()))).toBe('COMPLIANT'));
  it('passes with a CloudWatch Logs delivery source', () => {
    const source = {
      Src: {
        Type: 'AWS::Logs::DeliverySource',
        Properties: { Name: 's', LogType: 'WAF_LOGS', ResourceArn: { 'Fn::GetAtt': ['Acl', 'Arn'] } },
      },
    };
    expect(statusOf(rule, 'Acl', webAcl(BASELINE, source))).toBe('COMPLIANT');
  });
  it('fails without logging', () => expect(statusOf(rule, 'Acl', webAcl(BASELINE))).toBe('NON_COMPLIANT'));
  it('fails by cases when logging depends on a parameter condition', () => {
    expect(statusOf(rule, 'Acl', webAcl(BASELINE, logging('Log'), { Log: { 'Fn::Equals': [PARAM, 'yes'] } }))).toBe(
      'NON_COMPLIANT',
    );
  });
});
