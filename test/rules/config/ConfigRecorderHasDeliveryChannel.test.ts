import { ConfigRecorderHasDeliveryChannel as rule } from '../../../rules/config/ConfigRecorderHasDeliveryChannel';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

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
