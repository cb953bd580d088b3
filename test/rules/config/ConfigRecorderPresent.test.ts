import { ConfigRecorderPresent as rule } from '../../../rules/config/ConfigRecorderPresent';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const recorder = {
  Recorder: { Type: 'AWS::Config::ConfigurationRecorder', Properties: { RoleARN: 'arn:aws:iam::1:role/config' } },
};

describe('ConfigRecorderPresent', () => {
  it('passes when a recorder is defined', () => expect(statusOf(rule, '(account)', template(recorder))).toBe('COMPLIANT'));
  it('fails when none is defined', () =>
    expect(statusOf(rule, '(account)', template({ Queue: { Type: 'AWS::SQS::Queue' } }))).toBe('NON_COMPLIANT'));
  it('fails by cases when the recorder depends on an undecidable condition', () => {
    const t = template({
      Parameters: PARAMETERS,
      Conditions: { On: { 'Fn::Equals': [PARAM, 'yes'] } },
      Resources: { Queue: { Type: 'AWS::SQS::Queue' }, Recorder: { ...recorder.Recorder, Condition: 'On' } },
    });
    expect(statusOf(rule, '(account)', t)).toBe('NON_COMPLIANT');
  });
});
