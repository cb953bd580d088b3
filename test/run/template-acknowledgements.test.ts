import { ConfigItem } from '../../lib/engine/config-item';
import { Acknowledgement, Finding, RawResource, Status, Template } from '../../lib/engine/model';
import { ACCOUNT_TYPE } from '../../lib/engine/template-index';
import { reviewTemplateSuppressions } from '../../lib/policy-gates/template-suppressions';
import { locationOf } from '../../lib/run/config-items';
import { ReportedFinding } from '../../lib/run/report';
import { acknowledgeFromTemplates } from '../../lib/run/template-acknowledgements';
import { configItem } from '../rules/harness';

/**
 * `scan --templates`: runtime results on items matched to declared resources
 * take the acknowledgements those resources carry, as `check` reads them.
 */
const ACCOUNT = '111122223333';
const REGION = 'eu-west-2';
const RULE = 'S3BucketVersioningEnabled';

function template(
  resources: Record<string, RawResource>,
  extra: { acknowledgements?: Acknowledgement[]; constructPaths?: Record<string, string>; account?: string } = {},
): Template {
  return {
    stack: 'App',
    file: 'App.template.json',
    body: { Resources: resources },
    lines: new Map(),
    constructPaths: new Map(Object.entries(extra.constructPaths ?? {})),
    acknowledgements: extra.acknowledgements,
    constructPath: 'App',
    account: extra.account ?? ACCOUNT,
    region: REGION,
  };
}

const bucket = (metadata?: Record<string, unknown>, properties: Record<string, unknown> = {}): RawResource => ({
  Type: 'AWS::S3::Bucket',
  Properties: properties,
  ...(metadata ? { Metadata: metadata } : {}),
});

const tagged = (logicalId: string, stack = 'App') => ({
  'aws:cloudformation:stack-name': stack,
  'aws:cloudformation:logical-id': logicalId,
});

function item(id: string, tags: Record<string, string>, type = 'AWS::S3::Bucket'): ConfigItem {
  return configItem(type, {}, { resourceId: id, resourceName: id, accountId: ACCOUNT, awsRegion: REGION, tags });
}

function result(on: ConfigItem, status: Status = 'NON_COMPLIANT', ruleId = RULE): ReportedFinding {
  return {
    ruleId,
    status,
    severity: 'error',
    resource: locationOf(on),
    message: 'versioning is not enabled',
    remediation: 'enable it',
    controls: { ncscCsp: [], tenSteps: [], cyberEssentials: [], internetFirst: [] },
  };
}

const acknowledged = (metadataId = RULE, reason: unknown = 'a log bucket: its objects are never rewritten') =>
  bucket({ palisade: { acknowledge: [{ id: metadataId, reason }] } });

function suppressionOf(resources: Record<string, RawResource>, on: ConfigItem, f: Finding = result(on), t = template(resources)) {
  const outcome = acknowledgeFromTemplates([f], [on], [t]);
  return { suppression: f.suppression, ...outcome };
}

