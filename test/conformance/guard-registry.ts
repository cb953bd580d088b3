import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { parse } from 'csv-parse/sync';
import { evaluate } from '../../lib/engine/evaluate';
import { Finding, RawResource } from '../../lib/engine/model';
import { Rule } from '../../lib/engine/rule';
import { parseTemplate } from '../../lib/sources/template/parse';
import { parseCfnYaml } from '../../lib/sources/template/yaml-cfn';

export const REGISTRY = join(__dirname, '../../../shared/corpus/guard-registry-tests');

export type Outcome = 'PASS' | 'FAIL' | 'SKIP';

export interface CaseResult {
  readonly file: string;
  readonly name: string;
  readonly guardRule: string;
  readonly configRule: string;
  readonly expected: Outcome;
  /** Our outcome; INSUFFICIENT_DATA when we could not decide, REJECTED when the input is not a valid template. */
  readonly actual: Outcome | 'INSUFFICIENT_DATA' | 'REJECTED';
  readonly detail: string;
}

interface IndexRow {
  rule_name: string;
  config_rule_identifier: string;
  config_rule_basis: string;
  cfn_nag_rule_id: string;
}

/**
 * cfn_nag ids that the registry's test files use to suppress a guard rule where
 * index.csv has none (the guard files that declare them were not copied). Read
 * from the suppression cases of each test file: one id per rule.
 */
const CFN_NAG_IDS: Record<string, string> = {
  API_GWV2_ACCESS_LOGS_ENABLED: 'W46',
  API_GW_CACHE_ENABLED_AND_ENCRYPTED: 'W87',
  API_GW_DOMAIN_DENY_NON_TLS_TRAFFIC: 'W62',
  CLOUDFRONT_ACCESSLOGS_ENABLED: 'W10',
  CLOUDWATCH_LOG_GROUP_ENCRYPTED: 'W84',
  CMK_BACKING_KEY_ROTATION_ENABLED: 'F19',
  CW_LOGGROUP_RETENTION_PERIOD_CHECK: 'W86',
  DAX_ENCRYPTION_ENABLED: 'W83',
  DB_INSTANCE_BACKUP_ENABLED: 'W75',
  DMS_REPLICATION_NOT_PUBLIC: 'W91',
  DYNAMODB_PITR_ENABLED: 'W78',
  DYNAMODB_TABLE_ENCRYPTED_KMS: 'W74',
  EFS_ENCRYPTED_CHECK: 'F32',
  ELASTICSEARCH_ENCRYPTED_AT_REST: 'W54',
  ELASTICSEARCH_IN_VPC_ONLY: 'W90',
  ELB_LOGGING_ENABLED: 'W26',
  EMR_KERBEROS_ENABLED: 'F63',
  IAM_NO_INLINE_POLICY_CHECK: 'F10',
  KMS_NO_WILDCARD_PRINCIPAL: 'F76',
  LAMBDA_CONCURRENCY_CHECK: 'W92',
  LAMBDA_INSIDE_VPC: 'W89',
  OPENSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK: 'W85',
  RDS_INSTANCE_DELETION_PROTECTION_ENABLED: 'F80',
  RDS_INSTANCE_PUBLIC_ACCESS_CHECK: 'F22',
  S3_BUCKET_LOGGING_ENABLED: 'W35',
  S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED: 'W41',
  SAGEMAKER_ENDPOINT_CONFIGURATION_KMS_KEY_CONFIGURED: 'W1200',
  SAGEMAKER_NOTEBOOK_INSTANCE_KMS_KEY_CONFIGURED: 'W1201',
  SECRETSMANAGER_USING_CMK: 'W77',
  SNS_ENCRYPTED_KMS: 'W47',
  SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED: 'W33',
};

/** Upstream quirk: the test file expects S3_BUCKET_DEFAULT_LOCK_ENABLE for the rule named …_ENABLED. */
const NAME_ALIASES: Record<string, string> = { S3_BUCKET_DEFAULT_LOCK_ENABLE: 'S3_BUCKET_DEFAULT_LOCK_ENABLED' };

/**
 * Runs every registry test case whose guard rule implements an AWS Config managed
 * rule that one of our rules mirrors. Only identifiers the corpus index verified
 * against AWS's conformance packs are used.
 */
