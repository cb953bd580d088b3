import { Maybe, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { ActionKind, UNRECORDED_LISTENER_RULES, actionKinds, listenerProtocolOfItem, listenerRules } from './listener';

const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';

interface Facts {
  readonly protocol: Maybe<string>;
  /** What the default action does with a request; read only for HTTP listeners. */
  readonly defaultActions?: ActionKind[] | Unknown;
  /** Action kinds of each listener rule attached to an HTTP listener. */
  readonly ruleActions?: Array<{ readonly rule: string; readonly actions: ActionKind[] | Unknown }> | Unknown;
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
    resourceTypes: [LISTENER],
    facts(listener, { index }) {
      const protocol = asString(listener.get('Protocol'));
      if (protocol !== 'HTTP') return { protocol };
      return {
        protocol,
        defaultActions: actionKinds(listener.get('DefaultActions')),
        ruleActions: listenerRules(listener, index).map((r) => ({ rule: r.logicalId, actions: actionKinds(r.get('Actions')) })),
      };
    },
  },
  configItem: {
    resourceTypes: [LISTENER],
    // The listener item records its default actions in the CloudFormation shape; its rules are not recorded.
    facts(item) {
      const protocol = listenerProtocolOfItem(item);
      if (protocol !== 'HTTP') return { protocol };
      const actions = item.configuration.DefaultActions;
      return {
        protocol,
        defaultActions:
          actions === undefined
            ? new Unknown('the configuration item does not record the default actions')
            : actionKinds(actions),
        ruleActions: UNRECORDED_LISTENER_RULES,
      };
    },
  },
  evaluate({ protocol, defaultActions = [], ruleActions = [] }) {
    if (isUnknown(protocol)) return needsReview(`the listener protocol is not known: ${protocol.reason}`);
    if (protocol !== 'HTTP') return notApplicable(`the listener protocol is ${protocol ?? 'not set'}`);
    if (isUnknown(defaultActions)) return needsReview(`the default actions are not known: ${defaultActions.reason}`);
    const problems: string[] = [];
    let undecided: Unknown | undefined;
    if (!defaultActions.includes('redirect-https')) {
      problems.push(`the default action is ${defaultActions.join(', ') || 'missing'} instead of a redirect to HTTPS`);
    }
    if (isUnknown(ruleActions)) undecided = ruleActions;
    else
      for (const { rule, actions } of ruleActions) {
        if (isUnknown(actions)) undecided ??= actions;
        else if (actions.includes('forward') || actions.includes('redirect-http'))
          problems.push(`listener rule ${rule} serves requests over HTTP`);
      }
    if (problems.length) return fail(problems.join('; '));
    if (undecided) return needsReview(`the listener rules are not known: ${undecided.reason}`);
    return pass('the HTTP listener only redirects to HTTPS');
  },
});
