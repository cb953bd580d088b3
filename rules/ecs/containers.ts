import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { field, listOf, textOf } from '../iam/values';

/** One container definition's value for a property, named for messages. */
export interface ContainerValue {
  readonly name: string;
  readonly value: unknown;
}

/**
 * A property of every container definition of a task definition, or an Unknown
 * when the list itself is not known. Values stay as resolved: evaluate checks them.
 */
export function containerValues(task: TemplateResource, property: string): ContainerValue[] | Unknown {
  const list = listOf(task.get('ContainerDefinitions'));
  if (isUnknown(list)) return list;
  return list.map((c, i) => ({
    name: textOf(field(c, 'Name')) ?? `container ${i + 1}`,
    value: isUnknown(c) ? c : field(c, property),
  }));
}

/** Names for messages: `app, sidecar`. */
export const names = (list: readonly ContainerValue[]) => list.map((c) => c.name).join(', ');

/** Whether a container User runs as root: `root`, `0`, or either with a group (`root:app`, `0:0`). */
export function isRootUser(user: unknown): boolean {
  const text = typeof user === 'number' ? String(user) : typeof user === 'string' ? user.trim() : undefined;
  if (text === undefined) return false;
  const name = text.split(':')[0];
  return name === 'root' || name === '0';
}

export function isTrue(v: unknown): boolean {
  return v === true || v === 'true';
}
