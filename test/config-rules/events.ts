import { readFileSync } from 'fs';
import { join } from 'path';
import { ConfigRuleEvent } from '../../lib/config-rules/event';
import { ConfigItem } from '../../lib/engine/config-item';
import { normaliseItem } from '../../lib/sources/config/normalise';
import { FakeItem } from '../sources/config/loopback/fake-config';

/** Real configuration items (see ../shared/corpus/config-items/SOURCES.md). */
export const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'config-items', 'by-type');

export function corpusItem(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(CORPUS, path), 'utf8'));
}

const NOTIFIED = '2026-12-02T10:00:00.000Z';

interface EventOptions {
  readonly ruleId: string;
  readonly account: string;
  readonly region: string;
  readonly leftScope?: boolean;
  readonly parameters?: Record<string, string>;
  readonly token?: string;
}

/** The envelope AWS Config sends a custom rule's function (developer guide, "Example Events for AWS Config Rules"). */
function envelope(invoking: Record<string, unknown>, o: EventOptions): ConfigRuleEvent {
  return {
    invokingEvent: JSON.stringify({ ...invoking, notificationCreationTime: NOTIFIED, recordVersion: '1.0' }),
    ruleParameters: JSON.stringify({ ruleId: o.ruleId, ...o.parameters }),
    resultToken: o.token ?? 'result-token-1',
    eventLeftScope: o.leftScope ?? false,
    executionRoleArn: `arn:aws:iam::${o.account}:role/config-role`,
    configRuleArn: `arn:aws:config:${o.region}:${o.account}:config-rule/config-rule-0123456`,
    configRuleName: `palisade-${o.ruleId}`,
    accountId: o.account,
    version: '1.0',
  };
}

export const changeEvent = (item: Record<string, unknown>, o: EventOptions) =>
  envelope({ configurationItem: item, messageType: 'ConfigurationItemChangeNotification' }, o);

export const oversizedEvent = (summary: Record<string, unknown>, o: EventOptions) =>
  envelope({ configurationItemSummary: summary, messageType: 'OversizedConfigurationItemChangeNotification' }, o);

export const scheduledEvent = (o: EventOptions) => envelope({ awsAccountId: o.account, messageType: 'ScheduledNotification' }, o);

/** What an oversized notification carries of an item: its identity and status, no configuration. */
export function summaryOf(raw: Record<string, unknown>): Record<string, unknown> {
  const item = normaliseItem(raw);
  return {
    changeType: 'UPDATE',
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: item.captureTime,
    configurationStateId: item.stateId,
    awsAccountId: item.accountId,
    configurationItemStatus: item.status,
    resourceType: item.resourceType,
    resourceId: item.resourceId,
    resourceName: item.resourceName ?? null,
    ARN: item.arn,
    awsRegion: item.awsRegion,
  };
}

/** A corpus item as an item of the loopback server, in the given account and region. */
export function fakeItemOf(raw: Record<string, unknown>, over: Partial<FakeItem> = {}): FakeItem {
  const item: ConfigItem = normaliseItem(raw);
  return {
    accountId: item.accountId,
    awsRegion: item.awsRegion,
    resourceType: item.resourceType,
    resourceId: item.resourceId,
    resourceName: item.resourceName,
    arn: item.arn ?? `${item.resourceType}/${item.resourceId}`,
    configuration: { ...item.configuration },
    supplementaryConfiguration: { ...item.supplementaryConfiguration },
    tags: { ...item.tags },
    status: item.status,
    ...over,
  };
}