describe('acknowledgeFromTemplates', () => {
  const logs = item('app-logs-1a2b', tagged('Logs'));

  it('suppresses a result on a tagged item its declared resource acknowledges, naming the template resource', () => {
    expect(suppressionOf({ Logs: acknowledged() }, logs)).toEqual({
      suppression: { reason: 'a log bucket: its objects are never rewritten', source: 'template-metadata, template: App/Logs' },
      matched: 1,
      suppressed: 1,
    });
  });

  it('does not honour an acknowledgement without a reason, as check does not', () => {
    expect(suppressionOf({ Logs: acknowledged(RULE, '  ') }, logs).suppression).toBeUndefined();
    const noReason = bucket({ palisade: { acknowledge: [{ id: RULE }] } });
    expect(suppressionOf({ Logs: noReason }, logs).suppression).toBeUndefined();
  });

  it('leaves results of rules the resource does not acknowledge', () =>
    expect(suppressionOf({ Logs: acknowledged('S3BucketLoggingEnabled') }, logs).suppression).toBeUndefined());

  it('accepts the rule id in the forms check accepts (cdk-nag metadata, pack-qualified)', () => {
    const nag = bucket({ cdk_nag: { rules_to_suppress: [{ id: `PalisadeChecks::${RULE}`, reason: 'a log bucket' }] } });
    expect(suppressionOf({ Logs: nag }, logs).suppression).toEqual({
      reason: 'a log bucket',
      source: 'cdk-nag-metadata, template: App/Logs',
    });
  });

  it('suppresses only what check would: NON_COMPLIANT and INSUFFICIENT_DATA, never a passing result', () => {
    expect(suppressionOf({ Logs: acknowledged() }, logs, result(logs, 'INSUFFICIENT_DATA')).suppressed).toBe(1);
    expect(suppressionOf({ Logs: acknowledged() }, logs, result(logs, 'COMPLIANT')).suppression).toBeUndefined();
    expect(suppressionOf({ Logs: acknowledged() }, logs, result(logs, 'NOT_APPLICABLE')).suppression).toBeUndefined();
  });

  it('takes a CDK acknowledgement made on the construct or a parent of it, keeping owner and expiry out as check does', () => {
    const t = template(
      { Logs: bucket() },
      {
        constructPaths: { Logs: 'App/Storage/Logs/Resource' },
        acknowledgements: [{ path: 'App/Storage', ruleId: `Palisade-${RULE}`, reason: 'written once by S3' }],
      },
    );
    expect(suppressionOf({}, logs, result(logs), t).suppression).toEqual({
      reason: 'written once by S3',
      source: 'cdk-acknowledgement, template: App/Logs',
    });
  });

  it('matches an untagged item by the name its template gives it', () => {
    const named = item('app-exports', {});
    const declared = bucket(
      { palisade: { acknowledge: [{ id: RULE, reason: 'exports are replaced, never edited' }] } },
      {
        BucketName: 'app-exports',
      },
    );
    expect(suppressionOf({ Exports: declared }, named).suppressed).toBe(1);
  });

  it('leaves items no checked template declares: another stack, another logical id, another account', () => {
    expect(suppressionOf({ Logs: acknowledged() }, item('other-logs', tagged('Logs', 'Other'))).matched).toBe(0);
    expect(suppressionOf({ Logs: acknowledged() }, item('app-data', tagged('Data'))).suppression).toBeUndefined();
    const elsewhere = template({ Logs: acknowledged() }, { account: '999999999999' });
    expect(suppressionOf({}, logs, result(logs), elsewhere).suppression).toBeUndefined();
  });

  it('keeps a result the exceptions file or another source already suppressed', () => {
    const f = result(logs);
    f.suppression = { reason: 'accepted', source: 'exceptions-file' };
    expect(suppressionOf({ Logs: acknowledged() }, logs, f)).toMatchObject({ suppression: f.suppression, suppressed: 0 });
  });

  it('gives account-wide results the stack-level acknowledgements check gives them', () => {
    const account = configItem(ACCOUNT_TYPE, {}, { resourceId: ACCOUNT, accountId: ACCOUNT, awsRegion: REGION });
    const stackWide = template(
      { Logs: bucket() },
      { acknowledgements: [{ path: 'App', ruleId: 'GuardDutyEnabled', reason: 'the organisation runs GuardDuty centrally' }] },
    );
    expect(acknowledgeFromTemplates([result(account, 'NON_COMPLIANT', 'GuardDutyEnabled')], [], [stackWide])).toEqual({
      matched: 0,
      suppressed: 1,
    });
    const f = result(account, 'NON_COMPLIANT', 'GuardDutyEnabled');
    acknowledgeFromTemplates([f], [], [stackWide]);
    expect(f.suppression?.source).toBe('cdk-acknowledgement, template: App');
    const otherRegion = result({ ...account, awsRegion: 'eu-west-1' }, 'NON_COMPLIANT', 'GuardDutyEnabled');
    acknowledgeFromTemplates([otherRegion], [], [stackWide]);
    expect(otherRegion.suppression).toBeUndefined();
  });

  it('hands check’s owner and expiry on, so --strict-suppressions and expiry judge them as in check', () => {
    const owned = bucket({
      palisade: { acknowledge: [{ id: RULE, reason: 'a log bucket', owner: 'platform@example.org', expires: '2027-01-31' }] },
    });
    const strict = result(logs);
    acknowledgeFromTemplates([strict], [logs], [template({ Logs: owned })]);
    expect(strict.suppression).toMatchObject({ owner: 'platform@example.org', expires: '2027-01-31' });

    const bare = result(logs);
    acknowledgeFromTemplates([bare], [logs], [template({ Logs: acknowledged() })]);
    expect(reviewTemplateSuppressions([strict, bare], { today: '2026-12-01', strict: true })).toBe(1);
    expect(strict.suppression).toBeDefined();
    expect(bare.suppression).toBeUndefined();
    expect(bare.ignoredSuppression?.source).toBe('template-metadata, template: App/Logs');
  });
});
