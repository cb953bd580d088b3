import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { isSet } from '../iam/values';

interface Facts {
  readonly deadLetter: boolean | Unknown;
}

export const LambdaDlqConfigured = defineRule<Facts>({
  id: 'LambdaDlqConfigured',
  title: 'Lambda functions have a dead-letter queue',
  description:
    'Asynchronous events that fail every retry are dropped without a dead-letter queue, losing data and the evidence of what failed.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['incident-management'] },
  configRule: 'LAMBDA_DLQ_CHECK',
  remediation:
    'Set DeadLetterConfig.TargetArn to an encrypted SQS queue or SNS topic (CDK: deadLetterQueueEnabled: true or deadLetterQueue).',
  template: {
    resourceTypes: ['AWS::Lambda::Function'],
    facts: (fn) => ({ deadLetter: isSet(fn, 'DeadLetterConfig.TargetArn') }),
  },
  evaluate({ deadLetter }) {
    if (isUnknown(deadLetter)) return needsReview(`DeadLetterConfig.TargetArn is not known: ${deadLetter.reason}`);
    return deadLetter ? pass('a dead-letter queue is configured') : fail('DeadLetterConfig is not set');
  },
});
