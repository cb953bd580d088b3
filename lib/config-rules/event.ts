import { RawItem } from '../sources/config/normalise';

/**
 * The event AWS Config sends to a custom rule's Lambda function. `invokingEvent` and
 * `ruleParameters` are JSON text; see "Example Events for AWS Config Rules" in the
 * AWS Config developer guide.
 */
export interface ConfigRuleEvent {
  readonly invokingEvent?: string;
  readonly ruleParameters?: string;
  readonly resultToken?: string;
  readonly eventLeftScope?: boolean;
  readonly executionRoleArn?: string;
  readonly configRuleArn?: string;
  readonly configRuleName?: string;
  readonly accountId?: string;
  readonly version?: string;
}

/** What one invocation asks for, whatever its message type. */
export type Invocation = ChangeInvocation | OversizedInvocation | ScheduledInvocation;

interface Common {
  /** The Palisade rules the Config rule runs (InputParameters `ruleId`, comma-separated for several). */
  readonly ruleIds: readonly string[];
  readonly resultToken: string;
  readonly accountId: string;
  readonly region: string;
  /** ISO-8601: when Config created the notification. */
  readonly notificationTime: string;
  /** The item left the rule's scope (its type or tags no longer match): AWS asks for NOT_APPLICABLE. */
  readonly leftScope: boolean;
  /** Organisation mode: the role in the evaluated account to assume (InputParameters `executionRoleName`). */
  readonly executionRoleName?: string;
  readonly partition: string;
}

export interface ChangeInvocation extends Common {
  readonly kind: 'change';
  readonly item: RawItem;
}

/** The item was too large for the event: only its summary came, the item is read from Config. */
export interface OversizedInvocation extends Common {
  readonly kind: 'oversized';
  readonly summary: RawItem;
}

export interface ScheduledInvocation extends Common {
  readonly kind: 'scheduled';
}

/** An event this handler cannot act on; the message is one line naming what is wrong. */
export class InvalidEventError extends Error {
  override readonly name = 'InvalidEventError';
}

export function parseEvent(event: ConfigRuleEvent, fallbackRegion?: string): Invocation {
  if (!event || typeof event !== 'object') throw new InvalidEventError('the event is not an AWS Config rule event');
  const invoking = jsonObject(event.invokingEvent, 'invokingEvent');
  const parameters = event.ruleParameters === undefined ? {} : jsonObject(event.ruleParameters, 'ruleParameters');
  if (typeof event.resultToken !== 'string' || event.resultToken === '')
    throw new InvalidEventError('the event has no resultToken');
  const ruleIds = String(parameters.ruleId ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (ruleIds.length === 0) {
    const rule = event.configRuleName ? `the Config rule ${event.configRuleName}` : 'the Config rule';
    throw new InvalidEventError(`${rule} has no ruleId input parameter naming the Palisade rule to run`);
  }
  const arn = /^arn:([^:]+):config:([^:]+):(\d{12}):/.exec(event.configRuleArn ?? '');
  const item = asRecord(invoking.configurationItem) ?? asRecord(invoking.configurationItemSummary);
  const accountId = event.accountId ?? str(invoking.awsAccountId) ?? str(item?.awsAccountId) ?? str(item?.accountId) ?? arn?.[3];
  const region = arn?.[2] ?? str(item?.awsRegion) ?? fallbackRegion;
  if (!accountId) throw new InvalidEventError('the event names no account (accountId)');
  if (!region) throw new InvalidEventError('the event names no region (configRuleArn) and AWS_REGION is not set');
  const common: Common = {
    ruleIds,
    resultToken: event.resultToken,
    accountId,
    region,
    notificationTime: str(invoking.notificationCreationTime) ?? new Date().toISOString(),
    leftScope: event.eventLeftScope === true,
    executionRoleName: str(parameters.executionRoleName),
    partition: arn?.[1] ?? 'aws',
  };
  const type = invoking.messageType;
  switch (type) {
    case 'ConfigurationItemChangeNotification': {
      const ci = asRecord(invoking.configurationItem);
      if (!ci) throw new InvalidEventError('a ConfigurationItemChangeNotification without a configurationItem');
      return { ...common, kind: 'change', item: ci };
    }
    case 'OversizedConfigurationItemChangeNotification': {
      const summary = asRecord(invoking.configurationItemSummary);
      if (!summary)
        throw new InvalidEventError('an OversizedConfigurationItemChangeNotification without a configurationItemSummary');
      return { ...common, kind: 'oversized', summary };
    }
    case 'ScheduledNotification':
      return { ...common, kind: 'scheduled' };
    default:
      throw new InvalidEventError(`messageType ${JSON.stringify(type)} is not one AWS Config sends to a rule`);
  }
}

function jsonObject(text: unknown, field: string): Record<string, unknown> {
  if (typeof text !== 'string') throw new InvalidEventError(`the event has no ${field}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new InvalidEventError(`${field} is not JSON (${(e as Error).message})`);
  }
  const record = asRecord(parsed);
  if (!record) throw new InvalidEventError(`${field} is not a JSON object`);
  return record;
}

function asRecord(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
