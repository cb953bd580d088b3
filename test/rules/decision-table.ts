import { Status } from '../../lib/engine/model';
import { Rule } from '../../lib/engine/rule';
import { Unknown } from '../../lib/engine/unknown';
import { decideOn } from './harness';

/** An Unknown fact for decision tables. */
export const U = new Unknown('not known until deployment');

/** One row: the case, the facts, the status `decide` gives. */
export type Row = [string, Record<string, unknown>, Status];

/** A table-driven test per rule, on facts directly, through the one `decide` every source uses. */
export function decisionTables(tables: readonly (readonly [Rule, readonly Row[]])[]): void {
  describe.each(tables.map(([rule, rows]) => [rule.id, rule, rows] as const))('%s decisions', (_id, rule, rows) => {
    it.each(rows as Row[])('%s', (_case, facts, status) => expect(decideOn(rule as Rule<unknown>, facts)).toBe(status));
  });
}
