import { readFileSync } from 'fs';
import { join } from 'path';
import { Rule } from '../../lib/engine/rule';

/** Rule ids without a configItem adapter, each with the reason (test/rules/no-config-adapter.json). */
export const NO_CONFIG_ADAPTER: Record<string, string> = JSON.parse(
  readFileSync(join(__dirname, 'no-config-adapter.json'), 'utf8'),
);

/** Every rule of a directory has a configItem adapter or a recorded reason why not, and never both. */
export function expectConfigAdapterOrReason(rules: readonly Rule[]): void {
  it.each(rules.map((r) => [r.id, r] as const))('%s has a configItem adapter or a reason why not', (id, rule) => {
    expect([id, rule.adapters.configItem !== undefined]).toEqual([id, NO_CONFIG_ADAPTER[id] === undefined]);
  });
}
