import { AttributeRef, PartialString, ResourceRef } from '../../lib/engine/intrinsics';
import { RuleContext } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { ofTypeInEnvironment } from '../guardduty/account-wide';

/** The CloudWatch Logs group a trail delivers to, as far as the templates show it. */
export type TrailLogGroup =
  | { readonly kind: 'none' }
  /** Defined in a checked template. */
  | { readonly kind: 'defined'; readonly group: TemplateResource }
  /** Named by a literal ARN that no checked template defines. */
  | { readonly kind: 'outside'; readonly name: string }
  | { readonly kind: 'unknown'; readonly reason: Unknown };

export function trailLogGroup(trail: TemplateResource, context: RuleContext): TrailLogGroup {
  const arn = trail.get('CloudWatchLogsLogGroupArn');
  if (arn === undefined || arn === '') return { kind: 'none' };
  const index = context.scope.templates.find((t) => t.template === trail.template);
  if (arn instanceof ResourceRef || arn instanceof AttributeRef) {
    const group = index?.target(arn);
    return group ? { kind: 'defined', group } : { kind: 'unknown', reason: new Unknown(`log group ${arn.ref} is not defined`) };
  }
  if (arn instanceof PartialString) {
    // An ARN assembled with Fn::Sub or Fn::Join around the group's Ref (its name).
    const group = arn.refs.map((r) => index?.get(r)).find((r) => r?.type === 'AWS::Logs::LogGroup');
    return group ? { kind: 'defined', group } : { kind: 'unknown', reason: arn };
  }
  if (isUnknown(arn)) return { kind: 'unknown', reason: arn };
  const name = logGroupName(String(arn));
  const group = ofTypeInEnvironment(trail.template, context, 'AWS::Logs::LogGroup').find((g) => g.get('LogGroupName') === name);
  return group ? { kind: 'defined', group } : { kind: 'outside', name };
}

/** The name in `arn:aws:logs:region:account:log-group:NAME:*`, or the value itself when it is not an ARN. */
export function logGroupName(arn: string): string {
  const m = /:log-group:(.+?)(:\*)?$/.exec(arn);
  return m ? m[1] : arn;
}
