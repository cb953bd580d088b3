import { Maybe, Tri, asBoolean, isSet } from '../../lib/engine/facts';
import { Controls, Severity } from '../../lib/engine/model';
import { Rule, defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

/*
 * AWS::OpenSearchService::Domain and the older AWS::Elasticsearch::Domain share these
 * property names, and AWS Config has a managed rule for each type, so every check is
 * written once here and instantiated per type in its own file.
 */

export const OPENSEARCH = 'AWS::OpenSearchService::Domain';
export const ELASTICSEARCH = 'AWS::Elasticsearch::Domain';

export interface CheckSpec {
  readonly title: string;
  readonly description: string;
  readonly severity: Severity;
  readonly controls: Partial<Controls>;
  readonly remediation: string;
}

interface FlagSpec extends CheckSpec {
  /** Dotted path of the boolean option, e.g. `EncryptionAtRestOptions.Enabled` (absent means off). */
  readonly path: string;
  readonly passMessage: string;
  readonly failMessage: string;
}

export interface FlagFacts {
  readonly enabled: Maybe<boolean>;
}

/** A rule that passes when a boolean domain option is true; absent is the default, off. */
export function domainFlagRule(spec: FlagSpec, id: string, type: string, configRule?: string): Rule<FlagFacts> {
  return defineRule<FlagFacts>({
    id,
    title: spec.title,
    description: spec.description,
    severity: spec.severity,
    controls: spec.controls,
    configRule,
    remediation: spec.remediation,
    template: {
      resourceTypes: [type],
      facts: (domain) => ({ enabled: asBoolean(domain.get(spec.path)) }),
    },
    evaluate({ enabled }) {
      if (isUnknown(enabled)) return needsReview(`${spec.path} is not known: ${enabled.reason}`);
      if (enabled === true) return pass(spec.passMessage);
      return fail(
        enabled === undefined
          ? `${spec.path} is not set, so ${spec.failMessage}`
          : `${spec.path} is false, so ${spec.failMessage}`,
      );
    },
  });
}

export const ENCRYPTED_AT_REST: FlagSpec = {
  title: 'Search domains are encrypted at rest',
  description:
    'Indices, logs, swap files and automated snapshots of an unencrypted domain are readable from the underlying storage; search indices often copy patient records.',
  severity: 'error',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  remediation:
    'Set EncryptionAtRestOptions { Enabled: true, KmsKeyId } (CDK: encryptionAtRest: { enabled: true }); it needs a domain replacement on older versions.',
  path: 'EncryptionAtRestOptions.Enabled',
  passMessage: 'the domain is encrypted at rest',
  failMessage: 'data is stored unencrypted',
};

export const NODE_TO_NODE: FlagSpec = {
  title: 'Search domains encrypt traffic between nodes',
  description:
    'Without node-to-node encryption, shard replication and queries between data nodes travel in clear text inside the VPC.',
  severity: 'error',
  controls: { ncscCsp: ['1'], tenSteps: ['data-security'] },
  remediation: 'Set NodeToNodeEncryptionOptions { Enabled: true } (CDK: nodeToNodeEncryption: true).',
  path: 'NodeToNodeEncryptionOptions.Enabled',
  passMessage: 'traffic between nodes is encrypted',
  failMessage: 'nodes talk to each other in clear text',
};

export const FINE_GRAINED_ACCESS: FlagSpec = {
  title: 'Search domains use fine-grained access control',
  description:
    'Fine-grained access control adds index-, document- and field-level permissions and an internal audit trail; without it any principal the domain policy admits can read every index.',
  severity: 'warning',
  controls: { ncscCsp: ['9', '10'], tenSteps: ['identity-and-access-management'], cyberEssentials: ['user-access-control'] },
  remediation:
    'Set AdvancedSecurityOptions { Enabled: true, InternalUserDatabaseEnabled: false, MasterUserOptions: { MasterUserARN } } (CDK: fineGrainedAccessControl: { masterUserArn }).',
  path: 'AdvancedSecurityOptions.Enabled',
  passMessage: 'fine-grained access control is enabled',
  failMessage: 'access is all-or-nothing per principal',
};

/** A log publishing option as far as the template shows it. */
export interface LogOption {
  readonly enabled: Maybe<boolean>;
  /** Whether CloudWatchLogsLogGroupArn is a usable value (a string, or a Ref/GetAtt). */
  readonly destination: Tri;
}

export function logOption(value: unknown): LogOption {
  if (isUnknown(value)) return { enabled: value, destination: value };
  const o = (value ?? {}) as Record<string, unknown>;
  const arn = o.CloudWatchLogsLogGroupArn;
  return {
    enabled: asBoolean(o.Enabled),
    destination: isUnknown(arn)
      ? isSet(arn)
      : typeof arn === 'string'
        ? arn.trim() !== ''
        : arn !== undefined && arn !== null && typeof arn === 'object' && !Array.isArray(arn),
  };
}
