import { Tri, hasProperty, isSet } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { valueAt } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly deadLetter: Tri;
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
    facts: (fn) => ({ deadLetter: hasProperty(fn, 'DeadLetterConfig.TargetArn') }),
  },
  configItem: {
    resourceTypes: ['AWS::Lambda::Function'],
    facts: (item) => ({ deadLetter: isSet(valueAt(item.configuration, 'deadLetterConfig.targetArn')) }),
  },
  evaluate({ deadLetter }) {
    if (isUnknown(deadLetter)) return needsReview(`DeadLetterConfig.TargetArn is not known: ${deadLetter.reason}`);
    return deadLetter ? pass('a dead-letter queue is configured') : fail('DeadLetterConfig is not set');
  },
});
