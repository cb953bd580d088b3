import { Unknown, isUnknown } from './unknown';

/** One IAM policy statement with its list-or-string fields normalised to lists. */
export interface Statement {
  readonly effect: unknown;
  readonly actions: unknown[];
  readonly notActions: unknown[];
  readonly resources: unknown[];
  readonly notResources: unknown[];
  /** `'*'` for `Principal: "*"`, otherwise the principal values (AWS, Service, Federated …) flattened. */
  readonly principals: unknown[];
  /** `Principal` as written, for readers that need each value's type. */
  readonly principal: unknown;
  readonly hasPrincipal: boolean;
  /** NotPrincipal values flattened; a statement with NotPrincipal applies to everyone else. */
  readonly notPrincipals: unknown[];
  readonly condition: unknown;
}

/**
 * A resource policy a service returns among its attributes (SNS GetTopicAttributes,
 * SQS GetQueueAttributes), as Config records it: none when the attribute is absent or empty.
 */
export function attributePolicies(value: unknown): unknown[] {
  return value === undefined || value === null || value === '' ? [] : [value];
}

/** Statements of a resolved policy document, or an Unknown when the document itself is not known. */
export function statementsOf(document: unknown): Statement[] | Unknown {
  if (isUnknown(document)) return document;
  if (typeof document === 'string') {
    try {
      document = JSON.parse(document);
    } catch {
      return new Unknown('policy document is not valid JSON');
    }
  }
  if (document === undefined || document === null) return [];
  if (typeof document !== 'object') return new Unknown('policy document is not an object');
  const raw = (document as Record<string, unknown>).Statement;
  if (isUnknown(raw)) return raw;
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  // A statement chosen by an undecidable Fn::If could grant anything: the document is undecidable.
  const unknownStatement = list.find(isUnknown);
  if (unknownStatement) return unknownStatement;
  return list.map((s) => {
    const st = (s ?? {}) as Record<string, unknown>;
    const principal = st.Principal;
    return {
      effect: st.Effect,
      actions: asList(st.Action),
      notActions: asList(st.NotAction),
      resources: asList(st.Resource),
      notResources: asList(st.NotResource),
      principals: flattenPrincipal(principal),
      principal,
      hasPrincipal: principal !== undefined,
      notPrincipals: flattenPrincipal(st.NotPrincipal),
      condition: st.Condition,
    };
  });
}

function flattenPrincipal(principal: unknown): unknown[] {
  if (principal === undefined) return [];
  if (principal === '*') return ['*'];
  if (principal && typeof principal === 'object' && !isUnknown(principal)) return Object.values(principal).flatMap(asList);
  return [principal];
}

export function asList(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

const PATTERNS = new Map<string, RegExp>();

/** An IAM-style pattern (`*` and `?` wildcards, case-insensitive) as a regular expression, compiled once. */
export function wildcard(pattern: string): RegExp {
  let re = PATTERNS.get(pattern);
  if (!re) {
    re = new RegExp(
      '^' +
        pattern
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.') +
        '$',
      'i',
    );
    PATTERNS.set(pattern, re);
  }
  return re;
}

/** Whether an IAM action pattern matches an action, case-insensitively, with `*` and `?` wildcards. */
export function actionMatches(pattern: unknown, action: string): boolean {
  return typeof pattern === 'string' && wildcard(pattern).test(action);
}

/** Whether a principal value opens a statement to everyone (`*`, or `{"AWS": "*"}`). */
export function isEveryone(principals: unknown[]): boolean {
  return principals.some((p) => p === '*');
}

/** Condition keys a statement uses, lower-cased (`aws:securetransport`, `aws:sourcearn` …). */
export function conditionKeys(condition: unknown): string[] {
  if (!condition || typeof condition !== 'object' || isUnknown(condition)) return [];
  return Object.values(condition as Record<string, unknown>).flatMap((block) =>
    block && typeof block === 'object' ? Object.keys(block).map((k) => k.toLowerCase()) : [],
  );
}

/**
 * Whether one of the resource policies denies `action` to everyone when
 * aws:SecureTransport is false: the TLS-only statement CDK writes for enforceSSL
 * (S3 buckets, SNS topics, SQS queues). Unknown when a policy that might contain
 * it cannot be read; other statements, and unknowns in them, do not matter.
 */
export function deniesInsecureTransport(policies: readonly unknown[], action: string): boolean | Unknown {
  let undecided: Unknown | undefined;
  for (const policy of policies) {
    const statements = statementsOf(policy);
    if (isUnknown(statements)) {
      undecided ??= statements;
      continue;
    }
    for (const s of statements) {
      if (s.effect !== 'Deny') continue;
      const parts = [insecureCondition(s.condition), everyone(s.principals), covers(s.actions, action)];
      if (parts.includes(false)) continue;
      const unknownPart = parts.find(isUnknown);
      if (unknownPart) undecided ??= unknownPart;
      else return true;
    }
  }
  return undecided ?? false;
}

/** A Bool/BoolIfExists condition on aws:SecureTransport = false. */
function insecureCondition(condition: unknown): boolean | Unknown {
  if (isUnknown(condition)) return condition;
  if (!condition || typeof condition !== 'object') return false;
  for (const [operator, block] of Object.entries(condition as Record<string, unknown>)) {
    if (!/^Bool(IfExists)?$/i.test(operator) || !block || typeof block !== 'object') continue;
    for (const [key, value] of Object.entries(block as Record<string, unknown>)) {
      if (key.toLowerCase() !== 'aws:securetransport') continue;
      if (isUnknown(value)) return value;
      const values = Array.isArray(value) ? value : [value];
      if (values.some((v) => String(v).toLowerCase() === 'false')) return true;
    }
  }
  return false;
}

function everyone(principals: unknown[]): boolean | Unknown {
  if (isEveryone(principals)) return true;
  return principals.find(isUnknown) ?? false;
}

function covers(actions: unknown[], action: string): boolean | Unknown {
  if (actions.some((a) => actionMatches(a, action))) return true;
  return actions.find(isUnknown) ?? false;
}
