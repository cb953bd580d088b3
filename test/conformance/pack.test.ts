/** Conformance packs, parsed back with Palisade's own template parser and held to AWS's limits. */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { LIMITS } from '../../lib/conformance/limits';
import managed from '../../lib/conformance/managed-rules.json';
import { bytes, conformancePacks, describe as describeRule } from '../../lib/conformance/pack';
import { oldestSupportedKubernetes, supportedRuntimes } from '../../lib/conformance/parameters';
import table from '../../lib/conformance/region-availability.json';
import { checkRegion, offeredIn } from '../../lib/conformance/regions';
import { defineRule, pass } from '../../lib/engine/rule';
import { InputError } from '../../lib/errors';
import { parseTemplate } from '../../lib/sources/template/parse';
import { MIN_RETENTION_DAYS as MIN_BACKUP_PLAN_RETENTION_DAYS } from '../../rules/backup/BackupPlanMinFrequencyAndRetention';
import { CATALOGUE, rulesOfPack } from '../../rules/catalogue';
import { AUTHORIZED_PUBLIC_TCP_PORTS } from '../../rules/ec2/SecurityGroupOpenOnlyToAuthorizedPorts';
import { PACKS, PackId } from '../../rules/frameworks';
import { MIN_RETENTION_DAYS as MIN_LOG_RETENTION_DAYS } from '../../rules/logs/retention';
import { MIN_BACKUP_RETENTION_DAYS } from '../../rules/rds/engine';

const TODAY = '2026-12-02';
const CORPUS = join(__dirname, '../../../shared/corpus/config-conformance-packs');
const MANAGED = managed.rules as Record<string, { parameters: { name: string; required: boolean }[] }>;

/** Parameter names AWS's own sample packs pass to each managed rule. */
function corpusParameterNames(): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.yaml'))) {
    const t = parseTemplate(readFileSync(join(CORPUS, file), 'utf8'), file);
    for (const r of Object.values(t.body.Resources)) {
      const p = r.Properties as { Source: { SourceIdentifier: string }; InputParameters?: Record<string, unknown> };
      const set = names.get(p.Source.SourceIdentifier) ?? new Set();
      for (const k of Object.keys(p.InputParameters ?? {})) set.add(k);
      names.set(p.Source.SourceIdentifier, set);
    }
  }
  return names;
}

interface ConfigRuleProps {
  ConfigRuleName: string;
  Description: string;
  Source: { Owner: string; SourceIdentifier: string };
  Scope?: { ComplianceResourceTypes: string[] };
  InputParameters?: Record<string, string>;
}

function parsedRules(body: string, name: string): ConfigRuleProps[] {
  const t = parseTemplate(body, `${name}.yaml`);
  return Object.values(t.body.Resources).map((r) => {
    expect(r.Type).toBe('AWS::Config::ConfigRule');
    return r.Properties as unknown as ConfigRuleProps;
  });
}

