import { ResourceRef } from '../../lib/engine/intrinsics';
import { RuleContext } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { ofTypeInEnvironment } from '../guardduty/account-wide';

/** A log group as a metric filter may name it: defined in a template, or only by its literal name. */
export type LogGroupTarget = { readonly group: TemplateResource } | { readonly name: string };

/** A metric filter on the target log group, with whether an alarm watches its metric. */
export interface AlarmedFilter {
  readonly filter: string;
  readonly pattern: string;
  readonly alarmed: boolean;
}

export interface FilterScan {
  readonly filters: readonly AlarmedFilter[];
  /** A filter or alarm that could not be read: it might have been one that counts. */
  readonly undecided?: Unknown;
}

/**
 * The metric filters in the anchor's environment that read the target log group,
 * each with whether an AWS::CloudWatch::Alarm watches the metric it publishes. Only
 * templates certainly in the same account and region count; a filter or alarm in a
 * template that may share it makes the scan undecided, naming that template.
 */
export function filtersOn(anchor: TemplateResource, context: RuleContext, target: LogGroupTarget): FilterScan {
  let undecided: Unknown | undefined;
  const note = (v: unknown) => {
    if (isUnknown(v)) undecided ??= v;
  };
  const alarms = ofTypeInEnvironment(anchor.template, context, 'AWS::CloudWatch::Alarm').map((a) => ({
    namespace: a.get('Namespace'),
    metric: a.get('MetricName'),
  }));
  const filters: AlarmedFilter[] = [];
  for (const f of ofTypeInEnvironment(anchor.template, context, 'AWS::Logs::MetricFilter')) {
    const on = readsGroup(f.get('LogGroupName'), f, target);
    note(on);
    if (on !== true) continue;
    // A pattern with an unknown part could match anything or nothing.
    const pattern = f.get('FilterPattern');
    if (isUnknown(pattern)) {
      note(pattern);
      continue;
    }
    const namespace = f.get('MetricTransformations.0.MetricNamespace');
    const metric = f.get('MetricTransformations.0.MetricName');
    let alarmed = false;
    for (const a of alarms) {
      if (isUnknown(a.namespace) || isUnknown(a.metric)) note(isUnknown(a.namespace) ? a.namespace : a.metric);
      else if (a.namespace === namespace && a.metric === metric) alarmed = true;
    }
    if (!alarmed) note(isUnknown(namespace) ? namespace : metric);
    filters.push({
      filter: f.logicalId,
      pattern: String(pattern ?? ''),
      alarmed,
    });
  }
  note(possiblyHere(context, target, filters));
  return undecided ? { filters, undecided } : { filters };
}

/**
 * A metric filter on the target group, or an alarm on a filter's metric, in a template
 * that may be deployed to the same account and region (its account or region, or the
 * anchor's, is not known): it might be the one that counts.
 */
function possiblyHere(context: RuleContext, target: LogGroupTarget, found: readonly AlarmedFilter[]): Unknown | undefined {
  const unalarmed = found.some((f) => !f.alarmed);
  for (const t of context.environment.possibly) {
    const candidate =
      t
        .ofType('AWS::Logs::MetricFilter')
        .find((f) => t.exists(f) !== false && readsGroup(f.get('LogGroupName'), f, target) !== false) ??
      (unalarmed ? t.ofType('AWS::CloudWatch::Alarm').find((a) => t.exists(a) !== false) : undefined);
    if (candidate) {
      return new Unknown(
        `${candidate.logicalId} (${candidate.type}) in ${t.template.file} may be in this account and region, but the account or region of one of the templates is not known; bind both to an environment (CDK env, or --account and --region)`,
      );
    }
  }
  return undefined;
}

/** Whether a metric filter's LogGroupName names the target group. */
function readsGroup(name: unknown, filter: TemplateResource, target: LogGroupTarget): boolean | Unknown {
  if ('group' in target) {
    if (name instanceof ResourceRef)
      return (name.template ?? filter.template) === target.group.template && name.ref === target.group.logicalId;
    const literal = target.group.get('LogGroupName');
    if (typeof name === 'string') return typeof literal === 'string' && name === literal;
    return isUnknown(name) ? name : false;
  }
  if (typeof name === 'string') return name === target.name;
  return isUnknown(name) ? name : false;
}
