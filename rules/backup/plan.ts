import { field, recorded } from '../../lib/engine/facts';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/*
 * A backup plan's rules have the same shape in a template (BackupPlan.BackupPlanRule)
 * and in AWS Config's item (configuration.BackupPlan.BackupPlanRule), so one reading
 * serves both; only what an absent field means differs.
 */

/** Reads a dotted path of a plan rule (or a part of one). */
export type ReadField = (value: unknown, path: string) => unknown;

/** In a template an absent property is the service default: undefined. */
export const templateField: ReadField = (value, path) => path.split('.').reduce(field, value);

/** In a configuration item an absent field is one Config did not record: an Unknown. */
export const itemField: ReadField = (value, path) => {
  if (isUnknown(value)) return value;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return new Unknown(`the configuration item records a plan rule part that is not an object, so its ${path} is not known`);
  return recorded(value as Readonly<Record<string, unknown>>, path);
};

/** Where each source keeps a plan's rules. */
export const PLAN_RULES = 'BackupPlan.BackupPlanRule';