describe.each(Object.keys(PACKS) as PackId[])('conformance pack %s', (pack) => {
  const result = conformancePacks(pack, { today: TODAY });
  const mirrored = new Set(rulesOfPack(pack).flatMap((r) => (r.configRule ? [r.configRule] : [])));

  it('holds every managed rule the pack mirrors exactly once, across numbered packs', () => {
    const emitted = result.packs.flatMap((p) => parsedRules(p.body, p.name).map((r) => r.Source.SourceIdentifier));
    expect(emitted.sort()).toEqual([...mirrored].sort());
    expect(result.packs.map((p) => p.name)).toEqual(result.packs.map((_, i) => `palisade-${pack}-${i + 1}`));
  });

  it("stays within AWS's limits", () => {
    for (const p of result.packs) {
      expect(bytes(p.body)).toBeLessThanOrEqual(LIMITS.templateBodyBytes);
      const rules = parsedRules(p.body, p.name);
      expect(rules.length).toBeLessThanOrEqual(LIMITS.rulesPerPack);
      for (const r of rules) {
        expect(r.Source.Owner).toBe('AWS');
        expect(r.Description.length).toBeLessThanOrEqual(LIMITS.descriptionChars);
        expect(r.ConfigRuleName.length).toBeLessThanOrEqual(LIMITS.ruleNameChars);
        expect(JSON.stringify(r.InputParameters ?? {}).length).toBeLessThanOrEqual(LIMITS.inputParametersChars);
        expect((r.Scope?.ComplianceResourceTypes ?? []).length).toBeLessThanOrEqual(LIMITS.scopeResourceTypes);
      }
    }
  });

  it('names every Palisade rule that mirrors a managed rule in its description', () => {
    for (const p of result.packs) {
      for (const r of parsedRules(p.body, p.name)) {
        const ours = rulesOfPack(pack).filter((x) => x.configRule === r.Source.SourceIdentifier);
        for (const x of ours) expect(r.Description).toContain(x.id);
      }
    }
  });

  it('passes only parameter names AWS documents, and every parameter a managed rule requires', () => {
    const corpus = corpusParameterNames();
    for (const p of result.packs) {
      for (const r of parsedRules(p.body, p.name)) {
        const id = r.Source.SourceIdentifier;
        const known = new Set([...(corpus.get(id) ?? []), ...(MANAGED[id]?.parameters ?? []).map((x) => x.name)]);
        for (const name of Object.keys(r.InputParameters ?? {}))
          expect(`${id}.${name}: ${known.has(name)}`).toBe(`${id}.${name}: true`);
        for (const required of (MANAGED[id]?.parameters ?? []).filter((x) => x.required)) {
          expect(`${id}.${required.name}: ${r.InputParameters?.[required.name] !== undefined}`).toBe(
            `${id}.${required.name}: true`,
          );
        }
      }
    }
  });
});

describe('input parameters carry the rule modules’ thresholds', () => {
  const rules = new Map(
    conformancePacks('all', { today: TODAY })
      .packs.flatMap((p) => p.rules)
      .map((r) => [r.configRule, r.inputParameters ?? {}]),
  );
  it.each([
    ['CW_LOGGROUP_RETENTION_PERIOD_CHECK', 'MinRetentionTime', String(MIN_LOG_RETENTION_DAYS)],
    ['BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK', 'requiredRetentionDays', String(MIN_BACKUP_PLAN_RETENTION_DAYS)],
    ['DB_INSTANCE_BACKUP_ENABLED', 'backupRetentionMinimum', String(MIN_BACKUP_RETENTION_DAYS)],
    ['VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS', 'authorizedTcpPorts', AUTHORIZED_PUBLIC_TCP_PORTS.join(',')],
  ])('%s %s', (rule, name, value) => {
    expect(rules.get(rule)?.[name]).toBe(value);
  });

  it('computes dated values for the day asked', () => {
    // 1.34 leaves standard support on 2026-12-02, and the rule fails it from that day.
    expect(oldestSupportedKubernetes('2026-12-01')).toBe('1.34');
    expect(oldestSupportedKubernetes('2026-12-02')).toBe('1.35');
    expect(supportedRuntimes('2026-12-02')).toContain('nodejs22.x');
    expect(supportedRuntimes('2026-12-02')).not.toContain('nodejs20.x');
  });
});

describe('descriptions', () => {
  const rule = (id: string, ncscCsp: string[]) =>
    defineRule({
      id,
      title: id,
      description: id,
      severity: 'error',
      controls: { ncscCsp },
      remediation: '',
      evaluate: () => pass(''),
    });

  it('lists the controls when they fit', () => {
    expect(describeRule([rule('A', ['1', '2.3'])])).toBe('Palisade A. NCSC CSP 1, 2.3');
  });

  it('keeps every rule id and drops the controls when both do not fit in 256 characters', () => {
    const long = [rule('FirstRuleWithManyControls', [...Array(80).keys()].map(String)), rule('SecondRule', ['1'])];
    const text = describeRule(long);
    expect(text.length).toBeLessThanOrEqual(LIMITS.descriptionChars);
    expect(text).toContain('FirstRuleWithManyControls, SecondRule');
    expect(text).not.toContain('NCSC CSP');
  });
});

