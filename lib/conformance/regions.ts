import { InputError } from '../errors';
import table from './region-availability.json';

interface Availability {
  readonly notIn: readonly string[];
  readonly from: keyof typeof table.source;
}

const RULES = table.rules as Readonly<Record<string, Availability>>;
const COVERED = table.regions as Readonly<Record<string, string>>;

/**
 * Regions AWS lists today that the archived by-region list (2023-04-21) predates:
 * we know they exist but hold no availability data for most rules, so we refuse
 * rather than guess.
 */
const WITHOUT_DATA: Readonly<Record<string, string>> = {
  'ap-east-2': 'Asia Pacific (Taipei)',
  'ap-southeast-5': 'Asia Pacific (Malaysia)',
  'ap-southeast-6': 'Asia Pacific (New Zealand)',
  'ap-southeast-7': 'Asia Pacific (Thailand)',
  'ca-west-1': 'Canada West (Calgary)',
  'il-central-1': 'Israel (Tel Aviv)',
  'mx-central-1': 'Mexico (Central)',
};

export type Offered = { readonly offered: true } | { readonly offered: false; readonly reason: string };

/** Checks a --region value: unknown names and regions without data are input errors (exit 2). */
export function checkRegion(region: string): void {
  if (region in COVERED) return;
  if (region in WITHOUT_DATA) {
    throw new InputError(
      `--region ${region}: no managed-rule availability data for ${WITHOUT_DATA[region]} in lib/conformance/region-availability.json (the AWS list it comes from predates the region); generate without --region and check the AWS Config console`,
    );
  }
  throw new InputError(`--region ${region}: unknown region (known: ${Object.keys(COVERED).sort().join(', ')})`);
}

/** Whether AWS offers a managed rule in a region, by the table; a rule the table lacks is reported, not guessed. */
export function offeredIn(configRule: string, region: string): Offered {
  const entry = RULES[configRule];
  if (!entry) return { offered: false, reason: `availability in ${region} not recorded` };
  if (entry.notIn.includes(region)) return { offered: false, reason: `not offered in ${region}` };
  return { offered: true };
}

export const AVAILABILITY_SOURCES = table.source;
