import { ConfigRecorderHasDeliveryChannel as rule } from '../../../rules/config/ConfigRecorderHasDeliveryChannel';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';

const recorder = { Recorder: { Type: 'AWS::Config::ConfigurationRecorder', Properties: {} } };
const channel = { Channel: { Type: 'AWS::Config::DeliveryChannel', Properties: { S3BucketName: 'archive' } } };

describe('ConfigRecorderHasDeliveryChannel', () => {
  it('passes with a delivery channel', () =>
    expect(statusOf(rule, 'Recorder', template({ ...recorder, ...channel }))).toBe('COMPLIANT'));
  it('fails when there is none', () => expect(statusOf(rule, 'Recorder', template(recorder))).toBe('NON_COMPLIANT'));
  it('fails by cases when the channel depends on an undecidable condition', () => {
    const t = template({
      Parameters: PARAMETERS,
      Conditions: { On: { 'Fn::Equals': [PARAM, 'yes'] } },
      Resources: { ...recorder, Channel: { ...channel.Channel, Condition: 'On' } },
    });
    expect(statusOf(rule, 'Recorder', t)).toBe('NON_COMPLIANT');
  });
});

describe('ConfigRecorderHasDeliveryChannel on the recorder item', () => {
  const item = (configuration: Record<string, unknown>) =>
    configItem('AWS::Config::ConfigurationRecorder', {
      Name: 'default',
      RoleARN: 'arn:aws:iam::111122223333:role/config',
      ...configuration,
    });
  // a running recorder proves a channel: AWS Config starts none without one and keeps the last one while it runs
  it('passes on a recorder that is recording', () => expect(statusOfItem(rule, item({ Recording: true }))).toBe('COMPLIANT'));
  it('needs review on a stopped recorder', () =>
    expect(statusOfItem(rule, item({ Recording: false }))).toBe('INSUFFICIENT_DATA'));
  it('needs review when the item does not record whether it runs', () =>
    expect(statusOfItem(rule, item({}))).toBe('INSUFFICIENT_DATA'));
});
