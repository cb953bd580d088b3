import { CaseVariable, Cases } from './cases';
import { AttributeRef, ParameterValue, PartialString, ResolveOptions, Resolver, ResourceRef } from './intrinsics';
import { RawResource, Template } from './model';
import { Unknown, isUnknown } from './unknown';

/** The type of the pseudo-resource that stands for a whole stack. */
export const STACK_TYPE = 'Palisade::Stack';
export const STACK_LOGICAL_ID = '(stack)';
/** The type of the pseudo-resource that stands for an account and region, as AWS Config names it. */
export const ACCOUNT_TYPE = 'AWS::::Account';
export const ACCOUNT_LOGICAL_ID = '(account)';

/**
 * A resource of a loaded template. Each top-level property is resolved on first use
 * and kept with the case variables it met, so that a later reader meets them too;
 * under case assumptions it is resolved afresh.
 */
export class TemplateResource {
  private readonly base = new Map<string, { value: unknown; vars: CaseVariable[] }>();
  private caseGeneration = -1;
  private readonly underCase = new Map<string, unknown>();

  constructor(
    public readonly logicalId: string,
    public readonly raw: RawResource,
    public readonly template: Template,
    private readonly resolver: Resolver,
  ) {}

  get type(): string {
    return this.raw.Type;
  }

  /** Properties with every intrinsic the template can decide resolved; the rest are Unknown. */
  get properties(): Record<string, unknown> {
    const raw = this.raw.Properties;
    if (raw === undefined || raw === null) return {};
    if (typeof raw !== 'object' || Array.isArray(raw) || isIntrinsic(raw)) return { '*': this.property('*') };
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(raw)) {
      const v = this.property(key);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }

  /**
   * The resolved value at a dotted path (`VersioningConfiguration.Status`, `Listeners.0.Protocol`):
   * undefined when absent, an Unknown when a step on the way is not known before deployment.
   */
  get(path: string): unknown {
    const raw = this.raw.Properties;
    if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw) || isIntrinsic(raw))) {
      return valueAt(this.properties, path);
    }
    const dot = path.indexOf('.');
    const head = this.property(dot < 0 ? path : path.slice(0, dot));
    return dot < 0 ? head : valueAt(head, path.slice(dot + 1));
  }

  private property(key: string): unknown {
    const raw = key === '*' ? this.raw.Properties : (this.raw.Properties as Record<string, unknown> | undefined)?.[key];
    if (raw === undefined) return undefined;
    const cases = this.resolver.cases;
    if (cases.active) {
      if (this.caseGeneration !== cases.generation) {
        this.underCase.clear();
        this.caseGeneration = cases.generation;
      }
      if (!this.underCase.has(key)) this.underCase.set(key, this.resolver.resolve(raw));
      return this.underCase.get(key);
    }
    let entry = this.base.get(key);
    if (entry) {
      for (const v of entry.vars) cases.touch(v);
    } else {
      const mark = cases.mark();
      const value = this.resolver.resolve(raw);
      entry = { value, vars: cases.since(mark) };
      this.base.set(key, entry);
    }
    return entry.value;
  }

  get metadata(): Record<string, unknown> {
    return (this.raw.Metadata ?? {}) as Record<string, unknown>;
  }

  get line(): number | undefined {
    return this.template.lines.get(this.logicalId);
  }

  get constructPath(): string | undefined {
    const own = this.template.constructPaths.get(this.logicalId);
    if (own !== undefined) return own;
    return this.logicalId === STACK_LOGICAL_ID || this.logicalId === ACCOUNT_LOGICAL_ID ? this.template.constructPath : undefined;
  }
}

const PATHS = new Map<string, string[]>();

