import { Controls, Finding, STATUSES, Status } from '../engine/model';

/** `resources`: resources that at least one rule evaluated. */
export type Summary = { resources: number; suppressed: number } & Record<Status, number>;

/** Counts per status; suppressed results are counted apart and not in their status. */
export function summarise(findings: readonly Finding[]): Summary {
  const summary = { resources: 0, suppressed: 0 } as Summary;
  for (const s of STATUSES) summary[s] = 0;
  const resources = new Set<string>();
  for (const f of findings) {
    // The stack and account pseudo-resources carry stack- and account-wide results; nobody deploys them.
    if (f.resource.type !== 'Palisade::Stack' && f.resource.type !== 'AWS::::Account') {
      const r = f.resource;
      // a deployed resource is itself wherever its stack's logical id recurs (a StackSet in two regions)
      resources.add(
        r.template === undefined && r.resourceId !== undefined
          ? `${r.account}|${r.region}|${r.type}|${r.resourceId}`
          : `${r.template ?? r.account}|${r.stack}|${r.logicalId ?? r.arn}`,
      );
    }
    if (f.suppression) summary.suppressed++;
    else summary[f.status]++;
  }
  summary.resources = resources.size;
  return summary;
}

/** The frameworks' names as people read them, in the order reports list them. */
export const FRAMEWORK_NAMES: Record<keyof Controls, string> = {
  ncscCsp: 'NCSC CSP',
  tenSteps: '10 Steps',
  cyberEssentials: 'Cyber Essentials',
  internetFirst: 'Internet First',
};

export interface FrameworkCount {
  readonly framework: keyof Controls;
  readonly name: string;
  /** Results of rules mapped to the framework that were decided or need review (not NOT_APPLICABLE). */
  readonly checked: number;
  /** Of those, NON_COMPLIANT and not suppressed. */
  readonly failing: number;
}

/** Per framework: how many checks ran on its controls and how many failed. Frameworks no check touched are left out. */
export function frameworkSummary(findings: readonly Finding[]): FrameworkCount[] {
  const keys = Object.keys(FRAMEWORK_NAMES) as (keyof Controls)[];
  const checked = new Map(keys.map((k) => [k, 0]));
  const failing = new Map(keys.map((k) => [k, 0]));
  for (const f of findings) {
    if (f.status === 'NOT_APPLICABLE') continue;
    const fail = f.status === 'NON_COMPLIANT' && !f.suppression;
    for (const k of keys) {
      if (f.controls[k].length === 0) continue;
      checked.set(k, checked.get(k)! + 1);
      if (fail) failing.set(k, failing.get(k)! + 1);
    }
  }
  return keys
    .filter((k) => checked.get(k)! > 0)
    .map((k) => ({ framework: k, name: FRAMEWORK_NAMES[k], checked: checked.get(k)!, failing: failing.get(k)! }));
}
