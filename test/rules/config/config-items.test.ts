import { ConfigRecorderRecordsAllResources as rule } from '../../../rules/config/ConfigRecorderRecordsAllResources';
import { parity } from '../docdb/item-parity';
import { PARAM, configItem, statusOf, statusOfItem, template } from '../harness';

const RECORDER = 'AWS::Config::ConfigurationRecorder';
const TYPES = { template: RECORDER, item: RECORDER };
const ALL = { UseOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' };
/** The recorder item as Config records it: the whole recording group, strategy included. */
const item = (group: Record<string, unknown>) => ({
  Name: 'default',
  Recording: true,
  RoleARN: 'arn:aws:iam::111122223333:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig',
  RecordingGroup: { AllSupported: false, IncludeGlobalResourceTypes: false, ResourceTypes: [], ...group },
});

parity(rule, TYPES, [
  [
    'every type, global types included',
    { RecordingGroup: { AllSupported: true, IncludeGlobalResourceTypes: true } },
    item({ AllSupported: true, IncludeGlobalResourceTypes: true, RecordingStrategy: ALL }),
    'COMPLIANT',
  ],
  [
    'selected types',
    { RecordingGroup: { ResourceTypes: ['AWS::S3::Bucket'], IncludeGlobalResourceTypes: true } },
    item({ ResourceTypes: ['AWS::S3::Bucket'], RecordingStrategy: { UseOnly: 'INCLUSION_BY_RESOURCE_TYPES' } }),
    'NON_COMPLIANT',
  ],
  [
    'every type but the excluded',
    { RecordingGroup: { RecordingStrategy: { UseOnly: 'EXCLUSION_BY_RESOURCE_TYPES' } } },
    item({
      ExclusionByResourceTypes: { ResourceTypes: ['AWS::EC2::Volume'] },
      RecordingStrategy: { UseOnly: 'EXCLUSION_BY_RESOURCE_TYPES' },
    }),
    'NON_COMPLIANT',
  ],
  ['undecided', { RecordingGroup: { AllSupported: PARAM } }, { Name: 'default', Recording: true }, 'INSUFFICIENT_DATA'],
]);

describe(`${rule.id} on the recorder item`, () => {
  const regional = item({ AllSupported: true, RecordingStrategy: ALL });

  it('passes on AllSupported when the item has no recording strategy', () =>
    expect(statusOfItem(rule, configItem(RECORDER, item({ AllSupported: true, IncludeGlobalResourceTypes: true })))).toBe(
      'COMPLIANT',
    ));

  it('needs review, where the template fails, when no recorder of the region records global types', () => {
    // the template sees every recorder of the account; a scan sees one region's
    const t = template({ Resources: { R: { Type: RECORDER, Properties: { RecordingGroup: { AllSupported: true } } } } });
    expect([statusOf(rule, 'R', t), statusOfItem(rule, configItem(RECORDER, regional))]).toEqual([
      'NON_COMPLIANT',
      'INSUFFICIENT_DATA',
    ]);
  });

  it('passes when another recorder of the region records global types', () => {
    const global = configItem(RECORDER, item({ IncludeGlobalResourceTypes: true }), { resourceId: 'global' });
    expect(statusOfItem(rule, configItem(RECORDER, regional), [global])).toBe('COMPLIANT');
  });
});