export function valueAt(root: unknown, path: string): unknown {
  let steps = PATHS.get(path);
  if (!steps) PATHS.set(path, (steps = path.split('.')));
  let current: unknown = root;
  for (const step of steps) {
    if (current === undefined || current === null) return undefined;
    // Below an unknown value only its reason is known: a part of a string or a parameter is not that string or parameter.
    if (isUnknown(current))
      return current instanceof PartialString || current instanceof ParameterValue ? new Unknown(current.reason) : current;
    if (typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}

export interface Reference {
  readonly from: TemplateResource;
  /** Top-level property that holds the reference. */
  readonly property: string;
}

/**
 * One index per template, built once: resources by logical id and type, and who
 * references whom, so relation rules stay linear in the number of resources.
 */
export class TemplateIndex {
  readonly resources: TemplateResource[] = [];
  readonly resolver: Resolver;
  private readonly byLogicalId = new Map<string, TemplateResource>();
  private readonly byType = new Map<string, TemplateResource[]>();
  private referencesTo?: Map<string, Reference[]>;
  private readonly literalMaps = new Map<string, Map<string, TemplateResource[]>>();
  /** The stack itself, as a resource of type `Palisade::Stack`, for rules about the whole stack (region, tags). */
  readonly stackResource: TemplateResource;
  /** The account and region, as a resource of type `AWS::::Account`, on the one template of each environment that reports account-wide checks. */
  accountResource?: TemplateResource;

  constructor(
    public readonly template: Template,
    options: ResolveOptions = {},
    cases?: Cases,
  ) {
    this.resolver = new Resolver(template, options, cases);
    const stackRaw = {
      Type: STACK_TYPE,
      Properties: {
        Region: template.region,
        Account: template.account,
        Tags: template.tags,
        Nested: template.parent !== undefined,
      },
    };
    this.stackResource = new TemplateResource(STACK_LOGICAL_ID, stackRaw, template, this.resolver);
    for (const [id, raw] of Object.entries(template.body.Resources)) {
      const r = new TemplateResource(id, raw, template, this.resolver);
      this.resources.push(r);
      this.byLogicalId.set(id, r);
      const list = this.byType.get(raw.Type);
      if (list) list.push(r);
      else this.byType.set(raw.Type, [r]);
    }
  }

  /** Makes this template the one that reports the account-wide checks of its environment. */
  reportAccount(): TemplateResource {
    const raw = { Type: ACCOUNT_TYPE, Properties: { Account: this.template.account, Region: this.template.region } };
    this.accountResource ??= new TemplateResource(ACCOUNT_LOGICAL_ID, raw, this.template, this.resolver);
    return this.accountResource;
  }

  get(logicalId: string): TemplateResource | undefined {
    return this.byLogicalId.get(logicalId);
  }

  ofType(type: string): readonly TemplateResource[] {
    return this.byType.get(type) ?? [];
  }

  /** The resource a resolved value points at (Ref or GetAtt), if it is in this template. */
  target(value: unknown): TemplateResource | undefined {
    if (!(value instanceof ResourceRef || value instanceof AttributeRef)) return undefined;
    if (value.template && value.template !== this.template) return this.otherStack?.(value.template)?.get(value.ref);
    return this.byLogicalId.get(value.ref);
  }

  /** Set by the run: the index of another checked stack, for relations that cross stacks through exports. */
  otherStack?: (template: Template) => TemplateIndex | undefined;
  /** Set by the run: resources of other stacks that import a value exported from `to`. */
  importers?: (to: TemplateResource) => readonly Reference[];

  /** Resources of a type that reference `to`, optionally only through one top-level property. */
  referrers(to: TemplateResource, type: string, property?: string): TemplateResource[] {
    const local = this.references().get(to.logicalId) ?? [];
    const imported = this.importers?.(to) ?? [];
    const refs = imported.length ? [...local, ...imported] : local;
    const out: TemplateResource[] = [];
    for (const ref of refs) {
      if (ref.from.type !== type || (property !== undefined && ref.property !== property) || out.includes(ref.from)) continue;
      // A referrer counts only where it exists and its property, as resolved, still names the resource:
      // an Fn::If may choose another target, and a Condition may remove the referrer.
      if (this.existsAnywhere(ref.from) === false || mentions(ref.from.get(ref.property), to, ref.from.template) === false)
        continue;
      out.push(ref.from);
    }
    return out;
  }

  /**
   * Resources of a type whose top-level property has, or lists, a literal value: the bucket
   * policies whose Bucket is "logs", the policies whose Roles list "deployer". One map per
   * (type, property), built on first use.
   */
  withLiteral(type: string, property: string, value: string): readonly TemplateResource[] {
    const key = `${type}|${property}`;
    let map = this.literalMaps.get(key);
    if (!map) {
      map = new Map();
      for (const r of this.ofType(type)) {
        const v = r.get(property);
        // A list property (`Roles: [name, …]`) is looked up by each of its literal items.
        for (const item of Array.isArray(v) ? v : [v]) {
          if (typeof item === 'string') map.set(item, [...(map.get(item) ?? []), r]);
        }
      }
      this.literalMaps.set(key, map);
    }
    return map.get(value) ?? [];
  }

  /** Whether the resource exists at deployment: false when its Condition is false, Unknown when undecidable. */
  exists(r: TemplateResource): boolean | Unknown {
    if (r.raw.Condition === undefined) return true;
    // A condition is named in the resource's own template, which may be another stack of the run.
    if (r.template !== this.template)
      return this.otherStack?.(r.template)?.exists(r) ?? new Unknown(`condition ${r.raw.Condition} of another stack`);
    return this.resolver.condition(r.raw.Condition);
  }

  private existsAnywhere(r: TemplateResource): boolean | Unknown {
    return r.template === this.template ? this.exists(r) : (this.otherStack?.(r.template)?.exists(r) ?? true);
  }

  private references(): Map<string, Reference[]> {
    if (!this.referencesTo) {
      const map = new Map<string, Reference[]>();
      const ids: string[] = [];
      for (const from of this.resources) {
        const props = from.raw.Properties ?? {};
        for (const property in props) {
          ids.length = 0;
          for (const to of referencedIds(props[property], ids)) {
            const list = map.get(to);
            const ref = { from, property };
            if (list) list.push(ref);
            else map.set(to, [ref]);
          }
        }
      }
      this.referencesTo = map;
    }
    return this.referencesTo;
  }
}

/** Logical ids named by Ref, Fn::GetAtt and Fn::Sub anywhere inside a raw value. */
export function referencedIds(value: unknown, out: string[] = [], depth = 0): string[] {
  // Hot: walks every property of every template once; loops, not iterator helpers, to spare the GC.
  if (depth > 64 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) referencedIds(value[i], out, depth + 1);
    return out;
  }
  const obj = value as Record<string, unknown>;
  for (const key in obj) {
    const v = obj[key];
    if (key === 'Ref') {
      if (typeof v === 'string') out.push(v);
    } else if (key === 'Fn::GetAtt') {
      const first = Array.isArray(v) ? v[0] : typeof v === 'string' ? v.split('.')[0] : undefined;
      if (typeof first === 'string') out.push(first);
    } else if (key === 'Fn::Sub') {
      const pattern = Array.isArray(v) ? v[0] : v;
      if (typeof pattern === 'string' && pattern.includes('${')) {
        for (const m of pattern.matchAll(/\$\{([^!}][^}.]*)/g)) out.push(m[1].trim());
      }
      if (Array.isArray(v)) referencedIds(v[1], out, depth + 1);
    } else if (v !== null && typeof v === 'object') referencedIds(v, out, depth + 1);
  }
  return out;
}

