import { Tri } from '../../lib/engine/facts';
import { attributePolicies, deniesInsecureTransport } from '../../lib/engine/policy';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** How many topic policies apply to the topic. */
  readonly policies: number;
  /** Whether one of them denies sns:Publish without TLS; Unknown only when a policy that might is unreadable. */
  readonly denies: Tri;
}

export const SnsTopicTlsOnly = defineRule<Facts>({
  id: 'SnsTopicTlsOnly',
  title: 'SNS topics refuse publishing without TLS',
  description:
    'A topic policy that denies sns:Publish when aws:SecureTransport is false stops any client, misconfigured or not, from sending messages in clear text.',
  severity: 'warning',
  controls: { ncscCsp: ['1'], tenSteps: ['data-security'] },
  remediation:
    'Attach an AWS::SNS::TopicPolicy with a statement denying sns:Publish to Principal "*" when aws:SecureTransport is false (CDK: enforceSSL: true).',
  template: {
    resourceTypes: ['AWS::SNS::Topic'],
    facts(topic, { index }) {
      const policies = [
        ...index.referrers(topic, 'AWS::SNS::TopicPolicy', 'Topics'),
        ...index.referrers(topic, 'AWS::SNS::TopicInlinePolicy', 'TopicArn'),
      ]
        .filter((p) => index.exists(p) !== false)
        .map((p) => p.get('PolicyDocument'));
      return { policies: policies.length, denies: deniesInsecureTransport(policies, 'sns:Publish') };
    },
  },
  configItem: {
    resourceTypes: ['AWS::SNS::Topic'],
    facts(topic) {
      const policies = attributePolicies(topic.configuration.Policy);
      return { policies: policies.length, denies: deniesInsecureTransport(policies, 'sns:Publish') };
    },
  },
  evaluate({ policies, denies }) {
    if (policies === 0) return fail('no topic policy denies publishing without TLS');
    if (isUnknown(denies)) return needsReview(`the topic policy could not be read: ${denies.reason}`);
    return denies
      ? pass('the topic policy denies publishing without TLS')
      : fail('the topic policy does not deny sns:Publish where aws:SecureTransport is false');
  },
});
