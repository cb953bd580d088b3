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
  readonly hasPrincipal: boolean;
  /** NotPrincipal values flattened; a statement with NotPrincipal applies to everyone else. */
  readonly notPrincipals: unknown[];
  readonly condition: unknown;
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

/** Whether an IAM action pattern matches an action, case-insensitively, with `*` and `?` wildcards. */
const PATTERNS = new Map<string, RegExp>();

export function actionMatches(pattern: unknown, action: string): boolean {
  if (typeof pattern !== 'string') return false;
  let re = PATTERNS.get(pattern);
  if (!re) {
    re = new RegExp('^' + pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$', 'i');
    PATTERNS.set(pattern, re);
  }
  return re.test(action);
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
