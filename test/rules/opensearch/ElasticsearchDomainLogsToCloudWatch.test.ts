import { ElasticsearchDomainLogsToCloudWatch as rule } from '../../../rules/opensearch/ElasticsearchDomainLogsToCloudWatch';
import { PARAM, statusOf } from '../harness';
import { ELASTICSEARCH, domain } from './domain';

const arn = { 'Fn::GetAtt': ['Logs', 'Arn'] };

describe('ElasticsearchDomainLogsToCloudWatch', () => {
  it('passes when application logs are published', () => {
    expect(
      statusOf(
        rule,
        'Domain',
        domain(ELASTICSEARCH, {
          LogPublishingOptions: { ES_APPLICATION_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: arn } },
        }),
      ),
    ).toBe('COMPLIANT');
  });
  it('passes when one log type of several is on', () => {
    const options = {
      ES_APPLICATION_LOGS: { Enabled: false, CloudWatchLogsLogGroupArn: arn },
      SEARCH_SLOW_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: 'arn:aws:logs:eu-west-2:1:log-group:slow' },
    };
    expect(statusOf(rule, 'Domain', domain(ELASTICSEARCH, { LogPublishingOptions: options }))).toBe('COMPLIANT');
  });
  it('fails when LogPublishingOptions is missing', () =>
    expect(statusOf(rule, 'Domain', domain(ELASTICSEARCH, {}))).toBe('NON_COMPLIANT'));
  it('fails when every log type is disabled', () => {
    expect(
      statusOf(
        rule,
        'Domain',
        domain(ELASTICSEARCH, {
          LogPublishingOptions: { ES_APPLICATION_LOGS: { Enabled: false, CloudWatchLogsLogGroupArn: arn } },
        }),
      ),
    ).toBe('NON_COMPLIANT');
  });
  it('needs review when Enabled is a parameter', () => {
    expect(
      statusOf(
        rule,
        'Domain',
        domain(ELASTICSEARCH, {
          LogPublishingOptions: { ES_APPLICATION_LOGS: { Enabled: PARAM, CloudWatchLogsLogGroupArn: arn } },
        }),
      ),
    ).toBe('INSUFFICIENT_DATA');
  });
});
