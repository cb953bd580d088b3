import { createServer, IncomingMessage, Server, ServerResponse } from 'http';
import { AddressInfo } from 'net';

/**
 * A loopback stand-in for AWS Config (127.0.0.1 only, started and stopped by the
 * tests): it speaks awsJson1_1 (`X-Amz-Target: StarlingDoveService.<Op>`), insists on
 * a SigV4 Authorization header scoped to `config`, pages as Config does (opaque
 * tokens, at most 100 a page) and plays scripted faults per operation. It knows
 * only the query shapes the scanner sends.
 */

export interface FakeItem {
  readonly accountId: string;
  readonly awsRegion: string;
  readonly resourceType: string;
  readonly resourceId: string;
  readonly resourceName?: string;
  readonly arn: string;
  readonly configuration: Record<string, unknown>;
  readonly supplementaryConfiguration?: Record<string, unknown>;
  readonly tags?: Record<string, string>;
  readonly status?: string;
  /** A real API-shape item (from the corpus) that GetResourceConfigHistory returns as it is. */
  readonly raw?: Record<string, unknown>;
}

export type FaultKind =
  | 'throttle'
  | 'throttle429'
  | 'emptyPage'
  | 'repeatToken'
  | 'invalidToken'
  | 'accessDenied'
  | 'malformed'
  | 'reset'
  | 'slow'
  | 'serverError'
  | 'invalidExpression'
  | 'unprocessed';

export interface Fault {
  readonly op: string;
  readonly kind: FaultKind;
  /** How many requests it hits; `Infinity` for a persistent fault. @default 1 */
  times?: number;
  readonly region?: string;
  /** Matches an account named in the request (aggregate queries and filters). */
  readonly account?: string;
  readonly resourceType?: string;
  /** Only requests that carry a page token. */
  readonly withToken?: boolean;
  /** Fraction of matching requests hit (the rest pass), for load runs. */
  readonly ratio?: number;
  readonly delayMs?: number;
}

export interface Recorder {
  readonly allSupported?: boolean;
  readonly includeGlobalResourceTypes?: boolean;
  readonly resourceTypes?: string[];
  readonly recording?: boolean;
}

/** A Config rule deployed in the account, with its evaluations (for `scan --compare-config-rules`). */
export interface FakeConfigRule {
  readonly name: string;
  /** The managed rule's identifier, e.g. INCOMING_SSH_DISABLED. */
  readonly source: string;
  readonly region: string;
  /** The account it is deployed in, for aggregate queries. @default the fake's account */
  readonly account?: string;
  readonly evaluations: readonly { resourceType: string; resourceId: string; compliance: string }[];
}

export interface FakeOptions {
  readonly items: readonly FakeItem[];
  /** The account the per-account operations serve. */
  readonly account?: string;
  /** Recorder per region; a region left out has none. @default every region records all types, IAM included */
  readonly recorders?: Record<string, Recorder | undefined>;
  readonly aggregator?: { readonly name: string; readonly sources: readonly Record<string, unknown>[] };
  readonly faults?: Fault[];
  readonly configRules?: readonly FakeConfigRule[];
}

export interface RequestRecord {
  readonly op: string;
  readonly region: string;
  /** The access key the request was signed with. */
  readonly accessKey: string;
  readonly token?: string;
  readonly attempt: string;
  readonly input: Record<string, any>;
}

/** One PutEvaluations call as received: the token and the evaluations, timestamps as sent. */
export interface PutCall {
  readonly region: string;
  readonly resultToken: string;
  readonly evaluations: readonly Record<string, any>[];
}

// Evaluation's constraints in the Config API reference: at most 100 a call, an annotation of
// at most 256 characters, and INSUFFICIENT_DATA is not accepted from PutEvaluations.
const PUT_COMPLIANCE = new Set(['COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE']);

const AUTH =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/\d{8}\/([a-z0-9-]+)\/config\/aws4_request, ?SignedHeaders=[a-z0-9;-]+, ?Signature=[0-9a-f]{64}$/;

export class FakeConfig {
  readonly requests: RequestRecord[] = [];
  readonly puts: PutCall[] = [];
  readonly faults: Fault[];
  private server?: Server;
  private readonly byScope = new Map<string, FakeItem[]>();
  // a query's rows, built once: pages of a large estate must not rescan it
  private readonly queries = new Map<string, Record<string, unknown>[]>();