/** Literal export names read by Fn::ImportValue anywhere inside a raw value. */
export function importedNames(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 64 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) importedNames(value[i], out, depth + 1);
    return out;
  }
  const obj = value as Record<string, unknown>;
  for (const key in obj) {
    const v = obj[key];
    if (key === 'Fn::ImportValue' && typeof v === 'string') out.push(v);
    else if (v !== null && typeof v === 'object') importedNames(v, out, depth + 1);
  }
  return out;
}

function isIntrinsic(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

/**
 * Whether a resolved value refers to a resource: true when it does, false when it
 * certainly does not, an Unknown when part of it is not known.
 */
export function mentions(value: unknown, to: TemplateResource, from: Template, depth = 0): boolean | Unknown {
  if (value instanceof ResourceRef || value instanceof AttributeRef) {
    return value.ref === to.logicalId && (value.template ?? from) === to.template;
  }
  if (value instanceof PartialString) return to.template === from && value.refs.includes(to.logicalId);
  if (isUnknown(value)) return value;
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  let open: Unknown | undefined;
  for (const v of Array.isArray(value) ? value : Object.values(value)) {
    const m = mentions(v, to, from, depth + 1);
    if (m === true) return true;
    if (isUnknown(m)) open ??= m;
  }
  return open ?? false;
}
