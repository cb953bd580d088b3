import { RuleContext, defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown } from '../../lib/engine/unknown';
import { filtersOn } from '../logs/metric-alarms';
import { TrailLogGroup, trailLogGroup } from './trail-log-group';

/**
 * The CIS / NCSC set of events worth an alarm, each recognised by the CloudTrail event
 * names its metric filter pattern mentions (`{ $.eventName = StopLogging }` and the like).
 */
export const SECURITY_EVENTS: readonly { readonly name: string; readonly matches: (pattern: string) => boolean }[] = [
  { name: 'unauthorised API calls', matches: (p) => /UnauthorizedOperation|AccessDenied/.test(p) },
  { name: 'console sign-in without MFA', matches: (p) => /ConsoleLogin/.test(p) && /MFAUsed/.test(p) },
  { name: 'root user activity', matches: (p) => /"?Root"?/.test(p) && /userIdentity\.type/.test(p) },
  {
    name: 'IAM policy changes',
    matches: (p) => /(Put|Delete|Attach|Detach)(Group|Role|User)Policy|(Create|Delete)Policy(Version)?/.test(p),
  },
  { name: 'CloudTrail configuration changes', matches: (p) => /StopLogging|DeleteTrail|UpdateTrail/.test(p) },
  { name: 'AWS Config changes', matches: (p) => /StopConfigurationRecorder|DeleteDeliveryChannel/.test(p) },
  {
    name: 'security group changes',
    matches: (p) => /(Authorize|Revoke)SecurityGroup(Ingress|Egress)|(Create|Delete)SecurityGroup/.test(p),
  },
  { name: 'network ACL changes', matches: (p) => /NetworkAcl/.test(p) },
  {
    name: 'route table changes',
    matches: (p) => /(Create|Replace|Delete)Route\b|(Create|Delete)RouteTable|ReplaceRouteTableAssociation/.test(p),
  },
  { name: 'internet and customer gateway changes', matches: (p) => /InternetGateway|CustomerGateway/.test(p) },
  { name: 'KMS key disabling or scheduled deletion', matches: (p) => /DisableKey|ScheduleKeyDeletion/.test(p) },
];

interface Facts {
  readonly skip?: string;
  /** Security events with no metric filter on the trail's log group that an alarm watches. */
  readonly missing: readonly string[];
  /** A filter or alarm that could not be read, kept only when something is missing. */
  readonly undecided?: Unknown;
}

export const CloudTrailSecurityEventAlarms = defineRule<Facts>({
  id: 'CloudTrailSecurityEventAlarms',
  title: 'Security-relevant API activity in the trail raises alarms',
  description:
    'Metric filters and alarms on the trail’s log group turn root use, sign-in without MFA, denied API calls and changes to IAM, logging, network boundaries and keys into alerts within minutes (NCSC 13, CIS AWS Foundations section 4).',
  severity: 'warning',
  controls: { ncscCsp: ['13.2', '5.2'], tenSteps: ['logging-and-monitoring', 'incident-management'], internetFirst: ['IF-2'] },
  remediation:
    'For each missing event class, add an AWS::Logs::MetricFilter on the trail’s log group (for example { ($.eventName = StopLogging) || ($.eventName = DeleteTrail) || ($.eventName = UpdateTrail) }) and an AWS::CloudWatch::Alarm on its metric with an SNS AlarmAction.',
  template: {
    resourceTypes: ['AWS::CloudTrail::Trail'],
    facts(trail, context) {
      const target = trailLogGroup(trail, context);
      if (target.kind === 'none')
        return { skip: 'the trail does not deliver to CloudWatch Logs (see CloudTrailCloudWatchLogsEnabled)', missing: [] };
      if (target.kind === 'unknown') return { missing: SECURITY_EVENTS.map((e) => e.name), undecided: target.reason };
      return coverage(trail, context, target);
    },
  },
  evaluate({ skip, missing, undecided }) {
    if (skip) return notApplicable(skip);
    if (missing.length === 0) return pass('every security event class has a metric filter and an alarm');
    if (undecided) return needsReview(`a metric filter or alarm could not be read: ${undecided.reason}`);
    return fail(`no alarmed metric filter on the trail’s log group for: ${missing.join(', ')}`);
  },
});

function coverage(
  trail: TemplateResource,
  context: RuleContext,
  target: Exclude<TrailLogGroup, { kind: 'none' | 'unknown' }>,
): Facts {
  const scan = filtersOn(trail, context, target.kind === 'defined' ? { group: target.group } : { name: target.name });
  const missing = SECURITY_EVENTS.filter((e) => !scan.filters.some((f) => f.alarmed && e.matches(f.pattern))).map((e) => e.name);
  return missing.length && scan.undecided ? { missing, undecided: scan.undecided } : { missing };
}
