import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigItem } from '../../../lib/engine/config-item';
import { RawResource, Status } from '../../../lib/engine/model';
import { Rule } from '../../../lib/engine/rule';
import { normaliseItem } from '../../../lib/sources/config/normalise';
import { PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';

/** A real configuration item from the shared corpus (awslabs/aws-config-rdk example items), normalised as a scan would. */
export function corpusItem(file: string): ConfigItem {
  const path = join(__dirname, '../../../../shared/corpus/config-items/rdk-example-ci', file);
  return normaliseItem(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>);
}

/** One scenario: its name, the resource's template properties, the item's configuration, and the status both must give. */
export type Scenario = readonly [string, Record<string, unknown>, Record<string, unknown>, Status];

/**
 * The same scenario as a template fragment (resource `R`, with the `Input` parameter
 * for undecided values) and as a configuration item gives the same, expected status.
 */
export function parity(
  rule: Rule,
  types: { readonly template: string; readonly item: string },
  scenarios: readonly Scenario[],
  extra: { readonly resources?: Record<string, RawResource>; readonly items?: readonly ConfigItem[] } = {},
): void {
  describe(`${rule.id}: template and configuration item agree`, () => {
    it.each(scenarios as Scenario[])('%s', (_name, properties, configuration, status) => {
      const t = template({
        Parameters: PARAMETERS,
        Resources: { R: { Type: types.template, Properties: properties }, ...extra.resources },
      });
      expect([statusOf(rule, 'R', t), statusOfItem(rule, configItem(types.item, configuration), extra.items)]).toEqual([
        status,
        status,
      ]);
    });
  });
}
