import { Maybe, Tri, asBoolean, field, isSet, recorded } from '../../lib/engine/facts';
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

/** The type AWS Config records each kind of domain as. */
export const ITEM_TYPE: Readonly<Record<string, string>> = {
  [OPENSEARCH]: 'AWS::OpenSearch::Domain',
  [ELASTICSEARCH]: 'AWS::Elasticsearch::Domain',
};

/** Elasticsearch items spell a few option names their own way; the rest is lowerCamelCase. */
const ES_KEYS: Readonly<Record<string, string>> = { VPCOptions: 'vpcoptions', TLSSecurityPolicy: 'tlssecurityPolicy' };

/**
 * The configuration path of a template property path in the item of a domain type:
 * OpenSearch items use the CloudFormation names, Elasticsearch items lowerCamelCase
 * (log type names such as AUDIT_LOGS stay as they are).
 */
export function itemPath(type: string, path: string): string {
  if (type === OPENSEARCH) return path;
  return path
    .split('.')
    .map((key) => ES_KEYS[key] ?? (/^[A-Z_]+$/.test(key) ? key : key[0].toLowerCase() + key.slice(1)))
    .join('.');
}

/** A domain option as an item records it, read by its template path. */
export const itemValue = (configuration: Readonly<Record<string, unknown>>, type: string, path: string): unknown =>
  itemPath(type, path)
    .split('.')
    .reduce<unknown>((at, key) => field(at, key), configuration);

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
  /** What the option turns on, for messages: `encryption at rest`. */
  readonly subject: string;
  readonly passMessage: string;
  readonly failMessage: string;
}

export interface FlagFacts {
  /** Whether the option is on. */
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
    configItem: {
      resourceTypes: [ITEM_TYPE[type]],
      facts: ({ configuration }) => ({
        enabled: asBoolean(recorded(configuration, itemPath(type, spec.path), { nullIsUnknown: true })),
      }),
    },
    evaluate({ enabled }) {
      if (isUnknown(enabled)) return needsReview(`whether ${spec.subject} is on is not known: ${enabled.reason}`);
      if (enabled === true) return pass(spec.passMessage);
      return fail(
        enabled === undefined
          ? `${spec.subject} is not set, so ${spec.failMessage}`
          : `${spec.subject} is off, so ${spec.failMessage}`,
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
  subject: 'encryption at rest',
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
  subject: 'node-to-node encryption',
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
  subject: 'fine-grained access control',
  passMessage: 'fine-grained access control is enabled',
  failMessage: 'access is all-or-nothing per principal',
};

/** A log publishing option (one log type) of a domain. */
export interface LogOption {
  /** Whether the log type is published. */
  readonly enabled: Maybe<boolean>;
  /** Whether it names a log group to publish to (a string, or a Ref/GetAtt). */
  readonly destination: Tri;
}

/** A log publishing option as a template or an OpenSearch item writes it (`type` OPENSEARCH), or an Elasticsearch item records it. */
export function logOption(value: unknown, type: string = OPENSEARCH): LogOption {
  if (isUnknown(value)) return { enabled: value, destination: value };
  const arn = field(value, itemPath(type, 'CloudWatchLogsLogGroupArn'));
  return {
    enabled: asBoolean(field(value, itemPath(type, 'Enabled'))),
    destination: isUnknown(arn)
      ? isSet(arn)
      : typeof arn === 'string'
        ? arn.trim() !== ''
        : arn !== undefined && arn !== null && typeof arn === 'object' && !Array.isArray(arn),
  };
}
