import { ConfigItem, ConfigScope } from '../../lib/engine/config-item';
import { Maybe, Tri, listOf, or, recorded, some } from '../../lib/engine/facts';
import { AttributeRef, PartialString, ResourceRef } from '../../lib/engine/intrinsics';
import { wildcard } from '../../lib/engine/policy';
import { Scope } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

export const SELECTION = 'AWS::Backup::BackupSelection';

/**
 * A resource as a backup selection sees it: its ARN,
 * `arn:aws:<service>:<region>:<account>:<prefix><name>`, and its tags.
 */
export interface Selectable {
  readonly service: string;
  readonly prefix: string;
  /** The resource's name in its ARN; undefined when CloudFormation generates it. */
  readonly name: Maybe<string>;
  /** The resource's tags as `[{ Key, Value }]`. */
  readonly tags: unknown;
  /** Where known: a template bound to no environment leaves them open. */
  readonly region?: string;
  readonly account?: string;
}

/** A template resource to look for in the run's backup selections. */
export interface BackupTarget extends Omit<Selectable, 'region' | 'account'> {
  readonly resource: TemplateResource;
}

/** The part of a selection that says what it selects, as a template writes it or Config records it. */
interface SelectionSpec {
  readonly Resources: unknown;
  readonly NotResources: unknown;
  readonly ListOfTags: unknown;
  readonly Conditions: unknown;
}

/** How one entry of Resources or NotResources is read against the resource. */
type EntryMatch = (entry: unknown) => Tri;

/**
 * Whether an AWS::Backup::BackupSelection anywhere in the run selects the
 * resource: by Ref/GetAtt, by an ARN pattern (`arn:aws:dynamodb:*:*:table/*`,
 * `*`), or by tag (ListOfTags), net of NotResources and tag Conditions.
 * Unknown when a selection that might cover it cannot be read.
 */
export function isInBackupPlan(target: BackupTarget, scope: Scope): Tri {
  const { region, account } = target.resource.template;
  const selectable: Selectable = { ...target, region, account };
  // A selection that a false Condition removes selects nothing; an undecidable one is decided by cases.
  const selections = scope.ofType(SELECTION).filter((s) => scope.indexOf(s).exists(s) !== false);
  return some(selections, (selection) => selects(selection, target, selectable));
}

function selects(selection: TemplateResource, target: BackupTarget, selectable: Selectable): Tri {
  const spec = selection.get('BackupSelection');
  if (isUnknown(spec)) return spec;
  if (!spec || typeof spec !== 'object') return false;
  const sameTemplate = selection.template === target.resource.template;
  return specSelects(spec as SelectionSpec, selectable, (entry) => entryMatches(entry, target, selectable, sameTemplate));
}

/** A configuration item's resource to look for in its account-region's backup selections: its ARN's service, prefix and name. */
export type ItemTarget = Pick<Selectable, 'service' | 'prefix' | 'name'>;

/**
 * The same fact read from AWS Config: whether a backup selection in the item's
 * account-region selects it. Config records a selection's Resources and
 * NotResources but not its tag selection (ListOfTags, Conditions), so a selection
 * can be shown not to select the resource only where NotResources excludes it. A
 * selection's plan needs no lookup: AWS Backup deletes a plan only once its
 * selections are gone.
 */
export function isInBackupPlanInScope(item: ConfigItem, target: ItemTarget, scope: ConfigScope): Tri {
  if (!scope.records(SELECTION))
    return new Unknown(
      `AWS Config does not record ${SELECTION} in ${scope.accountId}/${scope.region}, so no selection proves nothing`,
    );
  const selectable: Selectable = {
    ...target,
    region: item.awsRegion,
    account: item.accountId,
    tags: Object.entries(item.tags).map(([Key, Value]) => ({ Key, Value })),
  };
  return some(scope.ofType(SELECTION), (selection) =>
    specSelects(recordedSpec(selection), selectable, (entry) => literalMatches(entry, selectable)),
  );
}

const TAGS_NOT_RECORDED = new Unknown(
  'AWS Config does not record a backup selection’s tag conditions (ListOfTags, Conditions), which may select or exclude the resource',
);

function recordedSpec(selection: ConfigItem): SelectionSpec {
  return {
    Resources: recorded(selection.configuration, 'BackupSelection.Resources'),
    NotResources: recorded(selection.configuration, 'BackupSelection.NotResources'),
    ListOfTags: TAGS_NOT_RECORDED,
    Conditions: TAGS_NOT_RECORDED,
  };
}

/**
 * AWS Backup's selection, for either source: Resources or ListOfTags (either
 * selects), then every tag Condition must hold; NotResources excludes whatever
 * else selects.
 */
