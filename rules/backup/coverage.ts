import { Maybe, Tri, listOf, some } from '../../lib/engine/facts';
import { AttributeRef, PartialString, ResourceRef } from '../../lib/engine/intrinsics';
import { wildcard } from '../../lib/engine/policy';
import { Scope } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/** How AWS Backup names a resource: `arn:aws:<service>:<region>:<account>:<prefix><name>`. */
export interface BackupTarget {
  readonly resource: TemplateResource;
  readonly service: string;
  readonly prefix: string;
  /** The resource's name in its ARN; undefined when CloudFormation generates it. */
  readonly name: Maybe<string>;
  /** The resource's tags as `[{ Key, Value }]`. */
  readonly tags: unknown;
}

/**
 * Whether an AWS::Backup::BackupSelection anywhere in the run selects the
 * resource: by Ref/GetAtt, by an ARN pattern (`arn:aws:dynamodb:*:*:table/*`,
 * `*`), or by tag (ListOfTags), net of NotResources and tag Conditions.
 * Unknown when a selection that might cover it cannot be read.
 */
export function isInBackupPlan(target: BackupTarget, scope: Scope): Tri {
  // A selection that a false Condition removes selects nothing; an undecidable one is decided by cases.
  const selections = scope.ofType('AWS::Backup::BackupSelection').filter((s) => scope.indexOf(s).exists(s) !== false);
  return some(selections, (selection) => selects(selection, target));
}

function selects(selection: TemplateResource, target: BackupTarget): boolean | Unknown {
  const spec = selection.get('BackupSelection');
  if (isUnknown(spec)) return spec;
  if (!spec || typeof spec !== 'object') return false;
  const s = spec as Record<string, unknown>;
  const sameTemplate = selection.template === target.resource.template;

  const byResource = some(listOf(s.Resources), (entry) => entryMatches(entry, target, sameTemplate));
  const byTag = some(listOf(s.ListOfTags), (tag: unknown) => {
    if (isUnknown(tag)) return tag;
    const t = (tag ?? {}) as Record<string, unknown>;
    return tagEquals(target.tags, t.ConditionKey, t.ConditionValue);
  });
  const selected = byResource === true || byTag === true ? true : isUnknown(byResource) ? byResource : byTag;
  if (selected !== true) return selected;

  const excluded = some(listOf(s.NotResources), (entry) => entryMatches(entry, target, sameTemplate));
  if (excluded === true) return false;
  if (isUnknown(excluded)) return excluded;
  return conditionsHold(s.Conditions, target.tags);
}

function entryMatches(entry: unknown, target: BackupTarget, sameTemplate: boolean): boolean | Unknown {
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
        target,
      );
    const pessimistic = read('\u0000');
    if (pessimistic !== false) return pessimistic;
    const optimistic = read('*');
    return optimistic === false ? false : entry;
  }
  if (isUnknown(entry)) return entry;
  return typeof entry === 'string' ? patternMatches(entry, target) : false;
}

function patternMatches(pattern: string, target: BackupTarget): boolean | Unknown {
  if (pattern.trim() === '*') return true;
  const parts = pattern.replace(/\$\{[^}]*\}/g, '*').split(':');
  if (parts.length < 6 || !wildcard(parts[2]).test(target.service)) return false;
  const { region, account } = target.resource.template;
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
