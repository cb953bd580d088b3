import { ConfigItem } from '../../lib/engine/config-item';
import { asString, field, listOf, recorded } from '../../lib/engine/facts';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/**
 * A task definition or service as a template declares it or as AWS Config records it:
 * Config records ECS resources in CloudFormation's own property names.
 */
export type EcsSource = TemplateResource | ConfigItem;

/**
 * A top-level property. Config always records the ones the rules read (container
 * definitions, network mode), so an item without one does not say; inside a container
 * definition, as in a template, an absent property takes the service default.
 */
export function ecsProperty(source: EcsSource, property: string): unknown {
  return 'get' in source ? source.get(property) : recorded(source.configuration, property);
}

/** A top-level property the service leaves out when it was not set, as a template may. */
export function ecsOptional(source: EcsSource, property: string): unknown {
  return 'get' in source ? source.get(property) : source.configuration[property];
}

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
  task: EcsSource,
  property: string,
  read: (value: unknown) => T,
): ContainerValue<T>[] | Unknown {
  const list = listOf(ecsProperty(task, 'ContainerDefinitions'));
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
