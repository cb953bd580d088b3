import { TemplateBody } from './model';

/*
 * Transforms. AWS::LanguageExtensions is deterministic and documented, so it is
 * expanded here (Fn::ForEach; Fn::Length, Fn::ToJsonString and Fn::FindInMap's
 * DefaultValue are resolved as intrinsics). Any other macro, SAM included, and
 * AWS::Include can change every resource: what they touch is never evaluated as if
 * deployed verbatim.
 */

export const LANGUAGE_EXTENSIONS = 'AWS::LanguageExtensions';

/**
 * AWS's own transforms whose reach is documented: each rewrites only resources of its
 * own kind and passes every other resource through unchanged, so only those are left
 * undecided. Any other macro may change anything.
 */
const SCOPED_TRANSFORMS: Record<string, (type: string, properties: Record<string, unknown> | undefined) => boolean> = {
  'AWS::Serverless-2016-10-31': (type) => type.startsWith('AWS::Serverless::'),
  'AWS::SecretsManager-2020-07-23': (type, properties) =>
    type === 'AWS::SecretsManager::RotationSchedule' && properties?.HostedRotationLambda !== undefined,
};

/** Macros that may change any resource: template-level transforms other than AWS::LanguageExtensions and AWS's scoped ones. */
export function macrosOf(body: TemplateBody): string[] {
  return transformsOf(body).filter((n) => !(n in SCOPED_TRANSFORMS));
}

/** The scoped AWS transform that rewrites a resource, if the template declares one that does. */
export function scopedTransformOf(
  body: TemplateBody,
  type: string,
  properties: Record<string, unknown> | undefined,
): string | undefined {
  return transformsOf(body).find((n) => SCOPED_TRANSFORMS[n]?.(type, properties));
}

/** Every template-level transform other than AWS::LanguageExtensions. */
export function transformsOf(body: TemplateBody): string[] {
  const t = body.Transform;
  const names = (Array.isArray(t) ? t : t === undefined ? [] : [t]).map((n) =>
    typeof n === 'string'
      ? n
      : typeof (n as { Name?: unknown })?.Name === 'string'
        ? String((n as { Name: string }).Name)
        : 'a macro',
  );
  return names.filter((n) => n !== LANGUAGE_EXTENSIONS);
}

/** Whether a raw value holds an Fn::Transform (a macro or AWS::Include applied to one snippet). */
export function hasSnippetTransform(value: unknown, depth = 0): boolean {
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => hasSnippetTransform(v, depth + 1));
  for (const key in value as Record<string, unknown>) {
    if (key === 'Fn::Transform') return true;
    if (hasSnippetTransform((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/** A part of a template that no transform here can produce: an unexpandable loop, a section-level include. */
export interface UnprocessedPart {
  readonly key: string;
  readonly reason: string;
}

/**
 * Expands Fn::ForEach in Resources, Conditions and Outputs when the template declares
 * AWS::LanguageExtensions. A loop over a collection the template does not spell out
 * (a parameter, an import) is left out and reported, never guessed.
 */
export function expandLanguageExtensions(body: Record<string, unknown>): {
  body: Record<string, unknown>;
  unexpanded: UnprocessedPart[];
} {
  const t = body.Transform;
  const declared = Array.isArray(t) ? t.includes(LANGUAGE_EXTENSIONS) : t === LANGUAGE_EXTENSIONS;
  const unexpanded: UnprocessedPart[] = [];
  if (!declared) return { body, unexpanded };
  const out = { ...body };
  for (const section of ['Resources', 'Conditions', 'Outputs']) {
    const value = body[section];
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      out[section] = expandSection(value as Record<string, unknown>, new Map(), unexpanded, 0);
    }
  }
  return { body: out, unexpanded };
}

function expandSection(
  section: Record<string, unknown>,
  bindings: ReadonlyMap<string, string>,
  unexpanded: UnprocessedPart[],
  depth: number,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(section)) {
    if (!key.startsWith('Fn::ForEach::')) {
      out[substituteKey(key, bindings)] = bindings.size ? substitute(value, bindings, 0) : value;
      continue;
    }
    const loop = Array.isArray(value) ? value : [];
    const [identifier, collection, fragment] = loop;
    const items = Array.isArray(collection) ? collection : undefined;
    if (
      depth > 8 ||
      typeof identifier !== 'string' ||
      fragment === null ||
      typeof fragment !== 'object' ||
      Array.isArray(fragment)
    ) {
      unexpanded.push({ key, reason: `${key} is not a valid Fn::ForEach [identifier, collection, fragment]` });
      continue;
    }
    if (!items || !items.every((i) => typeof i === 'string' || typeof i === 'number')) {
      unexpanded.push({ key, reason: `${key} loops over a collection not known until deployment` });
      continue;
    }
    for (const item of items) {
      const inner = new Map(bindings).set(identifier, String(substitute(item, bindings, 0)));
      Object.assign(out, expandSection(fragment as Record<string, unknown>, inner, unexpanded, depth + 1));
    }
  }
  return out;
}

/** `${Id}` is the value; `&{Id}` is the value with non-alphanumeric characters removed (for logical ids). */
function substituteKey(key: string, bindings: ReadonlyMap<string, string>): string {
  let out = key;
  for (const [id, v] of bindings) {
    out = out
      .split('${' + id + '}')
      .join(v)
      .split('&{' + id + '}')
      .join(v.replace(/[^A-Za-z0-9]/g, ''));
  }
  return out;
}

function substitute(value: unknown, bindings: ReadonlyMap<string, string>, depth: number): unknown {
  if (depth > 64) return value;
  if (typeof value === 'string') return substituteKey(value, bindings);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => substitute(v, bindings, depth + 1));
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length === 1 && keys[0] === 'Ref' && typeof obj.Ref === 'string' && bindings.has(obj.Ref))
    return bindings.get(obj.Ref);
  const out: Record<string, unknown> = {};
  for (const k of keys) out[substituteKey(k, bindings)] = substitute(obj[k], bindings, depth + 1);
  return out;
}

/** Moves section-level Fn::Transform entries of Resources (AWS::Include of whole resources) out, as unprocessed parts. */
export function takeSectionTransforms(body: Record<string, unknown>, out: UnprocessedPart[]): void {
  const resources = body.Resources;
  if (resources === null || typeof resources !== 'object' || Array.isArray(resources)) return;
  for (const key of Object.keys(resources)) {
    if (key !== 'Fn::Transform') continue;
    out.push({
      key,
      reason: 'Resources includes an Fn::Transform (AWS::Include or a macro) whose resources are not in the template',
    });
    body.Resources = Object.fromEntries(Object.entries(resources).filter(([k]) => k !== key));
  }
}
