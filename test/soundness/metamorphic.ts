import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { evaluate } from '../../lib/engine/evaluate';
import { RawResource, Status, Template, TemplateBody } from '../../lib/engine/model';
import { Rule, resourceTypesOf } from '../../lib/engine/rule';
import { referencedIds } from '../../lib/engine/template-index';
import { parseTemplate } from '../../lib/sources/template/parse';
import { CATALOGUE } from '../../rules/catalogue';

/*
 * The metamorphic test of soundness: replace a value a rule reads with a choice the
 * template leaves open, evaluate the open template and every concrete template the
 * choice allows, and require that the open verdict is never a pass (COMPLIANT or
 * NOT_APPLICABLE) where some concrete one fails or cannot be decided.
 */

const OPEN: ReadonlySet<Status> = new Set(['COMPLIANT', 'NOT_APPLICABLE']);
const CLOSED: ReadonlySet<Status> = new Set(['NON_COMPLIANT', 'INSUFFICIENT_DATA']);
const CONDITION = 'PalisadeFuzzChoice';
const PARAMETER = 'PalisadeFuzzInput';
const NO_VALUE = { Ref: 'AWS::NoValue' };

/** Values a property could be given instead, chosen to break rules: open networks, wildcards, off switches, removal. */
const ALTERNATIVES: readonly unknown[] = [
  NO_VALUE,
  false,
  true,
  '0.0.0.0/0',
  '::/0',
  '*',
  'Disabled',
  'Suspended',
  '',
  'http',
  'HTTP',
  'TLSv1',
  'nodejs12.x',
  'arn:aws:iam::aws:policy/AdministratorAccess',
  'alias/aws/s3',
  0,
  1,
  22,
  -1,
  [],
];

export type MutationKind = 'if' | 'parameter' | 'sub' | 'conditional-resource' | 'if-relation';

export interface Subject {
  readonly name: string;
  readonly body: TemplateBody;
  readonly options: { stack: string; region?: string; account?: string };
}

export interface Mutation {
  readonly kind: MutationKind;
  readonly subject: Subject;
  readonly resource: string;
  readonly description: string;
  readonly open: TemplateBody;
  /** The templates the open choice allows. */
  readonly concrete: readonly TemplateBody[];
  /** Rules whose results can change. */
  readonly rules: readonly Rule[];
}

export interface Violation {
  readonly mutation: string;
  readonly rule: string;
  readonly resource: string;
  readonly open: string;
  readonly concrete: string;
}

/** The corpus templates that parse, each as a subject. */
export function corpusSubjects(dir: string): Subject[] {
  const out: Subject[] = [];
  for (const file of walk(dir)) {
    if (!/\.(json|ya?ml|template)$/.test(file)) continue;
    try {
      const t = parseTemplate(readFileSync(file, 'utf8'), file);
      if (Object.keys(t.body.Resources).length > 0) out.push({ name: file, body: t.body, options: { stack: t.stack } });
    } catch {
      // Templates the loader refuses are not subjects: the hostile-input tests cover refusal.
    }
  }
  return out;
}

/** A subject from a synthesized template. */
export function templateSubject(name: string, t: Template): Subject {
  return { name, body: t.body, options: { stack: t.stack, region: t.region, account: t.account } };
}

