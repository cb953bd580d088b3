import { Tri, knownSuffix, or } from '../../lib/engine/facts';
import { PartialString } from '../../lib/engine/intrinsics';
import { RuleContext } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { ofTypeInEnvironment } from '../guardduty/account-wide';

/** Whether a service's findings reach someone: an enabled EventBridge rule that matches them and has a target. */
export interface RoutingFacts {
  readonly routed: Tri;
  /** The rules that route them, as `LogicalId (SNS)` or `LogicalId (n targets)`. */
  readonly via: readonly string[];
}

/**
 * Routing facts for the findings of one service (`aws.guardduty`, detail type `GuardDuty Finding`),
 * from every AWS::Events::Rule in the anchor's environment. Findings go to the default event bus,
 * so rules on another bus do not see them.
 */
export function findingRoutes(anchor: TemplateResource, context: RuleContext, source: string, detailType: string): RoutingFacts {
  const results: (boolean | Unknown)[] = [];
  const via: string[] = [];
  for (const rule of ofTypeInEnvironment(anchor.template, context, 'AWS::Events::Rule')) {
    const routes = routesFindings(rule, context, source, detailType);
    results.push(routes);
    if (routes === true) via.push(`${rule.logicalId} (${describeTargets(rule, context)})`);
  }
  const routed = or(...results);
  return { routed, via: routed === true ? via : [] };
}

function routesFindings(rule: TemplateResource, context: RuleContext, source: string, detailType: string): boolean | Unknown {
  const exists = indexOf(rule, context)?.exists(rule) ?? true;
  let pattern = rule.get('EventPattern');
  if (typeof pattern === 'string') {
    try {
      pattern = JSON.parse(pattern);
    } catch {
      return false;
    }
  }
  const checks = [
    matchesFindings(pattern, source, detailType),
    isEnabled(rule.get('State')),
    isDefaultBus(rule, context),
    hasTargets(rule.get('Targets')),
  ];
  if (checks.includes(false)) return false;
  return checks.find(isUnknown) ?? exists;
}

/** Whether an event pattern matches the service's findings. */
export function matchesFindings(pattern: unknown, source: string, detailType: string): boolean | Unknown {
  if (isUnknown(pattern)) return pattern;
  if (!pattern || typeof pattern !== 'object') return false;
  const p = pattern as Record<string, unknown>;
  if (p.source === undefined) return matchesValue(p['detail-type'], detailType);
  return matchesValue(p.source, source);
}

function matchesValue(field: unknown, value: string): boolean | Unknown {
  if (isUnknown(field)) return field;
  const list = Array.isArray(field) ? field : field === undefined ? [] : [field];
  let undecided: Unknown | undefined;
  for (const item of list) {
    if (isUnknown(item)) undecided ??= item;
    else if (item === value) return true;
    else if (item && typeof item === 'object') {
      const prefix = (item as Record<string, unknown>).prefix;
      if (isUnknown(prefix)) undecided ??= prefix;
      else if (typeof prefix === 'string' && value.startsWith(prefix)) return true;
    }
  }
  return undecided ?? false;
}

function isEnabled(state: unknown): boolean | Unknown {
  if (isUnknown(state)) return state;
  return state === undefined || String(state).toUpperCase() !== 'DISABLED';
}

function isDefaultBus(rule: TemplateResource, context: RuleContext): boolean | Unknown {
  const bus = rule.get('EventBusName');
  if (bus === undefined || bus === 'default') return true;
  if (isUnknown(bus) && !(bus instanceof PartialString)) return bus;
  if (indexOf(rule, context)?.target(bus)) return false; // a bus defined in the template is a custom bus
  // An ARN that certainly ends in event-bus/default names the default bus whatever its unknown account or region.
  if (/event-bus\/default$/.test(knownSuffix(bus) ?? '')) return true;
  return bus instanceof PartialString ? bus : typeof bus === 'string' ? false : new Unknown('the event bus is not a name or ARN');
}

function hasTargets(targets: unknown): boolean | Unknown {
  if (isUnknown(targets)) return targets;
  return Array.isArray(targets) && targets.length > 0;
}

function describeTargets(rule: TemplateResource, context: RuleContext): string {
  const targets = rule.get('Targets') as unknown[];
  const index = indexOf(rule, context);
  const sns = targets.some((t) => {
    const arn = (t as Record<string, unknown> | undefined)?.Arn;
    if (index?.target(arn)?.type === 'AWS::SNS::Topic') return true;
    const text = arn instanceof PartialString ? arn.text : typeof arn === 'string' ? arn : '';
    return text.includes(':sns:');
  });
  return sns ? 'SNS' : `${targets.length} target${targets.length === 1 ? '' : 's'}`;
}

function indexOf(resource: TemplateResource, { scope }: RuleContext) {
  return scope.templates.find((t) => t.template === resource.template);
}
