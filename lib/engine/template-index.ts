import { AttributeRef, ResolveOptions, Resolver, ResourceRef } from './intrinsics';
import { RawResource, Template } from './model';
import { Unknown, isUnknown } from './unknown';

/** The type of the pseudo-resource that stands for a whole stack. */
export const STACK_TYPE = 'Palisade::Stack';
export const STACK_LOGICAL_ID = '(stack)';

/** A resource of a loaded template, with its properties resolved on first use. */
export class TemplateResource {
  private resolved?: Record<string, unknown>;

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
    if (!this.resolved) {
      const p = this.resolver.resolve(this.raw.Properties ?? {});
      this.resolved =
        p !== null && typeof p === 'object' && !Array.isArray(p) && !isUnknown(p) ? (p as Record<string, unknown>) : { '*': p };
    }
    return this.resolved;
  }

  /**
   * The resolved value at a dotted path (`VersioningConfiguration.Status`, `Listeners.0.Protocol`):
   * undefined when absent, an Unknown when a step on the way is not known before deployment.
   */
  get(path: string): unknown {
    return valueAt(this.properties, path);
  }

  get metadata(): Record<string, unknown> {
    return (this.raw.Metadata ?? {}) as Record<string, unknown>;
  }

  get line(): number | undefined {
    return this.template.lines.get(this.logicalId);
  }

  get constructPath(): string | undefined {
    return this.template.constructPaths.get(this.logicalId);
  }
}

const PATHS = new Map<string, string[]>();

export function valueAt(root: unknown, path: string): unknown {
  let steps = PATHS.get(path);
  if (!steps) PATHS.set(path, (steps = path.split('.')));
  let current: unknown = root;
  for (const step of steps) {
    if (current === undefined || current === null) return undefined;
    if (isUnknown(current)) return current;
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

  constructor(
    public readonly template: Template,
    options: ResolveOptions = {},
  ) {
    this.resolver = new Resolver(template, options);
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
      if (ref.from.type === type && (property === undefined || ref.property === property) && !out.includes(ref.from)) {
        out.push(ref.from);
      }
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