describe('splitting', () => {
  it('splits the whole catalogue, whose managed rules pass one pack’s limits, into numbered packs', () => {
    const all = conformancePacks('all', { today: TODAY });
    const managedCount = new Set(CATALOGUE.flatMap((r) => (r.configRule ? [r.configRule] : []))).size;
    expect(managedCount).toBeGreaterThan(LIMITS.rulesPerPack);
    expect(all.packs.length).toBeGreaterThanOrEqual(2);
    expect(all.packs.reduce((n, p) => n + p.rules.length, 0)).toBe(managedCount);
  });
});

describe('--region', () => {
  it('leaves out managed rules AWS does not offer in the region, saying why', () => {
    const london = conformancePacks('ncsc-csp', { region: 'eu-west-2', today: TODAY });
    const kept = london.packs.flatMap((p) => p.rules.map((r) => r.configRule));
    expect(kept).not.toContain('CLOUDFRONT_VIEWER_POLICY_HTTPS');
    expect(london.omitted).toContainEqual(
      expect.objectContaining({ configRule: 'CLOUDFRONT_VIEWER_POLICY_HTTPS', reason: 'not offered in eu-west-2' }),
    );
    const virginia = conformancePacks('ncsc-csp', { region: 'us-east-1', today: TODAY });
    expect(virginia.packs.flatMap((p) => p.rules.map((r) => r.configRule))).toContain('CLOUDFRONT_VIEWER_POLICY_HTTPS');
  });

  it('leaves out, and names, a rule whose availability the table does not record', () => {
    expect(offeredIn('NO_SUCH_MANAGED_RULE', 'eu-west-2')).toEqual({
      offered: false,
      reason: 'availability in eu-west-2 not recorded',
    });
  });

  it('rejects unknown regions and regions the table has no data for', () => {
    expect(() => checkRegion('eu-west-9')).toThrow(InputError);
    expect(() => checkRegion('eu-west-9')).toThrow(/unknown region/);
    expect(() => checkRegion('ap-southeast-5')).toThrow(/no managed-rule availability data/);
    expect(() => checkRegion('eu-west-2')).not.toThrow();
  });

  it('records availability for every managed rule the catalogue mirrors, bar a known list', () => {
    const recorded = new Set(Object.keys(table.rules));
    const missing = [...new Set(CATALOGUE.flatMap((r) => (r.configRule ? [r.configRule] : [])))].filter((r) => !recorded.has(r));
    // Rules AWS added after the archived list whose current pages were not read: a new rule mirroring another
    // managed rule must be added to region-availability.json (or, failing data, here).
    expect(missing.sort()).toEqual([
      'DOCDB_CLUSTER_DELETION_PROTECTION_ENABLED',
      'DOCDB_CLUSTER_ENCRYPTED',
      'DYNAMODB_TABLE_DELETION_PROTECTION_ENABLED',
      'ECR_REPOSITORY_CMK_ENCRYPTION_ENABLED',
      'IAM_EXTERNAL_ACCESS_ANALYZER_ENABLED',
      'MSK_IN_CLUSTER_NODE_REQUIRE_TLS',
      'NEPTUNE_CLUSTER_ENCRYPTED',
      'NEPTUNE_CLUSTER_IAM_DATABASE_AUTHENTICATION',
      'NETFW_LOGGING_ENABLED',
      'STEP_FUNCTIONS_STATE_MACHINE_LOGGING_ENABLED',
      'TRANSFER_FAMILY_SERVER_NO_FTP',
    ]);
  });
});
