/** The shared vocabulary of the engine: templates, resources, verdicts and findings. */

/** AWS Config's compliance vocabulary, used everywhere so that synth-time and runtime results compare. */
export type Status = 'COMPLIANT' | 'NON_COMPLIANT' | 'NOT_APPLICABLE' | 'INSUFFICIENT_DATA';
export const STATUSES: readonly Status[] = ['COMPLIANT', 'NON_COMPLIANT', 'INSUFFICIENT_DATA', 'NOT_APPLICABLE'];

export type Severity = 'error' | 'warning';

export type TenStep =
  | 'risk-management'
  | 'engagement-and-training'
  | 'asset-management'
  | 'architecture-and-configuration'
  | 'vulnerability-management'
  | 'identity-and-access-management'
  | 'data-security'
  | 'logging-and-monitoring'
  | 'incident-management'
  | 'supply-chain-security';

export type CyberEssentialsControl =
  'firewalls' | 'secure-configuration' | 'security-update-management' | 'user-access-control' | 'malware-protection';

export type InternetFirstRequirement = 'IF-1' | 'IF-2' | 'IF-3';

/** Framework control ids a rule evidences, in the fixed vocabularies of DESIGN.md. */
export interface Controls {
  readonly ncscCsp: readonly string[];
  readonly tenSteps: readonly TenStep[];
  readonly cyberEssentials: readonly CyberEssentialsControl[];
  readonly internetFirst: readonly InternetFirstRequirement[];
}

/** One CloudFormation template as loaded, before any rule runs. */
export interface Template {
  /** Stack name (the CDK stack's display name, or the file's base name). */
  readonly stack: string;
  /** Path of the template file as the user named it (relative when they gave a relative path). */
  readonly file: string;
  readonly body: TemplateBody;
  /** 1-based line of each resource's logical id, when the parser could tell. */
  readonly lines: ReadonlyMap<string, number>;
  /** Construct paths by logical id, from aws:cdk:path metadata or the assembly manifest. */
  readonly constructPaths: ReadonlyMap<string, string>;
  /** Acknowledgements recorded for the stack in a cloud assembly (construct path -> rule id -> reason). */
  readonly acknowledgements?: ReadonlyArray<Acknowledgement>;
  readonly account?: string;
  readonly region?: string;
  /** Stack tags, from the cloud assembly manifest. */
  readonly tags?: Readonly<Record<string, string>>;
  /** Parent stack when this is a nested stack. */
  readonly parent?: string;
  /** The stack's own construct path, where a CDK app says it: results on the whole stack or account sit there. */
  readonly constructPath?: string;
  /** Parts of the template no transform here could produce (a loop over a parameter, an included snippet). */
  readonly unprocessed?: readonly { readonly key: string; readonly reason: string }[];
}

export interface Acknowledgement {
  /** Construct path the acknowledgement was made on; it covers every resource below it. */
  readonly path: string;
  readonly ruleId: string;
  readonly reason: string;
}

export interface TemplateBody {
  readonly AWSTemplateFormatVersion?: string;
  readonly Parameters?: Record<string, { Type?: string; Default?: unknown; AllowedValues?: unknown[]; MinLength?: unknown }>;
  readonly Conditions?: Record<string, unknown>;
  readonly Mappings?: Record<string, Record<string, Record<string, unknown>>>;
  readonly Resources: Record<string, RawResource>;
  readonly Outputs?: Record<string, unknown>;
  readonly Transform?: unknown;
  readonly [key: string]: unknown;
}

export interface RawResource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
  readonly Metadata?: Record<string, unknown>;
  readonly Condition?: string;
  readonly DependsOn?: string | string[];
  readonly [key: string]: unknown;
}

/** Where a result is: enough to find the resource in a template and, at runtime, in an account. */
export interface ResourceLocation {
  stack?: string;
  logicalId?: string;
  type: string;
  template?: string;
  line?: number;
  constructPath?: string;
  arn?: string;
  resourceId?: string;
  account?: string;
  region?: string;
  /** Runtime results: when AWS Config captured the configuration item the result was decided on (ISO-8601). */
  captureTime?: string;
  /** Runtime results: the item's configurationStateId, which names that version of the resource's configuration. */
  stateId?: string;
}

export interface Suppression {
  readonly reason: string;
  readonly owner?: string;
  readonly expires?: string;
  /** Where the exception came from: 'exceptions-file', 'cdk-acknowledgement', 'template-metadata'. */
  readonly source: string;
}

export interface Finding {
  ruleId: string;
  status: Status;
  severity: Severity;
  resource: ResourceLocation;
  message: string;
  remediation: string;
  configRule?: string;
  controls: Controls;
  suppression?: Suppression;
  baseline?: 'new' | 'existing';
}

/** A scope a runtime scan could not read: never reported as compliant, and the run is incomplete (exit 4). */
export interface CoverageGap {
  readonly account: string;
  readonly region: string;
  readonly resourceType?: string;
  readonly reason: string;
  /** The IAM action that was refused, or that would close the gap. */
  readonly action?: string;
}

/** What a run could read. A template check reads all it was given, so it is always complete. */
export interface Coverage {
  readonly complete: boolean;
  readonly gaps: readonly CoverageGap[];
}
