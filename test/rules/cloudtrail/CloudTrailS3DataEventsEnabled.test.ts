import { CloudTrailS3DataEventsEnabled as rule } from '../../../rules/cloudtrail/CloudTrailS3DataEventsEnabled';
import { PARAM, statusOf } from '../harness';
import { trailTemplate } from './trail';

const selector = (type: unknown) => ({
  EventSelectors: [{ ReadWriteType: 'All', DataResources: [{ Type: type, Values: ['arn:aws:s3'] }] }],
});

describe('CloudTrailS3DataEventsEnabled', () => {
  it('passes with an S3 object selector', () =>
    expect(statusOf(rule, 'Trail', trailTemplate(selector('AWS::S3::Object')))).toBe('COMPLIANT'));
  it('passes with an advanced selector on S3 objects', () => {
    const advanced = {
      AdvancedEventSelectors: [
        {
          FieldSelectors: [
            { Field: 'eventCategory', Equals: ['Data'] },
            { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
          ],
        },
      ],
    };
    expect(statusOf(rule, 'Trail', trailTemplate(advanced))).toBe('COMPLIANT');
  });
  it('fails when only DynamoDB data events are recorded', () =>
    expect(statusOf(rule, 'Trail', trailTemplate(selector('AWS::DynamoDB::Table')))).toBe('NON_COMPLIANT'));
  it('fails when there are no event selectors', () => expect(statusOf(rule, 'Trail', trailTemplate({}))).toBe('NON_COMPLIANT'));
  it('needs review when the selectors are a parameter', () =>
    expect(statusOf(rule, 'Trail', trailTemplate({ EventSelectors: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
