import { Finding, STATUSES, Status } from '../engine/model';

export type Summary = { resources: number; suppressed: number } & Record<Status, number>;

/** Counts per status; suppressed results are counted apart and not in their status. */
export function summarise(findings: readonly Finding[]): Summary {
  const summary = { resources: 0, suppressed: 0 } as Summary;
  for (const s of STATUSES) summary[s] = 0;
  const resources = new Set<string>();
  for (const f of findings) {
    resources.add(`${f.resource.template ?? f.resource.account}|${f.resource.stack}|${f.resource.logicalId ?? f.resource.arn}`);
    if (f.suppression) summary.suppressed++;
    else summary[f.status]++;
  }
  summary.resources = resources.size;
  return summary;
}