export function runGuardRegistry(catalogue: readonly Rule[]): CaseResult[] {
  const rows = parse(readFileSync(join(REGISTRY, 'index.csv')), { columns: true }) as IndexRow[];
  const byGuardName = new Map(
    rows
      .filter((r) => r.config_rule_identifier && r.config_rule_basis.startsWith('SourceIdentifier found'))
      .map((r) => [r.rule_name, r]),
  );
  const ours = new Map<string, Rule[]>();
  for (const rule of catalogue) if (rule.configRule) ours.set(rule.configRule, [...(ours.get(rule.configRule) ?? []), rule]);

  const results: CaseResult[] = [];
  for (const file of testFiles(join(REGISTRY, 'rules/aws'))) {
    const cases = parseCfnYaml(readFileSync(file, 'utf8')).value as GuardCase[];
    for (const c of Array.isArray(cases) ? cases : []) {
      for (const [name, expected] of Object.entries(c.expectations?.rules ?? {})) {
        const row = byGuardName.get(NAME_ALIASES[name] ?? name);
        const rules = row && ours.get(row.config_rule_identifier);
        if (!row || !rules) continue;
        const { actual, detail } = outcomeOf(c.input, rules, row);
        results.push({
          file: file.slice(REGISTRY.length + 1),
          name: c.name,
          guardRule: name,
          configRule: row.config_rule_identifier,
          expected,
          actual,
          detail,
        });
      }
    }
  }
  return results;
}

interface GuardCase {
  name: string;
  input: unknown;
  expectations?: { rules?: Record<string, Outcome> };
}

function outcomeOf(input: unknown, rules: Rule[], row: IndexRow): Pick<CaseResult, 'actual' | 'detail'> {
  const body = input && typeof input === 'object' ? { Resources: {}, ...(input as object) } : { Resources: {} };
  let findings: Finding[];
  try {
    const template = parseTemplate(JSON.stringify(body), 'case.yaml', { stack: 'Case' });
    findings = evaluate(rules, [template]).filter((f) => !isGuardSuppressed(body as TemplateLike, f, row));
  } catch (e) {
    return { actual: 'REJECTED', detail: (e as Error).message };
  }
  const failing = findings.filter((f) => f.status === 'NON_COMPLIANT');
  if (failing.length)
    return { actual: 'FAIL', detail: failing.map((f) => `${f.ruleId} ${f.resource.logicalId}: ${f.message}`).join('; ') };
  const undecided = findings.filter((f) => f.status === 'INSUFFICIENT_DATA');
  if (undecided.length)
    return {
      actual: 'INSUFFICIENT_DATA',
      detail: undecided.map((f) => `${f.ruleId} ${f.resource.logicalId}: ${f.message}`).join('; '),
    };
  if (findings.some((f) => f.status === 'COMPLIANT')) return { actual: 'PASS', detail: '' };
  return { actual: 'SKIP', detail: '' };
}

interface TemplateLike {
  Resources: Record<string, RawResource>;
}

/**
 * Guard's own suppression semantics, modelled here and only here: Palisade itself
 * never honours a suppression without a reason, but the registry's SKIP cases
 * test guard's mechanism, so the comparison applies it to compare rule logic.
 */
function isGuardSuppressed(body: TemplateLike, f: Finding, row: IndexRow): boolean {
  const meta = body.Resources[f.resource.logicalId ?? '']?.Metadata as Record<string, any> | undefined;
  if (!meta) return false;
  // Guard takes a plain rule name or a `RULE: reason` mapping.
  const guard: unknown[] = (meta.guard?.SuppressedRules ?? []).map((e: unknown) =>
    e && typeof e === 'object' ? Object.keys(e)[0] : e,
  );
  const nag: { id?: string }[] = (meta.cfn_nag ?? meta['cfn-nag'])?.rules_to_suppress ?? [];
  const nagIds = [...(row.cfn_nag_rule_id.match(/[FW]\d+/g) ?? []), CFN_NAG_IDS[row.rule_name]].filter(Boolean);
  return guard.includes(row.rule_name) || nag.some((n) => nagIds.includes(n?.id ?? ''));
}

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...testFiles(path));
    else if (/tests?\.ya?ml$/.test(entry.name) && dir.endsWith('/tests')) out.push(path);
  }
  return out.sort();
}