/** Builds one mutation from random choices; undefined when the choice does not fit the subject. */
export function mutate(
  subject: Subject,
  pick: { resource: number; path: number; kind: MutationKind; alternative: number },
): Mutation | undefined {
  const ids = Object.keys(subject.body.Resources).filter((id) => rulesFor(subject.body.Resources[id].Type).length > 0);
  if (ids.length === 0) return undefined;
  const id = ids[pick.resource % ids.length];
  const raw = subject.body.Resources[id];
  const alternative = ALTERNATIVES[pick.alternative % ALTERNATIVES.length];
  switch (pick.kind) {
    case 'if':
    case 'parameter':
    case 'sub': {
      const paths = leafPaths(raw.Properties ?? {});
      if (paths.length === 0) return undefined;
      const path = paths[pick.path % paths.length];
      const original = getPath(raw.Properties, path);
      return valueMutation(subject, id, ['Properties', ...path], original, alternative, pick.kind);
    }
    case 'conditional-resource': {
      // Only a referrer nothing else refers to: removing it leaves a template CloudFormation accepts (no dangling Ref).
      const referrers = referrersOf(subject.body, id).filter((r) => referrersOf(subject.body, r).length === 0);
      if (referrers.length === 0) return undefined;
      const other = referrers[pick.path % referrers.length];
      if (subject.body.Resources[other].Condition !== undefined) return undefined;
      const open = withCondition(clone(subject.body));
      (open.Resources[other] as { Condition?: string }).Condition = CONDITION;
      const without = clone(subject.body);
      delete (without.Resources as Record<string, unknown>)[other];
      return {
        kind: 'conditional-resource',
        subject,
        resource: id,
        description: `${subject.name}: ${other} (which refers to ${id}) exists only under an undecidable condition`,
        open,
        concrete: [subject.body, without],
        rules: rulesFor(raw.Type, subject.body.Resources[other].Type),
      };
    }
    case 'if-relation': {
      const referrers = referrersOf(subject.body, id);
      const sameType = Object.keys(subject.body.Resources).filter((r) => r !== id && subject.body.Resources[r].Type === raw.Type);
      if (referrers.length === 0 || sameType.length === 0) return undefined;
      const other = referrers[pick.path % referrers.length];
      const twin = sameType[pick.alternative % sameType.length];
      const otherRaw = subject.body.Resources[other];
      const path = refPaths(otherRaw.Properties ?? {}, id)[0];
      if (!path) return undefined;
      const original = getPath(otherRaw.Properties, path);
      const swapped = retarget(original, id, twin);
      const m = valueMutation(subject, other, ['Properties', ...path], original, swapped, 'if');
      return m && { ...m, kind: 'if-relation', resource: id, rules: rulesFor(raw.Type, otherRaw.Type) };
    }
  }
}

/** Evaluates the open template and each concrete one, returning every pair the soundness rule forbids. */
export function violationsOf(m: Mutation): Violation[] {
  const statuses = (body: TemplateBody) => {
    const t = parseTemplate(JSON.stringify(body), `${m.subject.options.stack}.template.json`, m.subject.options);
    const map = new Map<string, { status: Status; message: string }>();
    for (const f of evaluate(m.rules, [t])) map.set(`${f.ruleId}|${f.resource.logicalId}`, f);
    return map;
  };
  const open = statuses(m.open);
  const concrete = m.concrete.map(statuses);
  const out: Violation[] = [];
  for (const [key, result] of open) {
    if (!OPEN.has(result.status)) continue;
    for (const c of concrete) {
      const other = c.get(key);
      if (other && CLOSED.has(other.status)) {
        const [rule, resource] = key.split('|');
        out.push({
          mutation: m.description,
          rule,
          resource,
          open: `${result.status}: ${result.message}`,
          concrete: `${other.status}: ${other.message}`,
        });
        break;
      }
    }
  }
  return out;
}

export const mutationArbitrary = fc.record({
  subject: fc.nat(),
  resource: fc.nat(),
  path: fc.nat(),
  kind: fc.constantFrom<MutationKind>('if', 'parameter', 'sub', 'conditional-resource', 'if-relation'),
  alternative: fc.nat(),
});

