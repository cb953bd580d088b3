import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { deniesInsecureTransport } from '../sns/secure-transport';

interface Facts {
  /** PolicyDocument of every queue policy that applies to the queue. */
  readonly policies: unknown[];
}

export const SqsQueueTlsOnly = defineRule<Facts>({
  id: 'SqsQueueTlsOnly',
  title: 'SQS queues refuse requests without TLS',
  description:
    'SQS still answers on plain HTTP endpoints; a queue policy that denies sqs:* when aws:SecureTransport is false keeps messages from travelling in clear text.',
  severity: 'warning',
  resourceTypes: ['AWS::SQS::Queue'],
  controls: { ncscCsp: ['1'], tenSteps: ['data-security'] },
  remediation:
    'Attach an AWS::SQS::QueuePolicy with a statement denying sqs:* to Principal "*" when aws:SecureTransport is false (CDK: enforceSSL: true).',
  fromTemplate(queue, { index }) {
    const policies = [
      ...index.referrers(queue, 'AWS::SQS::QueuePolicy', 'Queues'),
      ...index.referrers(queue, 'AWS::SQS::QueueInlinePolicy', 'Queue'),
    ]
      .filter((p) => index.exists(p) !== false)
      .map((p) => p.get('PolicyDocument'));
    return { policies };
  },
  evaluate({ policies }) {
    if (policies.length === 0) return fail('no queue policy denies requests without TLS');
    const denies = deniesInsecureTransport(policies, 'sqs:SendMessage');
    if (isUnknown(denies)) return needsReview(`the queue policy could not be read: ${denies.reason}`);
    return denies
      ? pass('the queue policy denies requests without TLS')
      : fail('the queue policy does not deny sqs:SendMessage where aws:SecureTransport is false');
  },
});