function specSelects(spec: SelectionSpec, target: Selectable, matches: EntryMatch): Tri {
  const excluded = some(listOf(spec.NotResources), matches);
  if (excluded === true) return false;
  const byResource = some(listOf(spec.Resources), matches);
  const byTag = some(listOf(spec.ListOfTags), (tag: unknown) => {
    if (isUnknown(tag)) return tag;
    const t = (tag ?? {}) as Record<string, unknown>;
    return tagEquals(target.tags, t.ConditionKey, t.ConditionValue);
  });
  const selected = or(byResource, byTag);
  if (selected !== true) return selected;
  if (isUnknown(excluded)) return excluded;
  return conditionsHold(spec.Conditions, target.tags);
}

/** A template entry: a reference to the resource, or a pattern built with Fn::Sub, or a literal. */
function entryMatches(entry: unknown, target: BackupTarget, selectable: Selectable, sameTemplate: boolean): Tri {
  const self = target.resource.logicalId;
  if (entry instanceof ResourceRef || entry instanceof AttributeRef) {
    return (entry.template ? entry.template === target.resource.template : sameTemplate) && entry.ref === self;
  }
  if (entry instanceof PartialString) {
    if (sameTemplate && entry.refs.includes(self)) return true;
    // A pseudo parameter matches whatever the account or region is; `${Other}` names another resource, never this one;
    // a parameter or import could be anything, so it decides only if both readings agree.
    const read = (parameter: string) =>
      patternMatches(
        entry.text.replace(/\$\{([^}]*)\}/g, (_, name: string) =>
          name.startsWith('AWS::') ? '*' : entry.refs.includes(name) ? '\u0000' : parameter,
        ),
        selectable,
      );
    const pessimistic = read('\u0000');
    if (pessimistic !== false) return pessimistic;
    const optimistic = read('*');
    return optimistic === false ? false : entry;
  }
  return literalMatches(entry, selectable);
}

/** A literal ARN or ARN pattern (a recorded entry is always one). */
function literalMatches(entry: unknown, target: Selectable): Tri {
  if (isUnknown(entry)) return entry;
  return typeof entry === 'string' ? patternMatches(entry, target) : false;
}

function patternMatches(pattern: string, target: Selectable): Tri {
  if (pattern.trim() === '*') return true;
  const parts = pattern.replace(/\$\{[^}]*\}/g, '*').split(':');
  if (parts.length < 6 || !wildcard(parts[2]).test(target.service)) return false;
  const { region, account } = target;
  if (region && !wildcard(parts[3]).test(region)) return false;
  if (account && !wildcard(parts[4]).test(account)) return false;
  const resourcePart = wildcard(parts.slice(5).join(':'));
  if (typeof target.name === 'string') return resourcePart.test(target.prefix + target.name);
  // A pattern that matches any name covers this resource whatever it ends up being called.
  if (resourcePart.test(target.prefix + 'a1') && resourcePart.test(target.prefix + 'zz-9.x')) return true;
  return target.name === undefined ? false : target.name;
}

/** Whether the tags include key = value; Unknown when the tags or the condition are not known. */
function tagEquals(tags: unknown, key: unknown, value: unknown, like = false): boolean | Unknown {
  if (isUnknown(key)) return key;
  if (isUnknown(value)) return value;
  const list = listOf(tags);
  if (isUnknown(list)) return list;
  let undecided: Unknown | undefined;
  for (const tag of list) {
    if (isUnknown(tag)) {
      undecided ??= tag;
      continue;
    }
    const t = (tag ?? {}) as Record<string, unknown>;
    if (isUnknown(t.Key) || isUnknown(t.Value)) {
      undecided ??= isUnknown(t.Key) ? t.Key : (t.Value as Unknown);
      continue;
    }
    if (t.Key === key && (like ? wildcard(String(value)).test(String(t.Value)) : t.Value === value)) return true;
  }
  return undecided ?? false;
}

/** BackupSelection Conditions (StringEquals, StringLike and their negations on aws:ResourceTag/…), all of which must hold. */
function conditionsHold(conditions: unknown, tags: unknown): boolean | Unknown {
  if (conditions === undefined || conditions === null) return true;
  if (isUnknown(conditions)) return conditions;
  let undecided: Unknown | undefined;
  for (const [operator, list] of Object.entries(conditions as Record<string, unknown>)) {
    const entries = listOf(list);
    if (isUnknown(entries)) return entries;
    for (const entry of entries) {
      if (isUnknown(entry)) return entry;
      const e = (entry ?? {}) as Record<string, unknown>;
      const key = typeof e.ConditionKey === 'string' ? e.ConditionKey.replace(/^aws:ResourceTag\//i, '') : e.ConditionKey;
      const like = /like$/i.test(operator);
      const found = tagEquals(tags, key, e.ConditionValue, like);
      if (isUnknown(found)) {
        undecided ??= found;
        continue;
      }
      const holds = /^StringNot/i.test(operator) ? !found : found;
      if (!holds) return false;
    }
  }
  return undecided ?? true;
}
