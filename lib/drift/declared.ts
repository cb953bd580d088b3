import { ConfigItem } from '../engine/config-item';
import { RawResource, Template } from '../engine/model';

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
        for (const name of physicalNames(raw)) {
          const key = `${raw.Type}\u0000${name}`;
          this.byName.set(key, [...(this.byName.get(key) ?? []), resource]);
        }
      }
    }
  }

  /** The checked templates deployed as this stack in this account-region. */
  stack(name: string, item: ConfigItem): Template[] {
    return (this.byStack.get(name) ?? []).filter((t) => deploysTo(t, item.accountId, item.awsRegion));
  }

  /** Whether a stack name is that of a nested stack of a checked stack. */
  isNested(name: string): boolean {
    return this.parents.some((p) => name.startsWith(`${p.replace(/\//g, '-')}-`));
  }

  /** Declared resources of the item's type whose template gives it the item's name or id (a physical id fallback). */
  byPhysicalName(item: ConfigItem): DeclaredResource[] {
    const found = new Set<DeclaredResource>();
    for (const name of [item.resourceName, item.resourceId]) {
      if (!name) continue;
      for (const r of this.byName.get(`${item.resourceType}\u0000${name}`) ?? []) {
        if (deploysTo(r.template, item.accountId, item.awsRegion)) found.add(r);
      }
    }
    return [...found];
  }
}

export function deploysTo(template: Template, account: string, region: string): boolean {
  return (
    (template.account === undefined || template.account === account) &&
    (template.region === undefined || template.region === region)
  );
}

/**
 * Names a template gives a resource literally: a top-level property whose key
 * ends in `Name` (BucketName, FunctionName, GroupName, RepositoryName …). It is
 * how a resource without CloudFormation tags can still be recognised.
 */
function physicalNames(raw: RawResource): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(raw.Properties ?? {})) {
    if (/Name$/.test(key) && typeof value === 'string' && value) out.push(value);
  }
  return out;
}
