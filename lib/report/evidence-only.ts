import { NCSC_CSP } from '../../rules/frameworks';
import type { Rule } from '../engine/rule';

/**
 * NCSC principles that no rule of the catalogue maps to (neither the principle
 * nor one of its sub-principles): only documents can evidence them. Computed,
 * so that RULES.md and the evidence pack cannot disagree with the catalogue.
 */
export function evidenceOnlyPrinciples(rules: readonly Rule[]): string[] {
  const mapped = new Set(rules.flatMap((r) => r.controls.ncscCsp.map((id) => id.split('.')[0])));
  return Object.keys(NCSC_CSP).filter((id) => !id.includes('.') && !mapped.has(id));
}