  constructor(private readonly options: FakeOptions) {
    this.faults = options.faults ?? [];
    for (const item of options.items) {
      const key = `${item.awsRegion}/${item.resourceType}`;
      (this.byScope.get(key) ?? this.byScope.set(key, []).get(key))!.push(item);
    }
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  count(op: string): number {
    return this.requests.filter((r) => r.op === op).length;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const target = String(req.headers['x-amz-target'] ?? '');
    const auth = AUTH.exec(String(req.headers.authorization ?? ''));
    if (
      req.method !== 'POST' ||
      !target.startsWith('StarlingDoveService.') ||
      req.headers['content-type'] !== 'application/x-amz-json-1.1'
    ) {
      return send(res, 400, { __type: 'UnknownOperationException', message: 'not awsJson1_1' });
    }
    if (!auth)
      return send(res, 403, {
        __type: 'IncompleteSignatureException',
        message: 'missing or malformed SigV4 Authorization for config',
      });
    const op = target.slice('StarlingDoveService.'.length);
    const [, accessKey, region] = auth;
    const input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, any>;
    const token: string | undefined = input.NextToken ?? input.nextToken;
    this.requests.push({ op, region, accessKey, token, attempt: String(req.headers['amz-sdk-request'] ?? ''), input });

    const fault = this.takeFault(op, region, input, token);
    switch (fault?.kind) {
      case 'throttle':
        return send(res, 400, { __type: 'ThrottlingException', message: 'Rate exceeded' });
      case 'throttle429':
        res.writeHead(429, { 'content-type': 'application/x-amz-json-1.1' });
        return void res.end();
      case 'accessDenied':
        return send(res, 400, { __type: 'AccessDeniedException', message: `User is not authorized to perform: config:${op}` });
      case 'invalidToken':
        return send(res, 400, { __type: 'InvalidNextTokenException', message: 'The nextToken provided is invalid' });
      case 'invalidExpression':
        return send(res, 400, { __type: 'InvalidExpressionException', message: 'Select is not supported for this type' });
      case 'serverError':
        return send(res, 500, { __type: 'InternalFailure', message: 'boom' });
      case 'malformed':
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
        return void res.end('{"Results": ["{\\"resourceId');
      case 'reset':
        return void req.socket.destroy();
      case 'slow':
        await new Promise((r) => setTimeout(r, fault.delayMs ?? 1000));
        if (req.socket.destroyed) return;
        break;
    }
    try {
      const out = this.answer(op, region, input, token, fault);
      send(res, 200, out);
    } catch (e) {
      const err = e as { type?: string; message: string };
      send(res, 400, { __type: err.type ?? 'ValidationException', message: err.message });
    }
  }

  private takeFault(op: string, region: string, input: Record<string, any>, token: string | undefined): Fault | undefined {
    const text = JSON.stringify(input);
    for (const f of this.faults) {
      if (f.op !== op || (f.times ?? 1) <= 0) continue;
      if (f.region && f.region !== region) continue;
      if (f.account && !text.includes(f.account)) continue;
      if (f.resourceType && !text.includes(f.resourceType)) continue;
      if ((f.withToken || f.kind === 'repeatToken' || f.kind === 'invalidToken') && !token) continue;
      if (f.ratio !== undefined && Math.random() >= f.ratio) continue;
      if (f.times !== Infinity) f.times = (f.times ?? 1) - 1;
      return f;
    }
    return undefined;
  }

  private answer(op: string, region: string, input: Record<string, any>, token: string | undefined, fault?: Fault): unknown {
    const account = this.options.account ?? '111122223333';
    switch (op) {
      case 'DescribeConfigurationRecorders': {
        const r = this.recorder(region);
        return {
          ConfigurationRecorders: r
            ? [
                {
                  name: 'default',
                  roleARN: `arn:aws:iam::${account}:role/config`,
                  recordingGroup: {
                    allSupported: r.allSupported ?? false,
                    includeGlobalResourceTypes: r.includeGlobalResourceTypes ?? false,
                    resourceTypes: r.resourceTypes ?? [],
                  },
                },
              ]
            : [],
        };
      }
      case 'DescribeConfigurationRecorderStatus': {
        const r = this.recorder(region);
        return {
          ConfigurationRecordersStatus: r ? [{ name: 'default', recording: r.recording ?? true, lastStatus: 'SUCCESS' }] : [],
        };
      }
      case 'SelectResourceConfig': {
        const rows = this.cached(`${region}\u0000${input.Expression}`, () =>
          this.query(input.Expression, (i) => i.awsRegion === region && i.accountId === account),
        );
        return this.page(rows, input.Expression + region, token, input.Limit, fault, (p, next) => ({
          Results: p.map((r) => JSON.stringify(r)),
          NextToken: next,
        }));
      }
      case 'SelectAggregateResourceConfig': {
        this.checkAggregator(input.ConfigurationAggregatorName);
        const rows = this.cached(input.Expression, () => this.query(input.Expression, () => true));
        return this.page(rows, input.Expression, token, input.Limit, fault, (p, next) => ({
          Results: p.map((r) => JSON.stringify(r)),
          NextToken: next,
        }));
      }
      case 'ListDiscoveredResources': {
        const items = this.byScope.get(`${region}/${input.resourceType}`) ?? [];
        return this.page(items, `list${region}${input.resourceType}`, token, input.limit, fault, (p, next) => ({
          resourceIdentifiers: p.map((i) => ({
            resourceType: i.resourceType,
            resourceId: i.resourceId,
            resourceName: i.resourceName,
          })),
          nextToken: next,
        }));
      }
      case 'GetResourceConfigHistory': {
        const item = (this.byScope.get(`${region}/${input.resourceType}`) ?? []).find((i) => i.resourceId === input.resourceId);
        if (!item)
          throw Object.assign(new Error(`${input.resourceId} not discovered`), { type: 'ResourceNotDiscoveredException' });
        return { configurationItems: [item.raw ?? apiShape(item, true)] };
      }
      case 'PutEvaluations':
        return this.putEvaluations(region, input);
      case 'DescribeConfigurationAggregatorSourcesStatus':
        this.checkAggregator(input.ConfigurationAggregatorName);
        return { AggregatedSourceStatusList: this.options.aggregator?.sources ?? [] };
      case 'ListAggregateDiscoveredResources': {
        this.checkAggregator(input.ConfigurationAggregatorName);
        const items = this.options.items.filter(
          (i) => i.resourceType === input.ResourceType && (!input.Filters?.AccountId || i.accountId === input.Filters.AccountId),
        );
        return this.page(
          items,
          `agglist${JSON.stringify(input.Filters)}${input.ResourceType}`,
          token,
          input.Limit,
          fault,
          (p, next) => ({
            ResourceIdentifiers: p.map((i) => ({
              SourceAccountId: i.accountId,
              SourceRegion: i.awsRegion,
              ResourceId: i.resourceId,
              ResourceType: i.resourceType,
              ResourceName: i.resourceName,
            })),
            NextToken: next,
          }),
        );
      }
      case 'BatchGetAggregateResourceConfig': {
        this.checkAggregator(input.ConfigurationAggregatorName);
        const ids = input.ResourceIdentifiers as {
          SourceAccountId: string;
          SourceRegion: string;
          ResourceId: string;
          ResourceType: string;
        }[];
        const cut = fault?.kind === 'unprocessed' ? Math.ceil(ids.length / 2) : ids.length;
        const found = ids
          .slice(0, cut)
          .map((id) =>
            this.options.items.find(
              (i) =>
                i.accountId === id.SourceAccountId &&
                i.awsRegion === id.SourceRegion &&
                i.resourceId === id.ResourceId &&
                i.resourceType === id.ResourceType,
            ),
          );
        return {
          BaseConfigurationItems: found.filter(Boolean).map((i) => apiShape(i as FakeItem, false)),
          UnprocessedResourceIdentifiers: ids.slice(cut),
        };
      }
      case 'DescribeConfigRules': {
        const rules = (this.options.configRules ?? []).filter((r) => r.region === region);
        return this.page(rules, `rules${region}`, token, 25, fault, (p, next) => ({
          ConfigRules: p.map((r) => ({
            ConfigRuleName: r.name,
            ConfigRuleArn: `arn:aws:config:${region}:${account}:config-rule/config-rule-${r.name}`,
            Source: { Owner: 'AWS', SourceIdentifier: r.source },
          })),
          NextToken: next,
        }));
      }
      case 'GetComplianceDetailsByConfigRule': {
        const rule = (this.options.configRules ?? []).find((r) => r.region === region && r.name === input.ConfigRuleName);
        if (!rule) throw Object.assign(new Error(`no rule ${input.ConfigRuleName}`), { type: 'NoSuchConfigRuleException' });
        return this.page(rule.evaluations, `details${region}${rule.name}`, token, input.Limit, fault, (p, next) => ({
          EvaluationResults: p.map((e) => ({
            EvaluationResultIdentifier: {
              EvaluationResultQualifier: { ConfigRuleName: rule.name, ResourceType: e.resourceType, ResourceId: e.resourceId },
            },
            ComplianceType: e.compliance,
          })),
          NextToken: next,
        }));
      }
      case 'DescribeAggregateComplianceByConfigRules': {
        this.checkAggregator(input.ConfigurationAggregatorName);
        const rules = this.options.configRules ?? [];
        return this.page(rules, 'aggregate-rules', token, 25, fault, (p, next) => ({
          AggregateComplianceByConfigRules: p.map((r) => ({
            ConfigRuleName: r.name,
            AccountId: r.account ?? account,
            AwsRegion: r.region,
            Compliance: { ComplianceType: 'NON_COMPLIANT' },
          })),
          NextToken: next,
        }));
      }
      case 'GetAggregateComplianceDetailsByConfigRule': {
        this.checkAggregator(input.ConfigurationAggregatorName);
        const rule = (this.options.configRules ?? []).find(
          (r) => r.name === input.ConfigRuleName && r.region === input.AwsRegion && (r.account ?? account) === input.AccountId,
        );
        if (!rule) throw Object.assign(new Error(`no rule ${input.ConfigRuleName}`), { type: 'NoSuchConfigRuleException' });
        const key = `aggregate-details${rule.region}${input.AccountId}${rule.name}`;
        return this.page(rule.evaluations, key, token, input.Limit, fault, (p, next) => ({
          AggregateEvaluationResults: p.map((e) => ({
            EvaluationResultIdentifier: {
              EvaluationResultQualifier: { ConfigRuleName: rule.name, ResourceType: e.resourceType, ResourceId: e.resourceId },
            },
            ComplianceType: e.compliance,
            AccountId: input.AccountId,
            AwsRegion: rule.region,
          })),
          NextToken: next,
        }));
      }
      default:
        throw Object.assign(new Error(`the fake does not implement ${op}`), { type: 'UnknownOperationException' });
    }
  }

  private putEvaluations(region: string, input: Record<string, any>): unknown {
    const evaluations = (input.Evaluations ?? []) as Record<string, any>[];
    const invalid = (message: string) => Object.assign(new Error(message), { type: 'ValidationException' });
    if (typeof input.ResultToken !== 'string' || input.ResultToken === '') throw invalid('ResultToken is required');
    if (evaluations.length > 100) throw invalid(`Evaluations has ${evaluations.length} members; at most 100 are allowed`);
    for (const e of evaluations) {
      if (!e.ComplianceResourceType || !e.ComplianceResourceId || e.OrderingTimestamp === undefined)
        throw invalid('an evaluation lacks ComplianceResourceType, ComplianceResourceId or OrderingTimestamp');
      if (!PUT_COMPLIANCE.has(e.ComplianceType)) throw invalid(`ComplianceType ${e.ComplianceType} is not accepted`);
      if (typeof e.Annotation === 'string' && e.Annotation.length > 256)
        throw invalid(`Annotation of ${e.Annotation.length} characters; at most 256 are allowed`);
    }
    this.puts.push({ region, resultToken: input.ResultToken, evaluations });
    return { FailedEvaluations: [] };
  }

  private cached(key: string, build: () => Record<string, unknown>[]): Record<string, unknown>[] {
    return this.queries.get(key) ?? this.queries.set(key, build()).get(key)!;
  }

  private recorder(region: string): Recorder | undefined {
    if (!this.options.recorders) return { allSupported: true, includeGlobalResourceTypes: true };
    return this.options.recorders[region];
  }

  private checkAggregator(name: string): void {
    if (!this.options.aggregator || this.options.aggregator.name !== name) {
      throw Object.assign(new Error(`The configuration aggregator does not exist: ${name}`), {
        type: 'NoSuchConfigurationAggregatorException',
      });
    }
  }

  /** The scanner's two query shapes: a projection filtered by type (and account), and a count grouped by account and type. */
  private query(expression: string, inScope: (i: FakeItem) => boolean): Record<string, unknown>[] {
    const m = /^SELECT (.+?) WHERE (.+?)(?: GROUP BY (.+))?$/.exec(expression);
    if (!m) throw Object.assign(new Error(`unsupported expression: ${expression}`), { type: 'InvalidExpressionException' });
    const fields = m[1].split(',').map((f) => f.trim());
    const conditions = m[2].split(' AND ').map((c) => {
      const eq = /^(\w+) = '([^']*)'$/.exec(c);
      if (eq) return (i: FakeItem) => String((i as unknown as Record<string, unknown>)[eq[1]]) === eq[2];
      const inList = /^(\w+) IN \((.+)\)$/.exec(c);
      if (inList) {
        const values = inList[2].split(',').map((v) => v.trim().replace(/^'|'$/g, ''));
        return (i: FakeItem) => values.includes(String((i as unknown as Record<string, unknown>)[inList[1]]));
      }
      throw Object.assign(new Error(`unsupported condition: ${c}`), { type: 'InvalidExpressionException' });
    });
    const types = [...new Set(this.options.items.map((i) => i.resourceType))];
    const candidates = types.flatMap((t) =>
      [...this.byScope.entries()].filter(([k]) => k.endsWith(`/${t}`)).flatMap(([, v]) => v),
    );
    const matching = candidates.filter((i) => inScope(i) && i.status !== 'ResourceNotRecorded' && conditions.every((c) => c(i)));
    if (!m[3]) return matching.map((i) => pick(selectShape(i), fields));
    const groups = new Map<string, { accountId: string; resourceType: string; 'COUNT(*)': number }>();
    for (const i of matching) {
      const key = `${i.accountId}/${i.resourceType}`;
      const g = groups.get(key) ?? { accountId: i.accountId, resourceType: i.resourceType, 'COUNT(*)': 0 };
      g['COUNT(*)']++;
      groups.set(key, g);
    }
    return [...groups.values()];
  }

  private page<T>(
    all: readonly T[],
    queryKey: string,
    token: string | undefined,
    limit: number | undefined,
    fault: Fault | undefined,
    shape: (page: readonly T[], next?: string) => unknown,
  ): unknown {
    let offset = 0;
    if (token) {
      const decoded = decodeToken(token);
      if (!decoded || decoded.k !== hash(queryKey))
        throw Object.assign(new Error('The nextToken provided is invalid'), { type: 'InvalidNextTokenException' });
      offset = decoded.o;
    }
    if (limit !== undefined && (limit < 0 || limit > 100))
      throw Object.assign(new Error(`limit ${limit} is out of range 0-100`), { type: 'InvalidLimitException' });
    const size = limit || 100;
    if (fault?.kind === 'emptyPage') return shape([], encodeToken(hash(queryKey), offset));
    const slice = all.slice(offset, offset + size);
    const next = offset + size < all.length ? encodeToken(hash(queryKey), offset + size) : undefined;
    return shape(slice, fault?.kind === 'repeatToken' ? token : next);
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': 'fake',
  });
  res.end(text);
}

