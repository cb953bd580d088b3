import { Suppression } from './model';
import { TemplateResource } from './template-index';

/**
 * Suppressions that travel inside a template: CDK acknowledgements recorded in the
 * cloud assembly, `Metadata.cdk_nag.rules_to_suppress` (cdk-nag's audit trail) and
 * `Metadata.palisade.acknowledge` (`{id, reason, owner?, expires?}`). One without
 * a reason is not honoured; the policy gates judge expiry and, with
 * --strict-suppressions, refuse any without owner and expiry.
 */
export function templateSuppression(ruleId: string, resource: TemplateResource): Suppression | undefined {
  for (const key of ['palisade', 'cdk_nag'] as const) {
    const meta = resource.metadata[key] as Record<string, unknown> | undefined;
    const list = meta && (key === 'palisade' ? meta.acknowledge : meta.rules_to_suppress);
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const e = entry as { id?: unknown; reason?: unknown; owner?: unknown; expires?: unknown };
      if (matchesRule(e.id, ruleId) && typeof e.reason === 'string' && e.reason.trim()) {
        const source = key === 'palisade' ? 'template-metadata' : 'cdk-nag-metadata';
        // Owner and expiry, when written, are kept: --strict-suppressions honours only suppressions that have both.
        return {
          reason: e.reason,
          ...(typeof e.owner === 'string' && e.owner.trim() ? { owner: e.owner } : {}),
          ...(typeof e.expires === 'string' && e.expires.trim() ? { expires: e.expires.trim() } : {}),
          source,
        };
      }
    }
  }
  const path = resource.constructPath;
  for (const ack of resource.template.acknowledgements ?? []) {
    if (matchesRule(ack.ruleId, ruleId) && path && (path === ack.path || path.startsWith(ack.path + '/')) && ack.reason.trim()) {
      return { reason: ack.reason, source: 'cdk-acknowledgement' };
    }
  }
  return undefined;
}

/** The names cdk-nag prefixes to a rule id in what it reports: `PalisadeChecks::X` and the like. */
const PACK_PREFIX =
  /^(PalisadeChecks|NcscCloudSecurityPrinciplesChecks|NcscTenStepsChecks|CyberEssentialsChecks|InternetFirstChecks)::/;

/**
 * An acknowledgement names a rule in any form a user may copy from a report: the bare
 * id, `Palisade-<id>`, or the pack-qualified `PalisadeChecks::<id>`; the packs and
 * `palisade check` accept the same forms.
 */
export function matchesRule(id: unknown, ruleId: string): boolean {
  return typeof id === 'string' && id.replace(PACK_PREFIX, '').replace(/^Palisade-/, '') === ruleId;
}
