import { CaseValue, CaseVariable, Cases } from './cases';
import { Template, TemplateBody } from './model';
import { Unknown, isUnknown } from './unknown';

/** A Ref to another resource: a relation, not a value. `template` is set when the resource is in another stack of the run. */
export class ResourceRef {
  constructor(
    public readonly ref: string,
    public readonly template?: Template,
  ) {}
}

/** An Fn::GetAtt of another resource (in another stack of the run when `template` is set). */
export class AttributeRef {
  constructor(
    public readonly ref: string,
    public readonly attr: string,
    public readonly template?: Template,
  ) {}
}

/** Looks up a stack export by name among the templates of the run; undefined when none exports it. */
export type ExportLookup = (name: string) => unknown | undefined;

/** A string built from parts, some of them unknown (Fn::Sub, Fn::Join): kept so rules can read the literal parts. */
export class PartialString extends Unknown {
  constructor(
    reason: string,
    /** The string with every unresolved part shown as `${…}`. */
    public readonly text: string,
    /** Logical ids the string refers to. */
    public readonly refs: readonly string[],
  ) {
    super(reason);
  }
}

export function refTarget(value: unknown): string | undefined {
  return value instanceof ResourceRef || value instanceof AttributeRef ? value.ref : undefined;
}

const NO_VALUE = Symbol('AWS::NoValue');

export interface ResolveOptions {
  /** Treat a parameter's Default as its value (off by default: a parameter can be anything at deploy time). */
  readonly parameterDefaults?: boolean;
}

/**
 * Resolves CloudFormation intrinsics against one template, as far as the template
 * alone allows. What cannot be known becomes an Unknown carrying the reason.
 */
export class Resolver {
  /** Each condition as the template alone decides it, with the case variables it depends on. */
  private readonly conditionCache = new Map<string, { value: boolean | Unknown; vars: CaseVariable[] }>();
  private readonly computing = new Set<string>();
  /** Set by the run, so that Fn::ImportValue can read another checked stack's export. */
  imports?: ExportLookup;

  constructor(
    private readonly template: Template,
    private readonly options: ResolveOptions = {},
    /** Shared by every resolver of a run: the case assumptions in force. */
    readonly cases: Cases = new Cases(),
  ) {}

  /** Resolves a value deeply. AWS::NoValue removes the property or list item. */
  resolve(value: unknown): unknown {
    const v = this.value(value, 0);
    return v === NO_VALUE ? undefined : v;
  }

  /**
   * The value a stack exports under a name, resolved in this template; relations in it are
   * marked with this template so that the importing stack can follow them here.
   */
  exportValue(name: string): unknown | undefined {
    for (const output of Object.values(this.template.body.Outputs ?? {})) {
      const o = output as { Value?: unknown; Export?: { Name?: unknown } };
      if (o?.Export === undefined || this.value(o.Export.Name, 0) !== name) continue;
      return this.foreign(this.resolve(o.Value));
    }
    return undefined;
  }

  private foreign(value: unknown): unknown {
    if (value instanceof ResourceRef && !value.template) return new ResourceRef(value.ref, this.template);
    if (value instanceof AttributeRef && !value.template) return new AttributeRef(value.ref, value.attr, this.template);
    return value;
  }

  /**
   * Whether a named condition holds: true, false, or Unknown when it depends on deploy-time
   * input. An undecidable condition is a case variable, unless it is undecidable only through
   * other variables (a parameter with allowed values, another condition), which are then met instead.
   */
  condition(name: string): boolean | Unknown {
    const key = this.caseKey('condition', name);
    const assumed = this.cases.valueOf(key);
    if (assumed !== undefined) return assumed === true;
    const base = this.baseCondition(name);
    if (!isUnknown(base.value)) return base.value;
    if (base.vars.length === 0) {
      this.cases.touch({ key, label: name, stack: this.template.stack, domain: [true, false] });
      return base.value;
    }
    if (!this.cases.active) {
      for (const v of base.vars) this.cases.touch(v);
      return base.value;
    }
    // Under assumptions the variables it depends on may be fixed: decide it afresh.
    if (this.computing.has(name)) return new Unknown(`condition ${name} refers to itself`);
    this.computing.add(name);
    try {
      const def = this.template.body.Conditions?.[name];
      return def === undefined ? new Unknown(`condition ${name} is not defined`) : this.conditionValue(def, 0);
    } finally {
      this.computing.delete(name);
    }
  }

