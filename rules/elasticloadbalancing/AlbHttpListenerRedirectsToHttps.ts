import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { ActionKind, actionKinds, listenerRules } from './listener';

interface Facts {
  readonly protocol: unknown;
  readonly defaultActions: ActionKind[] | Unknown;
  /** Action kinds of each listener rule attached to the listener. */
  readonly ruleActions: Array<{ readonly rule: string; readonly actions: ActionKind[] | Unknown }>;
}

export const AlbHttpListenerRedirectsToHttps = defineRule<Facts>({
  id: 'AlbHttpListenerRedirectsToHttps',
  title: 'HTTP listeners only redirect to HTTPS',
  description:
    'An HTTP listener that forwards requests serves the application in clear text; its only job should be to send clients to HTTPS.',
  severity: 'error',
  controls: { ncscCsp: ['1'], tenSteps: ['data-security'], internetFirst: ['IF-1'] },
  configRule: 'ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK',
  remediation:
    'Make the HTTP listener’s default action a redirect with Protocol HTTPS, Port 443, StatusCode HTTP_301, and attach no forwarding rules to it (CDK: loadBalancer.addRedirect()).',
  template: {
    resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
    facts(listener, { index }) {
      const protocol = listener.get('Protocol');
      if (protocol !== 'HTTP') return { protocol, defaultActions: [], ruleActions: [] };
      return {
        protocol,
        defaultActions: actionKinds(listener.get('DefaultActions')),
        ruleActions: listenerRules(listener, index).map((r) => ({ rule: r.logicalId, actions: actionKinds(r.get('Actions')) })),
      };
    },
  },
  evaluate({ protocol, defaultActions, ruleActions }) {
    if (isUnknown(protocol)) return needsReview(`Protocol is not known: ${protocol.reason}`);
    if (protocol !== 'HTTP') return notApplicable(`the listener protocol is ${String(protocol ?? 'not set')}`);
    if (isUnknown(defaultActions)) return needsReview(`DefaultActions are not known: ${defaultActions.reason}`);
    const problems: string[] = [];
    let undecided: Unknown | undefined;
    if (!defaultActions.includes('redirect-https')) {
      problems.push(`the default action is ${defaultActions.join(', ') || 'missing'} instead of a redirect to HTTPS`);
    }
    for (const { rule, actions } of ruleActions) {
      if (isUnknown(actions)) undecided ??= actions;
      else if (actions.includes('forward') || actions.includes('redirect-http'))
        problems.push(`listener rule ${rule} serves requests over HTTP`);
    }
    if (problems.length) return fail(problems.join('; '));
    if (undecided) return needsReview(`a listener rule is not known: ${undecided.reason}`);
    return pass('the HTTP listener only redirects to HTTPS');
  },
});
