import { ConfigurationRecorder, ResourceType } from '@aws-sdk/client-config-service';
import { ConfigItem } from '../../engine/config-item';
import { field } from '../../engine/facts';
import { RecordedTypes } from './coverage';

/** IAM's types are global: Config records them in the regions told to, not in every one. */
export const GLOBAL_TYPES: ReadonlySet<string> = new Set([
  'AWS::IAM::User',
  'AWS::IAM::Group',
  'AWS::IAM::Role',
  'AWS::IAM::Policy',
]);

/** The union of what a region's recorders record. */
export function recordedTypes(recorders: readonly ConfigurationRecorder[]): RecordedTypes {
  let allSupported = false;
  let includesGlobal = false;
  const types = new Set<string>();
  const excluded = new Set<string>();
  for (const { recordingGroup: group } of recorders) {
    if (!group) continue;
    const strategy = group.recordingStrategy?.useOnly;
    if (strategy === 'EXCLUSION_BY_RESOURCE_TYPES') {
      // exclusion records everything else, global types included unless excluded
      allSupported = true;
      includesGlobal = true;
      for (const t of group.exclusionByResourceTypes?.resourceTypes ?? []) excluded.add(t);
    } else if (group.allSupported) {
      allSupported = true;
      includesGlobal ||= group.includeGlobalResourceTypes === true;
    }
    for (const t of group.resourceTypes ?? []) types.add(t);
  }
  return { allSupported, includesGlobal, types, excluded };
}

export function records(recorded: RecordedTypes, type: string): boolean {
  if (recorded.types.has(type)) return true;
  if (!recorded.allSupported || recorded.excluded.has(type)) return false;
  return GLOBAL_TYPES.has(type) ? recorded.includesGlobal : true;
}

/**
 * What a recorder's own configuration item says it records, in the shape
 * DescribeConfigurationRecorders returns; undefined unless the item says it is
 * recording (a stopped recorder's group says nothing about what was captured).
 */
export function recorderOfItem(item: ConfigItem): ConfigurationRecorder | undefined {
  const c = item.configuration;
  const group = c.RecordingGroup;
  if (c.Recording !== true || !group || typeof group !== 'object') return undefined;
  const list = (v: unknown) => (Array.isArray(v) ? (v.filter((t) => typeof t === 'string') as ResourceType[]) : undefined);
  return {
    name: typeof c.Name === 'string' ? c.Name : undefined,
    recordingGroup: {
      allSupported: field(group, 'AllSupported') === true,
      includeGlobalResourceTypes: field(group, 'IncludeGlobalResourceTypes') === true,
      resourceTypes: list(field(group, 'ResourceTypes')),
      exclusionByResourceTypes: { resourceTypes: list(field(field(group, 'ExclusionByResourceTypes'), 'ResourceTypes')) },
      recordingStrategy: { useOnly: field(field(group, 'RecordingStrategy'), 'UseOnly') as never },
    },
  };
}
