import { asString, field, listOf } from '../../lib/engine/facts';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/** One container definition's value for a property, named for messages. */
export interface ContainerValue<T> {
  readonly name: string;
  readonly value: T;
}

/**
 * A property of every container definition of a task definition, read with `read`,
 * or an Unknown when the list itself is not known. A container that is itself
 * unknown gives its Unknown to `read`.
 */
export function containerValues<T>(
  task: TemplateResource,
  property: string,
  read: (value: unknown) => T,
): ContainerValue<T>[] | Unknown {
  const list = listOf(task.get('ContainerDefinitions'));
  if (isUnknown(list)) return list;
  return list.map((c, i) => {
    const name = asString(field(c, 'Name'));
    return { name: typeof name === 'string' ? name : `container ${i + 1}`, value: read(isUnknown(c) ? c : field(c, property)) };
  });
}

/** Names for messages: `app, sidecar`. */
export const names = (list: readonly { name: string }[]) => list.map((c) => c.name).join(', ');

/** Whether a container User runs as root: `root`, `0`, or either with a group (`root:app`, `0:0`). */
export function isRootUser(user: string): boolean {
  const name = user.trim().split(':')[0];
  return name === 'root' || name === '0';
}
