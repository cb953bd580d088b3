import { Maybe } from '../../lib/engine/facts';
import { Unknown } from '../../lib/engine/unknown';

/** A known string in lower case, for values AWS accepts in any case (`Enable`, `ALLOW`); absent and Unknown pass through. */
export const lower = (value: Maybe<string>): Maybe<string> => (typeof value === 'string' ? value.toLowerCase() : value);

/**
 * A configuration value Config should always record, by key or dotted path
 * (`firewall.deleteProtection`): absent means the item does not say, never the
 * default. A null on the way is a recorded empty value (the service returned none).
 */
export function recorded(configuration: Readonly<Record<string, unknown>>, path: string): unknown {
  let value: unknown = configuration;
  for (const key of path.split('.')) {
    if (value === null) return null;
    value = typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
    if (value === undefined) return new Unknown(`the configuration item does not record ${path}`);
  }
  return value;
}
