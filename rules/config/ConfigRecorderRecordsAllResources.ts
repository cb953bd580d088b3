import { ConfigItem, ConfigScope } from '../../lib/engine/config-item';
import { asBoolean, or, recorded } from '../../lib/engine/facts';
import { RuleContext, defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { recordedBoolean, sameAccount } from '../guardduty/account-wide';

const RECORDER = 'AWS::Config::ConfigurationRecorder';

interface Facts {
  /** Whether the recorder records every supported regional resource type. */
  readonly allSupported: boolean | Unknown;
  /** Whether this recorder, or another recorder of the same account, records global types such as IAM. */
  readonly globalTypes: boolean | Unknown;
}

export const ConfigRecorderRecordsAllResources = defineRule<Facts>({
  id: 'ConfigRecorderRecordsAllResources',
  title: 'The Config recorder records every supported resource type, and global types in one region',
  description:
    'A recorder limited to chosen types misses whatever was not on the list, and IAM users, roles and policies are recorded only where global types are on; both leave gaps in the asset register and change history.',
  severity: 'warning',
  controls: { ncscCsp: ['5.4', '14.2'], tenSteps: ['asset-management', 'logging-and-monitoring'] },
  remediation:
    'Set RecordingGroup { AllSupported: true } (or RecordingStrategy UseOnly ALL_SUPPORTED_RESOURCE_TYPES), and IncludeGlobalResourceTypes: true on the recorder of one home region per account.',
  configItem: {
    resourceTypes: [RECORDER],
    looksUp: [RECORDER],
    facts: (recorder, scope) => ({
      allSupported: itemRecordsAllSupported(recorder),
      globalTypes: itemGlobalTypes(recorder, scope),
    }),
  },
  template: {
    resourceTypes: [RECORDER],
    facts: (recorder, context) => ({
      allSupported: recordsAllSupported(recorder),
      globalTypes: or(recordsGlobal(recorder), globalElsewhere(recorder, context)),
    }),
  },
  evaluate({ allSupported, globalTypes }) {
    if (isUnknown(allSupported)) return needsReview(`the recording group is not known: ${allSupported.reason}`);
    if (!allSupported) return fail('the recorder records only selected resource types, not every supported type');
    if (isUnknown(globalTypes))
      return needsReview(`whether global resource types are recorded is not known: ${globalTypes.reason}`);
    if (!globalTypes) {
      return fail(
        'no recorder of this account in the checked templates records global resource types (IAM); set IncludeGlobalResourceTypes in one region',
      );
    }
    return pass('every supported resource type is recorded, with global types recorded for the account');
  },
});

function recordsAllSupported(recorder: TemplateResource): boolean | Unknown {
  const group = recorder.get('RecordingGroup');
  // Without a recording group, Config records all supported regional types.
  if (group === undefined) return true;
  if (isUnknown(group)) return group;
  const strategy = recorder.get('RecordingGroup.RecordingStrategy.UseOnly');
  if (isUnknown(strategy)) return strategy;
  if (typeof strategy === 'string') return strategy === 'ALL_SUPPORTED_RESOURCE_TYPES';
  return asBoolean(recorder.get('RecordingGroup.AllSupported')) ?? false;
}

function recordsGlobal(recorder: TemplateResource): boolean | Unknown {
  return asBoolean(recorder.get('RecordingGroup.IncludeGlobalResourceTypes')) ?? false;
}

/** Global types are recorded once per account, so a recorder in another region of the same account counts. */
function globalElsewhere(recorder: TemplateResource, { scope }: RuleContext): boolean | Unknown {
  return or(
    ...scope.templates
      .filter((t) => t.template !== recorder.template && sameAccount(t.template, recorder.template))
      .flatMap((t) => t.ofType(RECORDER).filter((r) => t.exists(r) === true))
      .map(recordsGlobal),
  );
}

/** As the template reads it; the item always records the group, so a missing one is not known rather than the default. */
function itemRecordsAllSupported(recorder: ConfigItem): boolean | Unknown {
  const strategy = recorded(recorder.configuration, 'RecordingGroup.RecordingStrategy.UseOnly');
  if (typeof strategy === 'string') return strategy === 'ALL_SUPPORTED_RESOURCE_TYPES';
  return recordedBoolean(recorder, 'RecordingGroup.AllSupported');
}

/**
 * Global types recorded by this recorder or another one of the same region. A scan
 * reads recorders one region at a time, so when none here records them, the
 * recorder of another region may: not known, never a failure.
 */
function itemGlobalTypes(recorder: ConfigItem, scope: ConfigScope): boolean | Unknown {
  const here = or(
    ...[recorder, ...scope.ofType(RECORDER).filter((r) => r.resourceId !== recorder.resourceId)].map((r) =>
      recordedBoolean(r, 'RecordingGroup.IncludeGlobalResourceTypes'),
    ),
  );
  if (here !== false) return here;
  return new Unknown(
    `no recorder of ${scope.accountId} in ${scope.region} records global resource types (IAM); the recorder of another region may`,
  );
}
