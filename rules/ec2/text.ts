import { Maybe } from '../../lib/engine/facts';

/** A known string in lower case, for values AWS accepts in any case (`Enable`, `ALLOW`); absent and Unknown pass through. */
export const lower = (value: Maybe<string>): Maybe<string> => (typeof value === 'string' ? value.toLowerCase() : value);
