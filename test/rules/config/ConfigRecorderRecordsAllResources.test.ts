import { ConfigRecorderRecordsAllResources as rule } from '../../../rules/config/ConfigRecorderRecordsAllResources';
import { PARAM, PARAMETERS, resultOf, run, statusOf, template } from '../harness';

const recorder = (group?: unknown, options: { region?: string; account?: string; stack?: string } = {}) =>
  template(
    {
      Parameters: PARAMETERS,
      Resources: {
        Recorder: {
          Type: 'AWS::Config::ConfigurationRecorder',
          Properties: group === undefined ? {} : { RecordingGroup: group },
        },
      },
    },
    options,
  );

describe('ConfigRecorderRecordsAllResources', () => {
  it('passes when all types and global types are recorded', () => {
    expect(statusOf(rule, 'Recorder', recorder({ AllSupported: true, IncludeGlobalResourceTypes: true }))).toBe('COMPLIANT');
  });
  it('passes in a second region when the home region records global types', () => {
    const home = recorder(
      { AllSupported: true, IncludeGlobalResourceTypes: true },
      { region: 'eu-west-2', account: '1', stack: 'Home' },
    );
    const other = recorder(
      { RecordingStrategy: { UseOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' } },
      { region: 'eu-west-1', account: '1', stack: 'Other' },
    );
    const inOther = run(rule, home, other).find((f) => f.resource.stack === 'Other');
    expect(inOther?.status).toBe('COMPLIANT');
    expect(resultOf(rule, 'Recorder', other).status).toBe('NON_COMPLIANT');
  });
  it('fails when only selected types are recorded', () => {
    expect(statusOf(rule, 'Recorder', recorder({ ResourceTypes: ['AWS::S3::Bucket'], IncludeGlobalResourceTypes: true }))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('fails when no recorder records global types', () => {
    const r = resultOf(rule, 'Recorder', recorder());
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('IncludeGlobalResourceTypes');
  });
  it('needs review when AllSupported is a parameter', () =>
    expect(statusOf(rule, 'Recorder', recorder({ AllSupported: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