function valueMutation(
  subject: Subject,
  id: string,
  path: readonly (string | number)[],
  original: unknown,
  alternative: unknown,
  kind: 'if' | 'parameter' | 'sub',
): Mutation | undefined {
  const at = (body: TemplateBody, value: unknown) => {
    const copy = clone(body);
    setPath(copy.Resources[id], path, value);
    return copy;
  };
  const rules = rulesFor(subject.body.Resources[id].Type);
  if (kind === 'if') {
    const open = withCondition(at(subject.body, { 'Fn::If': [CONDITION, original, alternative] }));
    const concrete = [at(subject.body, original), at(subject.body, alternative === NO_VALUE ? undefined : alternative)];
    return {
      kind,
      subject,
      resource: id,
      description: `${subject.name}: ${id}.${path.slice(1).join('.')} := If(open, original, ${show(alternative)})`,
      open,
      concrete,
      rules,
    };
  }
  // A parameter stands for any string: the original and the alternative are two values it may take.
  if (!isScalar(original) || !isScalar(alternative)) return undefined;
  if (kind === 'parameter') {
    const open = withParameter(at(subject.body, { Ref: PARAMETER }));
    return {
      kind,
      subject,
      resource: id,
      description: `${subject.name}: ${id}.${path.slice(1).join('.')} := a parameter (original or ${show(alternative)})`,
      open,
      concrete: [at(subject.body, String(original)), at(subject.body, String(alternative))],
      rules,
    };
  }
  // A string with an unknown tail: its literal head is known, the rest could be anything.
  if (typeof original !== 'string' || original.length < 2) return undefined;
  const head = original.slice(0, Math.ceil(original.length / 2));
  const open = withParameter(at(subject.body, { 'Fn::Sub': [`${head}\${${PARAMETER}}`, {}] }));
  return {
    kind,
    subject,
    resource: id,
    description: `${subject.name}: ${id}.${path.slice(1).join('.')} := Sub('${head}\${unknown}')`,
    open,
    concrete: [at(subject.body, original), at(subject.body, `${head}${String(alternative)}`)],
    rules,
  };
}

function rulesFor(...types: string[]): Rule[] {
  return CATALOGUE.filter((r) => r.adapters.template && resourceTypesOf(r).some((t) => types.includes(t)));
}

function withCondition(body: TemplateBody): TemplateBody {
  const out = withParameter(body) as { Conditions?: Record<string, unknown> };
  out.Conditions = { ...(out.Conditions ?? {}), [CONDITION]: { 'Fn::Equals': [{ Ref: PARAMETER }, 'yes'] } };
  return out as TemplateBody;
}

function withParameter(body: TemplateBody): TemplateBody {
  const out = body as { Parameters?: Record<string, unknown> };
  out.Parameters = { ...(out.Parameters ?? {}), [PARAMETER]: { Type: 'String' } };
  return out as TemplateBody;
}

/** Paths to every value under Properties that is not an intrinsic's inside, up to a modest depth. */
function leafPaths(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
  depth = 0,
): (string | number)[][] {
  if (depth > 0) out.push(prefix);
  if (depth > 5 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) value.forEach((v, i) => leafPaths(v, [...prefix, i], out, depth + 1));
  else {
    const keys = Object.keys(value);
    if (keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'))) return out;
    for (const k of keys) leafPaths((value as Record<string, unknown>)[k], [...prefix, k], out, depth + 1);
  }
  return out;
}

function refPaths(
  value: unknown,
  id: string,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  if (value === null || typeof value !== 'object') return out;
  if (referencedIds(value).includes(id)) {
    const keys = Object.keys(value);
    if (!Array.isArray(value) && keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Fn::GetAtt')) {
      out.push(prefix);
      return out;
    }
  }
  if (Array.isArray(value)) value.forEach((v, i) => refPaths(v, id, [...prefix, i], out));
  else for (const k of Object.keys(value)) refPaths((value as Record<string, unknown>)[k], id, [...prefix, k], out);
  return out;
}

function retarget(value: unknown, from: string, to: string): unknown {
  const v = value as Record<string, unknown>;
  if (v.Ref === from) return { Ref: to };
  const att = v['Fn::GetAtt'];
  if (Array.isArray(att)) return { 'Fn::GetAtt': [to, ...att.slice(1)] };
  if (typeof att === 'string') return { 'Fn::GetAtt': `${to}${att.slice(from.length)}` };
  return value;
}

function referrersOf(body: TemplateBody, id: string): string[] {
  return Object.entries(body.Resources)
    .filter(([other, r]) => other !== id && referencedIds((r as RawResource).Properties ?? {}).includes(id))
    .map(([other]) => other);
}

function getPath(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root;
  for (const step of path) v = (v as Record<string | number, unknown>)?.[step];
  return v;
}

function setPath(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let v = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) v = v[step] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(v)) v.splice(last as number, 1);
    else delete v[last];
  } else v[last] = value;
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function show(v: unknown): string {
  return v === NO_VALUE ? 'AWS::NoValue' : JSON.stringify(v);
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v));
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}