  private baseCondition(name: string): { value: boolean | Unknown; vars: CaseVariable[] } {
    const cached = this.conditionCache.get(name);
    if (cached) return cached;
    const selfReference = { value: new Unknown(`condition ${name} refers to itself`), vars: [] };
    this.conditionCache.set(name, selfReference);
    const def = this.template.body.Conditions?.[name];
    const mark = this.cases.mark();
    const value = this.cases.under(NO_ASSUMPTIONS, () =>
      def === undefined ? new Unknown(`condition ${name} is not defined`) : this.conditionValue(def, 0),
    );
    const vars = isUnknown(value) ? this.cases.since(mark) : [];
    this.cases.reset(mark);
    const result = { value, vars };
    this.conditionCache.set(name, result);
    return result;
  }

  /** The case key of one of this template's conditions. */
  conditionKey(name: string): string {
    return this.caseKey('condition', name);
  }

  private caseKey(kind: string, name: string): string {
    return `${this.template.stack}\u0000${this.template.file}\u0000${kind}\u0000${name}`;
  }

  private conditionValue(def: unknown, depth: number): boolean | Unknown {
    const v = this.value(def, depth + 1);
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === 'false') return v === 'true';
    return isUnknown(v) ? v : new Unknown('condition is not a boolean');
  }

  private value(value: unknown, depth: number): unknown {
    if (depth > 64) return new Unknown('intrinsics nested too deeply');
    if (value === null || typeof value !== 'object') return value;
    // Literal subtrees are returned as they are, not copied: most of a template has no
    // intrinsics, and copying it would double the garbage of a run.
    if (Array.isArray(value)) {
      let out: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const v = this.value(value[i], depth + 1);
        if (out) {
          if (v !== NO_VALUE) out.push(v);
        } else if (v !== value[i]) {
          out = value.slice(0, i);
          if (v !== NO_VALUE) out.push(v);
        }
      }
      return out ?? value;
    }
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (keys.length === 1) {
      const key = keys[0];
      if (key === 'Ref' || key.startsWith('Fn::') || key === 'Condition') return this.intrinsic(key, obj[key], depth);
    }
    let out: Record<string, unknown> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const v = this.value(obj[key], depth + 1);
      if (out) {
        if (v !== NO_VALUE) out[key] = v;
      } else if (v !== obj[key]) {
        out = {};
        for (let j = 0; j < i; j++) out[keys[j]] = obj[keys[j]];
        if (v !== NO_VALUE) out[key] = v;
      }
    }
    return out ?? value;
  }

  private intrinsic(fn: string, arg: unknown, depth: number): unknown {
    switch (fn) {
      case 'Ref':
        return this.ref(arg);
      case 'Fn::GetAtt':
        return this.getAtt(arg);
      case 'Condition':
        return typeof arg === 'string' ? this.condition(arg) : new Unknown('Condition takes a name');
      case 'Fn::If':
        return this.fnIf(arg, depth);
      case 'Fn::Equals':
        return this.fnEquals(arg, depth);
      case 'Fn::Not': {
        const list = Array.isArray(arg) ? arg : [arg];
        const c = this.conditionValue(list[0], depth);
        return isUnknown(c) ? c : !c;
      }
      case 'Fn::And':
      case 'Fn::Or':
        return this.fnAndOr(fn === 'Fn::And', arg, depth);
      case 'Fn::Join':
        return this.fnJoin(arg, depth);
      case 'Fn::Sub':
        return this.fnSub(arg, depth);
      case 'Fn::Select':
        return this.fnSelect(arg, depth);
      case 'Fn::FindInMap':
        return this.fnFindInMap(arg, depth);
      case 'Fn::Split': {
        if (!Array.isArray(arg) || arg.length !== 2) return new Unknown('Fn::Split takes [delimiter, string]');
        const [d, s] = [this.value(arg[0], depth + 1), this.value(arg[1], depth + 1)];
        if (typeof d === 'string' && typeof s === 'string') return s.split(d);
        return new Unknown('Fn::Split of a value not known until deployment');
      }
      case 'Fn::Base64':
        return this.value(arg, depth + 1);
      case 'Fn::ToJsonString': {
        const v = this.value(arg, depth + 1);
        return containsOpaque(v) ? new Unknown('Fn::ToJsonString of a value not known until deployment') : JSON.stringify(v);
      }
      case 'Fn::Length': {
        const v = this.value(arg, depth + 1);
        return Array.isArray(v) ? v.length : new Unknown('Fn::Length of a value not known until deployment');
      }
      case 'Fn::GetAZs':
        return new Unknown('Fn::GetAZs depends on the account and region');
      case 'Fn::ImportValue': {
        const name = this.value(arg, depth + 1);
        const exported = typeof name === 'string' ? this.imports?.(name) : undefined;
        if (exported !== undefined) return exported;
        return new Unknown(
          typeof name === 'string'
            ? `Fn::ImportValue of ${name}, which no checked stack exports`
            : 'Fn::ImportValue reads another stack’s output at deployment',
        );
      }
      case 'Fn::Cidr':
        return new Unknown('Fn::Cidr is computed at deployment');
      default:
        return new Unknown(`${fn} is not evaluated`);
    }
  }

  private ref(name: unknown): unknown {
    if (typeof name !== 'string') return new Unknown('Ref takes a name');
    if (name.startsWith('AWS::')) return this.pseudo(name);
    if (this.template.body.Resources[name] !== undefined) return new ResourceRef(name);
    const param = this.template.body.Parameters?.[name];
    if (param !== undefined) {
      if (this.options.parameterDefaults && param.Default !== undefined) return param.Default;
      const domain = allowedValues(param);
      if (domain) {
        const key = this.caseKey('parameter', name);
        const assumed = this.cases.valueOf(key);
        if (assumed !== undefined) return assumed;
        this.cases.touch({ key, label: `parameter ${name}`, stack: this.template.stack, domain });
      }
      return new ParameterValue(name, param);
    }
    return new Unknown(`Ref to ${name}, which the template does not define`);
  }

  private pseudo(name: string): unknown {
    const { region, account } = this.template;
    switch (name) {
      case 'AWS::NoValue':
        return NO_VALUE;
      case 'AWS::Region':
        return region ?? new Unknown('the stack’s region is not known until deployment');
      case 'AWS::AccountId':
        return account ?? new Unknown('the stack’s account is not known until deployment');
      case 'AWS::Partition':
        return region ? partitionOf(region) : new Unknown('the partition is not known until deployment');
      case 'AWS::URLSuffix':
        return region
          ? region.startsWith('cn-')
            ? 'amazonaws.com.cn'
            : 'amazonaws.com'
          : new Unknown('the URL suffix is not known until deployment');
      default:
        return new Unknown(`${name} is not known until deployment`);
    }
  }

  private getAtt(arg: unknown): unknown {
    const [ref, attr] = typeof arg === 'string' ? splitOnce(arg, '.') : Array.isArray(arg) ? arg : [];
    if (typeof ref !== 'string' || typeof attr !== 'string') return new Unknown('Fn::GetAtt takes [resource, attribute]');
    if (this.template.body.Resources[ref] === undefined)
      return new Unknown(`Fn::GetAtt of ${ref}, which the template does not define`);
    return new AttributeRef(ref, attr);
  }

  private fnIf(arg: unknown, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') {
      return new Unknown('Fn::If takes [condition, then, else]');
    }
    const c = this.condition(arg[0]);
    if (!isUnknown(c)) return this.value(c ? arg[1] : arg[2], depth + 1);
    // Undecidable condition: still known when both branches give the same value.
    const [a, b] = [this.value(arg[1], depth + 1), this.value(arg[2], depth + 1)];
    if (!containsOpaque(a) && sameValue(a, b)) return a;
    return new Unknown(`Fn::If on ${arg[0]}: ${c.reason}`);
  }

  private fnEquals(arg: unknown, depth: number): boolean | Unknown {
    if (!Array.isArray(arg) || arg.length !== 2) return new Unknown('Fn::Equals takes two values');
    const a = this.value(arg[0], depth + 1);
    const b = this.value(arg[1], depth + 1);
    if (containsOpaque(a) || containsOpaque(b)) {
      const u = [a, b].find(isUnknown);
      return u ?? new Unknown('Fn::Equals compares values not known until deployment');
    }
    return JSON.stringify(a) === JSON.stringify(b) || String(a) === String(b);
  }

  private fnAndOr(isAnd: boolean, arg: unknown, depth: number): boolean | Unknown {
    if (!Array.isArray(arg)) return new Unknown('Fn::And/Fn::Or take a list');
    let unknownSeen: Unknown | undefined;
    for (const item of arg) {
      const c = this.conditionValue(item, depth);
      if (isUnknown(c)) unknownSeen ??= c;
      else if (c !== isAnd) return c; // short-circuit: one false decides And, one true decides Or
    }
    return unknownSeen ?? isAnd;
  }

  private fnJoin(arg: unknown, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length !== 2) return new Unknown('Fn::Join takes [delimiter, list]');
    const delimiter = this.value(arg[0], depth + 1);
    const list = this.value(arg[1], depth + 1);
    if (typeof delimiter !== 'string' || !Array.isArray(list)) {
      return new Unknown('Fn::Join of a list not known until deployment');
    }
    return concat(list, delimiter, 'Fn::Join');
  }

  private fnSub(arg: unknown, depth: number): unknown {
    const [pattern, vars] = Array.isArray(arg) ? arg : [arg, {}];
    if (typeof pattern !== 'string') return new Unknown('Fn::Sub takes a string');
    const variables = (vars && typeof vars === 'object' ? vars : {}) as Record<string, unknown>;
    const parts: unknown[] = [];
    let last = 0;
    const re = /\$\{([^}]*)\}/g;
    for (let m = re.exec(pattern); m; m = re.exec(pattern)) {
      parts.push(pattern.slice(last, m.index));
      last = m.index + m[0].length;
      const name = m[1].trim();
      if (name.startsWith('!')) {
        parts.push('${' + name.slice(1) + '}');
      } else if (name in variables) {
        parts.push(this.value(variables[name], depth + 1));
      } else if (name.includes('.')) {
        parts.push(this.getAtt(name));
      } else {
        parts.push(this.ref(name));
      }
    }
    parts.push(pattern.slice(last));
    return concat(parts, '', 'Fn::Sub');
  }

  private fnSelect(arg: unknown, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length !== 2) return new Unknown('Fn::Select takes [index, list]');
    const index = Number(this.value(arg[0], depth + 1));
    const list = this.value(arg[1], depth + 1);
    if (!Array.isArray(list) || !Number.isInteger(index)) return new Unknown('Fn::Select from a list not known until deployment');
    return index >= 0 && index < list.length ? list[index] : new Unknown('Fn::Select index out of range');
  }

  private fnFindInMap(arg: unknown, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length < 3) return new Unknown('Fn::FindInMap takes [map, key, key]');
    const [map, top, second] = arg.slice(0, 3).map((a) => this.value(a, depth + 1));
    if (typeof map !== 'string' || typeof top !== 'string' || typeof second !== 'string') {
      return new Unknown('Fn::FindInMap with keys not known until deployment');
    }
    const found = this.template.body.Mappings?.[map]?.[top]?.[second];
    if (found !== undefined) return this.value(found, depth + 1);
    const fallback = arg[3] as { DefaultValue?: unknown } | undefined;
    if (fallback && typeof fallback === 'object' && 'DefaultValue' in fallback)
      return this.value(fallback.DefaultValue, depth + 1);
    return new Unknown(`mapping ${map} has no ${top}.${second}`);
  }
}

