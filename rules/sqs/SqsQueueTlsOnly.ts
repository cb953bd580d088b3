import { Tri } from '../../lib/engine/facts';
import { attributePolicies, deniesInsecureTransport } from '../../lib/engine/policy';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** How many queue policies apply to the queue. */
  readonly policies: number;
  /** Whether one of them denies sqs:SendMessage without TLS; Unknown only when a policy that might is unreadable. */
  readonly denies: Tri;
}

export const SqsQueueTlsOnly = defineRule<Facts>({
  id: 'SqsQueueTlsOnly',
  title: 'SQS queues refuse requests without TLS',
  description:
    'SQS still answers on plain HTTP endpoints; a queue policy that denies sqs:* when aws:SecureTransport is false keeps messages from travelling in clear text.',
  severity: 'warning',
  controls: { ncscCsp: ['1'], tenSteps: ['data-security'] },
  remediation:
    'Attach an AWS::SQS::QueuePolicy with a statement denying sqs:* to Principal "*" when aws:SecureTransport is false (CDK: enforceSSL: true).',
  template: {
    resourceTypes: ['AWS::SQS::Queue'],
    facts(queue, { index }) {
      const policies = [
        ...index.referrers(queue, 'AWS::SQS::QueuePolicy', 'Queues'),
        ...index.referrers(queue, 'AWS::SQS::QueueInlinePolicy', 'Queue'),
      ]
        .filter((p) => index.exists(p) !== false)
        .map((p) => p.get('PolicyDocument'));
      return { policies: policies.length, denies: deniesInsecureTransport(policies, 'sqs:SendMessage') };
    },
  },
  configItem: {
    resourceTypes: ['AWS::SQS::Queue'],
    facts(queue) {
      const policies = attributePolicies(queue.configuration.Policy);
      return { policies: policies.length, denies: deniesInsecureTransport(policies, 'sqs:SendMessage') };
    },
  },
  evaluate({ policies, denies }) {
    if (policies === 0) return fail('no queue policy denies requests without TLS');
    if (isUnknown(denies)) return needsReview(`the queue policy could not be read: ${denies.reason}`);
    return denies
      ? pass('the queue policy denies requests without TLS')
      : fail('the queue policy does not deny sqs:SendMessage where aws:SecureTransport is false');
  },
});
