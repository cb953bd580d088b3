import { ConfigItem } from '../engine/config-item';
import { RawResource, Template } from '../engine/model';
import { GLOBAL_TYPES } from '../sources/config/recording';

/** A resource a checked template declares. */
export interface DeclaredResource {
  readonly template: Template;
  readonly logicalId: string;
  readonly raw: RawResource;
}

export const STACK_NAME_TAG = 'aws:cloudformation:stack-name';
export const LOGICAL_ID_TAG = 'aws:cloudformation:logical-id';
export const STACK_ID_TAG = 'aws:cloudformation:stack-id';

/** The stack and logical id CloudFormation tagged an item with; the stack id names the stack when its name tag is missing. */
export function cloudFormationTags(item: ConfigItem): { stack?: string; logicalId?: string } {
  const stackId = item.tags[STACK_ID_TAG];
  // arn:aws:cloudformation:<region>:<account>:stack/<name>/<uuid>
  const fromId = stackId ? /:stack\/([^/]+)\//.exec(stackId)?.[1] : undefined;
  return { stack: item.tags[STACK_NAME_TAG] ?? fromId, logicalId: item.tags[LOGICAL_ID_TAG] };
}

/**
 * The type AWS Config records a declared resource as: CloudFormation's managed
 * policy is Config's AWS::IAM::Policy, while CloudFormation's AWS::IAM::Policy
 * is an inline policy, which Config does not record as an item of its own.
 */
export function recordedType(cfnType: string): string | undefined {
  if (cfnType === 'AWS::IAM::ManagedPolicy') return 'AWS::IAM::Policy';
  if (cfnType === 'AWS::IAM::Policy') return undefined;
  return cfnType;
}

/** Whether Config records an item once per account (IAM's types), under the region `global`. */
export function isGlobal(item: ConfigItem): boolean {
  return GLOBAL_TYPES.has(item.resourceType) || item.awsRegion === 'global';
}

/** The region of the stack that created an item, from its stack-id tag: `arn:aws:cloudformation:<region>:…`. */
function stackRegion(item: ConfigItem): string | undefined {
  return item.tags[STACK_ID_TAG]?.split(':')[3] || undefined;
}

export function declaredKey(template: Template, logicalId: string): string {
  return `${template.file}\u0000${template.stack}\u0000${logicalId}`;
}

/**
 * The checked stacks by the names CloudFormation knows them by. A CDK stack in
 * a stage is displayed `Stage/Web` and deployed as `Stage-Web`, so both answer.
 * A template bound to an account and region matches only items there.
 */
export class DeclaredStacks {
  private readonly byStack = new Map<string, Template[]>();
  private readonly byName = new Map<string, DeclaredResource[]>();
  /** Resources the template leaves unnamed, by deployed stack name and recorded type: CloudFormation generates their names. */
  private readonly unnamed = new Map<string, DeclaredResource[]>();
  /** Stacks that have nested stacks: CloudFormation names those `<parent>-<id>-<suffix>`. */
  private readonly parents: string[] = [];
  readonly resources: DeclaredResource[] = [];

  constructor(readonly templates: readonly Template[]) {
    for (const template of templates) {
      if (template.parent !== undefined) {
        if (!this.parents.includes(template.parent)) this.parents.push(template.parent);
        continue;
      }
      for (const name of new Set([template.stack, template.stack.replace(/\//g, '-')])) {
        this.byStack.set(name, [...(this.byStack.get(name) ?? []), template]);
      }
      for (const [logicalId, raw] of Object.entries(template.body.Resources ?? {})) {
        if (!raw || typeof raw !== 'object') continue;
        const resource = { template, logicalId, raw };
        this.resources.push(resource);
        const type = recordedType(raw.Type);
        if (type === undefined) continue;
        const names = physicalNames(raw);
        for (const name of names) push(this.byName, `${type}\u0000${name}`, resource);
        if (!names.length) push(this.unnamed, `${type}\u0000${template.stack.replace(/\//g, '-')}`, resource);
      }
    }
  }

  /** The checked templates deployed as this stack in this account-region. */
  stack(name: string, item: ConfigItem): Template[] {
    return (this.byStack.get(name) ?? []).filter((t) => deploysTo(t, item));
  }

  /** Whether a stack name is that of a nested stack of a checked stack. */
  isNested(name: string): boolean {
    return this.parents.some((p) => name.startsWith(`${p.replace(/\//g, '-')}-`));
  }

  /**
   * Declared resources of the item's type whose template gives it the item's
   * name or id (a physical id fallback); else the one unnamed resource whose
   * name CloudFormation generated as the item's: `<stack>-<logical id>-<suffix>`.
   */
  byPhysicalName(item: ConfigItem): DeclaredResource[] {
    const found = new Set<DeclaredResource>();
    for (const name of [item.resourceName, item.resourceId]) {
      if (!name) continue;
      for (const r of this.byName.get(`${item.resourceType}\u0000${name}`) ?? []) if (deploysTo(r.template, item)) found.add(r);
    }
    return found.size ? [...found] : this.byGeneratedName(item);
  }

  /**
   * CloudFormation names an unnamed resource `<stack>-<logical id>-<12 or 13
   * letters and digits>`, cutting the logical id short where the name would be
   * too long. A logical id has no hyphen, so the stack is what precedes the
   * last two hyphens; a cut logical id must still name one resource alone.
   */
  private byGeneratedName(item: ConfigItem): DeclaredResource[] {
    const parts = /^(.+)-([A-Za-z0-9]+)-[A-Za-z0-9]{12,13}$/.exec(item.resourceName ?? item.resourceId);
    if (!parts) return [];
    const [, stack, logicalId] = parts;
    const found = (this.unnamed.get(`${item.resourceType}\u0000${stack}`) ?? []).filter(
      (r) => r.logicalId.startsWith(logicalId) && deploysTo(r.template, item),
    );
    return found.length === 1 ? found : [];
  }
}

/**
 * Whether a template bound to an account and region deploys an item. A global
 * (IAM) item is recorded once for its account: it is in the template's region
 * unless its stack-id tag names the stack's region and that is another.
 */
export function deploysTo(template: Template, item: ConfigItem): boolean {
  if (template.account !== undefined && template.account !== item.accountId) return false;
  if (template.region === undefined) return true;
  const region = isGlobal(item) ? stackRegion(item) : item.awsRegion;
  return region === undefined || region === template.region;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

/**
 * Names a template gives a resource literally: a top-level property whose key
 * ends in `Name` (BucketName, FunctionName, GroupName, RepositoryName …). It is
 * how a resource without CloudFormation tags can still be recognised.
 */
function physicalNames(raw: RawResource): string[] {
  const out: string[] = [];
  const properties = raw.Properties ?? {};
  for (const [key, value] of Object.entries(properties)) {
    if (/Name$/.test(key) && typeof value === 'string' && value) out.push(value);
  }
  const nested = NESTED_NAMES[raw.Type];
  const value = nested && (properties[nested[0]] as Record<string, unknown> | undefined)?.[nested[1]];
  if (typeof value === 'string' && value) out.push(value);
  return out;
}

/** Names a template gives one level down, which Config records as the resource name. */
const NESTED_NAMES: Record<string, [string, string]> = {
  'AWS::Backup::BackupSelection': ['BackupSelection', 'SelectionName'],
};