function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

const encodeToken = (k: string, o: number) => Buffer.from(JSON.stringify({ k, o })).toString('base64url');

function decodeToken(token: string): { k: string; o: number } | undefined {
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

const CAPTURED = '2026-11-20T10:00:00.000Z';

/** A Select row: nested objects, tags as a list. */
function selectShape(i: FakeItem): Record<string, unknown> {
  return {
    resourceId: i.resourceId,
    resourceName: i.resourceName,
    resourceType: i.resourceType,
    arn: i.arn,
    accountId: i.accountId,
    awsRegion: i.awsRegion,
    availabilityZone: 'Regional',
    configurationItemCaptureTime: CAPTURED,
    configurationStateId: '1763632800000',
    configurationItemStatus: i.status ?? 'OK',
    configuration: i.configuration,
    supplementaryConfiguration: i.supplementaryConfiguration ?? {},
    tags: Object.entries(i.tags ?? {}).map(([key, value]) => ({ key, value })),
    relationships: [],
  };
}

/** The API shape of GetResourceConfigHistory / BatchGet*: JSON strings, epoch-seconds dates. */
function apiShape(i: FakeItem, withTags: boolean): Record<string, unknown> {
  const supplementary = Object.fromEntries(
    Object.entries(i.supplementaryConfiguration ?? {}).map(([k, v]) => [k, JSON.stringify(v)]),
  );
  return {
    version: '1.3',
    accountId: i.accountId,
    configurationItemCaptureTime: Date.parse(CAPTURED) / 1000,
    configurationItemStatus: i.status ?? 'OK',
    configurationStateId: '1763632800000',
    arn: i.arn,
    resourceType: i.resourceType,
    resourceId: i.resourceId,
    resourceName: i.resourceName,
    awsRegion: i.awsRegion,
    availabilityZone: 'Regional',
    configuration: JSON.stringify(i.configuration),
    supplementaryConfiguration: supplementary,
    ...(withTags ? { tags: i.tags ?? {}, relationships: [] } : {}),
  };
}

function pick(row: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (row[f] !== undefined) out[f] = row[f];
  return out;
}
