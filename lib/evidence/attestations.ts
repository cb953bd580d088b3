import type { YAMLMap, YAMLSeq } from 'yaml';
import { InputError } from '../errors';
import { resolveControlId } from './controls';

const FIELDS = ['control', 'statement', 'owner', 'date', 'link'] as const;
const REQUIRED = ['control', 'statement', 'owner', 'date'] as const;

/** A statement by a named person that a process requirement is met, with where the proof is kept. */
export interface Attestation {
  /** `framework:id` (see controlKey). */
  readonly key: string;
  /** As the file wrote it. */
  readonly control: string;
  readonly statement: string;
  readonly owner: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly link?: string;
}

/**
 * Reads evidence.yaml (`attestations:` a list of {control, statement, owner,
 * date, link}). Every bad entry is reported, one line each naming the file,
 * the entry and the field; an attestation dated after the pack is refused.
 */
export function parseAttestations(text: string, file: string, today: string): Attestation[] {
  const { LineCounter, isMap, isSeq, parseDocument } = require('yaml') as typeof import('yaml');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const line = doc.errors[0].linePos?.[0]?.line;
    throw new InputError(`${file}: not valid YAML${line ? ` (line ${line})` : ''}: ${doc.errors[0].message.split('\n')[0]}`);
  }
  const shape = `expected a mapping with an \`attestations:\` list of {${FIELDS.join(', ')}}`;
  const root = doc.contents;
  if (!isMap(root) || !(root as YAMLMap).has('attestations')) throw new InputError(`${file}: ${shape}`);
  const problems: string[] = [];
  for (const pair of (root as YAMLMap).items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    if (key !== 'attestations') problems.push(`${file}: unknown top-level key '${key}'; ${shape}`);
  }
  const list = (root as YAMLMap).get('attestations', true);
  if (!isSeq(list)) throw new InputError(`${file}: \`attestations\` must be a list of entries`);
  const out: Attestation[] = [];
  (list as YAMLSeq).items.forEach((node, index) => {
    const range = (node as { range?: [number, number, number] }).range;
    const line = range ? lineCounter.linePos(range[0]).line : undefined;
    const where = `${file}: attestations[${index}]${line ? ` (line ${line})` : ''}`;
    if (!isMap(node)) {
      problems.push(`${where}: each entry must be a mapping with ${FIELDS.join(', ')}`);
      return;
    }
    const value = (node as YAMLMap).toJSON() as Record<string, unknown>;
    const before = problems.length;
    const bad = (field: string, problem: string) => problems.push(`${where}: ${field}: ${problem}`);
    for (const k of Object.keys(value))
      if (!(FIELDS as readonly string[]).includes(k)) bad(k, `unknown field (allowed: ${FIELDS.join(', ')})`);
    for (const k of REQUIRED) {
      const v = value[k];
      if (typeof v !== 'string' || v.trim() === '')
        bad(k, v === undefined || v === null || v === '' ? 'is required' : 'must be text');
    }
    if (value.link !== undefined && (typeof value.link !== 'string' || value.link.trim() === ''))
      bad('link', 'must be text (a URL or a document reference)');
    if (problems.length > before) return;
    const date = value.date as string;
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
      Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ||
      new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date
    )
      return bad('date', `'${date}' is not a date (YYYY-MM-DD; quote it so YAML keeps it as text)`);
    if (date > today) return bad('date', `${date} is after the pack's date ${today}; an attestation cannot be made in advance`);
    const resolved = resolveControlId((value.control as string).trim());
    if ('problem' in resolved) return bad('control', resolved.problem);
    out.push({
      key: resolved.key,
      control: value.control as string,
      statement: (value.statement as string).trim(),
      owner: (value.owner as string).trim(),
      date,
      link: (value.link as string | undefined)?.trim(),
    });
  });
  if (problems.length) throw new InputError(problems.join('\n'));
  return out;
}