/** A parameter's value, unknown until deployment; its declaration says what it may be. */
export class ParameterValue extends Unknown {
  constructor(
    readonly name: string,
    readonly declaration: ParameterDeclaration,
  ) {
    super(`parameter ${name} has no value until deployment`);
  }

  /** Whether every value the declaration allows is a non-empty string. */
  get nonEmpty(): boolean {
    const d = this.declaration;
    if (Array.isArray(d.AllowedValues) && d.AllowedValues.length > 0) return d.AllowedValues.every((v) => String(v) !== '');
    if (typeof d.Type === 'string' && /^(AWS::|List<AWS::)/.test(d.Type)) return true;
    return Number(d.MinLength ?? 0) >= 1;
  }
}

export type ParameterDeclaration = NonNullable<TemplateBody['Parameters']>[string];

/** The values a parameter may take, when it names them and they are few enough to try each. */
function allowedValues(param: ParameterDeclaration): string[] | undefined {
  const values = param.AllowedValues;
  if (!Array.isArray(values) || values.length === 0 || values.length > 8) return undefined;
  if (!values.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) return undefined;
  return [...new Set(values.map(String))];
}

const NO_ASSUMPTIONS: ReadonlyMap<string, CaseValue> = new Map();

function concat(parts: unknown[], delimiter: string, fn: string): unknown {
  if (parts.every((p) => typeof p === 'string' || typeof p === 'number' || typeof p === 'boolean')) {
    return parts.join(delimiter);
  }
  const refs: string[] = [];
  const text = parts
    .map((p) => {
      if (typeof p === 'string' || typeof p === 'number' || typeof p === 'boolean') return String(p);
      const target = refTarget(p);
      if (target) refs.push(target);
      if (p instanceof PartialString) {
        refs.push(...p.refs);
        return p.text;
      }
      return '${' + (target ?? '?') + '}';
    })
    .join(delimiter);
  return new PartialString(`${fn} includes values not known until deployment`, text, refs);
}

/** True when a value is or contains something not known before deployment. */
export function containsOpaque(value: unknown, depth = 0): boolean {
  if (value instanceof Unknown || value instanceof ResourceRef || value instanceof AttributeRef) return true;
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  return (Array.isArray(value) ? value : Object.values(value)).some((v) => containsOpaque(v, depth + 1));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === NO_VALUE || b === NO_VALUE) return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

function splitOnce(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}
