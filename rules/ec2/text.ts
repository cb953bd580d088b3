import { Maybe } from '../../lib/engine/facts';
import { Unknown } from '../../lib/engine/unknown';

/** A known string in lower case, for values AWS accepts in any case (`Enable`, `ALLOW`); absent and Unknown pass through. */
export const lower = (value: Maybe<string>): Maybe<string> => (typeof value === 'string' ? value.toLowerCase() : value);

/** A configuration value Config should always record: absent means the item does not say, never the default. */
export function recorded(configuration: Readonly<Record<string, unknown>>, key: string): unknown {
  const value = configuration[key];
  return value === undefined ? new Unknown(`the configuration item does not record ${key}`) : value;
}
