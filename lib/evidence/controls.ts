import { CYBER_ESSENTIALS, INTERNET_FIRST, NCSC_CSP, TEN_STEPS } from '../../rules/frameworks';
import { Controls } from '../engine/model';
import type { Rule } from '../engine/rule';
import { evidenceOnlyPrinciples } from '../report/evidence-only';
import { FRAMEWORK_NAMES } from '../report/summary';
import { PROCESS_REQUIREMENTS, REQUIREMENTS } from './requirements';

export type Framework = keyof Controls;

/** The order the pack shows frameworks in: Cyber Essentials first, as an assessor reads it. */
export const FRAMEWORK_ORDER: readonly Framework[] = ['cyberEssentials', 'ncscCsp', 'tenSteps', 'internetFirst'];

const NAMES: Record<Framework, Record<string, string>> = {
  cyberEssentials: CYBER_ESSENTIALS,
  ncscCsp: NCSC_CSP,
  tenSteps: TEN_STEPS,
  internetFirst: INTERNET_FIRST,
};

const OSCAL_PREFIX: Record<Framework, string> = {
  cyberEssentials: 'ce-',
  ncscCsp: 'ncsc-csp-',
  tenSteps: 'ten-steps-',
  internetFirst: 'nhs-',
};

export interface ControlDef {
  readonly framework: Framework;
  /** As the findings contract writes it: `firewalls`, `2.3`, `IF-1`. */
  readonly id: string;
  readonly name: string;
  /** A token OSCAL accepts (starts with a letter): `ce-firewalls`, `ncsc-csp-2.3`, `nhs-if-1`. */
  readonly oscalId: string;
  /** What the control requires, in our words. */
  readonly requirement: string;
  /** The principle of an NCSC sub-principle. */
  readonly parent?: string;
  /** Set when configuration cannot show the control: what an attestation must cover. */
  readonly attestation?: string;
  /** An NCSC principle no rule of the catalogue maps to. */
  readonly evidenceOnly?: boolean;
}

/** `framework:id`, the key controls and attestations are looked up by. */
export const controlKey = (framework: Framework, id: string): string => `${framework}:${id}`;

/** Every control of the four frameworks, in reading order, marked process or evidence-only from the catalogue. */
export function controlCatalogue(rules: readonly Rule[]): ControlDef[] {
  const evidenceOnly = new Set(evidenceOnlyPrinciples(rules));
  const process = new Map(PROCESS_REQUIREMENTS.map((p) => [controlKey(p.framework, p.id), p.asks]));
  const out: ControlDef[] = [];
  for (const framework of FRAMEWORK_ORDER) {
    for (const [id, name] of Object.entries(NAMES[framework])) {
      const only = framework === 'ncscCsp' && evidenceOnly.has(id);
      out.push({
        framework,
        id,
        name,
        oscalId: OSCAL_PREFIX[framework] + id.toLowerCase(),
        requirement: REQUIREMENTS[framework][id],
        parent: framework === 'ncscCsp' && id.includes('.') ? id.split('.')[0] : undefined,
        attestation: process.get(controlKey(framework, id)) ?? (only ? `documents that show: ${name.toLowerCase()}` : undefined),
        evidenceOnly: only || undefined,
      });
    }
  }
  return out;
}

/** Whether a result mapped to `ids` evidences the control (a principle takes its sub-principles' results). */
export function evidences(control: ControlDef, ids: readonly string[]): boolean {
  if (control.framework !== 'ncscCsp' || control.parent) return ids.includes(control.id);
  return ids.some((id) => id === control.id || id.startsWith(control.id + '.'));
}

/** Whether an id belongs to a framework's fixed vocabulary. */
export function isKnownControl(framework: Framework, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(NAMES[framework], id);
}

/**
 * An attestation's `control`: `framework:id`, or a bare id when exactly one
 * framework has it. Returns the key, or a sentence saying why not.
 */
export function resolveControlId(text: string): { key: string } | { problem: string } {
  const prefixed = /^(\w+):(.+)$/.exec(text);
  if (prefixed) {
    const [, framework, id] = prefixed;
    if (!(framework in NAMES)) return { problem: `unknown framework '${framework}' (use ${FRAMEWORK_ORDER.join(', ')})` };
    if (!isKnownControl(framework as Framework, id))
      return { problem: `'${id}' is not a control of ${FRAMEWORK_NAMES[framework as Framework]}` };
    return { key: controlKey(framework as Framework, id) };
  }
  // People number the 10 Steps too, so a bare number could mean either: only ncscCsp:4 is clear.
  if (/^\d/.test(text))
    return { problem: `a bare number is ambiguous (an NCSC principle or a 10 Steps step); write ncscCsp:${text}` };
  const owners = FRAMEWORK_ORDER.filter((f) => isKnownControl(f, text));
  if (owners.length === 1) return { key: controlKey(owners[0], text) };
  if (owners.length > 1)
    return { problem: `'${text}' is ambiguous; prefix it (${owners.map((f) => `${f}:${text}`).join(' or ')})` };
  return { problem: `unknown control '${text}' (e.g. IF-3, engagement-and-training, ncscCsp:4)` };
}
