import { ConfigServiceClient, GetResourceConfigHistoryCommand, ResourceType } from '@aws-sdk/client-config-service';
import { ConfigItem } from '../engine/config-item';
import { CoverageGap } from '../engine/model';
import { Rule, Verdict, needsReview, notApplicable } from '../engine/rule';
import { ACCOUNT_TYPE } from '../engine/template-index';
import { isoDate, itemDisposition, normaliseItem, RawItem } from '../sources/config/normalise';
import { Result, combine, putEvaluations } from './evaluations';
import { Invocation, InvalidEventError } from './event';
import { ItemReader, Session } from './session';

export interface RunDeps {
  readonly catalogue: readonly Rule[];
  /** A client for the evaluated account-region: GetResourceConfigHistory and PutEvaluations. */
  readonly client: ConfigServiceClient;
  /** Reads current items of some types in that account-region. */
  readonly reader: ItemReader;
}

export interface RunOutcome {
  readonly results: readonly Result[];
  /** PutEvaluations calls made. */
  readonly calls: number;
  /** What Config could not read (a periodic rule's items not read are not evaluated, so not reported). */
  readonly gaps: readonly CoverageGap[];
}

/** Evaluates one invocation with the Palisade rules it names and sends the results to Config. */
export async function runInvocation(invocation: Invocation, deps: RunDeps): Promise<RunOutcome> {
  const rules = invocation.ruleIds.map((id) => ruleOf(id, deps.catalogue));
  const session = new Session(invocation.accountId, invocation.region, deps.reader);
  const results =
    invocation.kind === 'scheduled'
      ? await scheduled(rules, invocation, session)
      : await changed(rules, invocation.kind === 'change' ? invocation.item : undefined, invocation, deps.client, session);
  const calls = await putEvaluations(deps.client, invocation.resultToken, results);
  return { results, calls, gaps: session.unread() };
}

function ruleOf(id: string, catalogue: readonly Rule[]): Rule {
  const rule = catalogue.find((r) => r.id === id);
  if (!rule) throw new InvalidEventError(`ruleId '${id}' is not a Palisade rule in this function's catalogue`);
  if (!rule.adapters.configItem) throw new InvalidEventError(`Palisade rule ${id} cannot read AWS Config items`);
  return rule;
}

/** A change to one resource: its item from the event, or read from Config when the event held only a summary. */
async function changed(
  rules: readonly Rule[],
  carried: RawItem | undefined,
  invocation: Invocation,
  client: ConfigServiceClient,
  session: Session,
): Promise<Result[]> {
  const summary = carried ?? (invocation.kind === 'oversized' ? invocation.summary : {});
  const resourceType = String(summary.resourceType ?? '');
  const resourceId = String(summary.resourceId ?? '');
  if (!resourceType || !resourceId) throw new InvalidEventError('the configuration item names no resourceType or resourceId');
  const time = new Date(isoDate(summary.configurationItemCaptureTime) ?? invocation.notificationTime);
  const resource = { resourceType, resourceId, time };
  const all = (verdict: Verdict) => [
    combine(
      resource,
      rules.map((r) => ({ ruleId: r.id, verdict })),
    ),
  ];

  if (invocation.leftScope) return all(notApplicable('the resource is no longer in the scope of this rule'));
  let item: ConfigItem;
  if (carried) item = normaliseItem(carried, { accountId: invocation.accountId, awsRegion: invocation.region });
  else {
    if (isDeleted(summary.configurationItemStatus)) return all(notApplicable('the resource was deleted'));
    const fetched = await fetchItem(client, resourceType, resourceId, invocation);
    if ('problem' in fetched) return all(needsReview(fetched.problem));
    item = fetched.item;
  }
  switch (itemDisposition(item)) {
    case 'deleted':
      return all(notApplicable('the resource was deleted'));
    case 'notRecorded':
      return all(notApplicable(`AWS Config no longer records this resource (${item.status})`));
  }
  session.add(item);
  const verdicts: { ruleId: string; verdict: Verdict }[] = [];
  for (const rule of rules) {
    const verdict = rule.adapters.configItem!.resourceTypes.includes(item.resourceType)
      ? (await session.verdicts(rule, [item]))[0]
      : notApplicable(`${rule.id} does not evaluate ${item.resourceType}`);
    verdicts.push({ ruleId: rule.id, verdict });
  }
  return [combine(resource, verdicts)];
}

/** The item of an oversized notification, read with GetResourceConfigHistory (its latest version). */
async function fetchItem(
  client: ConfigServiceClient,
  resourceType: string,
  resourceId: string,
  invocation: Invocation,
): Promise<{ item: ConfigItem } | { problem: string }> {
  try {
    const out = await client.send(
      new GetResourceConfigHistoryCommand({ resourceType: resourceType as ResourceType, resourceId, limit: 1 }),
    );
    const raw = out.configurationItems?.[0];
    if (!raw) return { problem: `cannot decide: AWS Config returned no configuration item for ${resourceId}` };
    return {
      item: normaliseItem(raw as RawItem, { resourceType, accountId: invocation.accountId, awsRegion: invocation.region }),
    };
  } catch (e) {
    const err = e as { name?: string; message?: string };
    return {
      problem: `cannot decide: the oversized item could not be read (config:GetResourceConfigHistory: ${err.name ?? 'Error'}: ${(err.message ?? '').split('\n')[0]})`,
    };
  }
}

/**
 * A periodic run: an account-wide rule judges the account-region once (on Config's
 * `AWS::::Account` resource); any other rule judges every current item of its types.
 */
async function scheduled(rules: readonly Rule[], invocation: Invocation, session: Session): Promise<Result[]> {
  const time = new Date(invocation.notificationTime);
  const byResource = new Map<
    string,
    { resourceType: string; resourceId: string; verdicts: { ruleId: string; verdict: Verdict }[] }
  >();
  const note = (item: ConfigItem, ruleId: string, verdict: Verdict) => {
    const key = `${item.resourceType}\u0000${item.resourceId}`;
    const entry = byResource.get(key) ?? { resourceType: item.resourceType, resourceId: item.resourceId, verdicts: [] };
    entry.verdicts.push({ ruleId, verdict });
    byResource.set(key, entry);
  };
  for (const rule of rules) {
    const types = rule.adapters.configItem!.resourceTypes;
    const subjects = types.includes(ACCOUNT_TYPE)
      ? [accountItem(invocation.accountId, invocation.region)]
      : await session.ofTypes(types);
    const verdicts = await session.verdicts(rule, subjects);
    subjects.forEach((s, i) => note(s, rule.id, verdicts[i]));
  }
  return [...byResource.values()].map((r) =>
    combine({ resourceType: r.resourceType, resourceId: r.resourceId, time }, r.verdicts),
  );
}

/** The account-region as a configuration item, as account-wide rules read it. */
function accountItem(accountId: string, region: string): ConfigItem {
  return {
    resourceType: ACCOUNT_TYPE,
    resourceId: accountId,
    accountId,
    awsRegion: region,
    status: 'OK',
    configuration: {},
    supplementaryConfiguration: {},
    tags: {},
    relationships: [],
  };
}

function isDeleted(status: unknown): boolean {
  return status === 'ResourceDeleted' || status === 'ResourceDeletedNotRecorded';
}
