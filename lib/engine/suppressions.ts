import { Suppression } from './model';
import { TemplateResource } from './template-index';

/**
 * Suppressions that travel inside a template: CDK acknowledgements recorded in the
 * cloud assembly, `Metadata.cdk_nag.rules_to_suppress` (cdk-nag's audit trail) and
 * `Metadata.palisade.acknowledge`. One without a reason is not honoured.
 */
export function templateSuppression(ruleId: string, resource: TemplateResource): Suppression | undefined {
  for (const key of ['palisade', 'cdk_nag'] as const) {
    const meta = resource.metadata[key] as Record<string, unknown> | undefined;
    const list = meta && (key === 'palisade' ? meta.acknowledge : meta.rules_to_suppress);
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const e = entry as { id?: unknown; reason?: unknown };
      if (matchesRule(e.id, ruleId) && typeof e.reason === 'string' && e.reason.trim()) {
        return { reason: e.reason, source: key === 'palisade' ? 'template-metadata' : 'cdk-nag-metadata' };
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

/** An acknowledgement names the bare rule id, or the pack-qualified `Palisade-<id>` form. */
export function matchesRule(id: unknown, ruleId: string): boolean {
  return typeof id === 'string' && (id === ruleId || id === `Palisade-${ruleId}`);
}
