// The rule the README shows under "Writing a rule"; a test keeps the two the same and runs it on both sources.
import { Maybe, asNumber, defineRule, fail, isUnknown, needsReview, pass } from '../../lib/rules-api';

export const QueueRetentionDays = defineRule<{ seconds: Maybe<number> }>({
  id: 'TeamQueueRetention',
  title: 'Queues keep messages for at least four days',
  description: 'Short retention loses messages during an incident.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  remediation: 'Set MessageRetentionPeriod to 345600 or more.',
  template: {
    resourceTypes: ['AWS::SQS::Queue'],
    facts: (queue) => ({ seconds: asNumber(queue.get('MessageRetentionPeriod')) }),
  },
  configItem: {
    resourceTypes: ['AWS::SQS::Queue'],
    facts: (item) => ({ seconds: asNumber(item.configuration.MessageRetentionPeriod) }),
  },
  evaluate({ seconds }) {
    if (isUnknown(seconds)) return needsReview(`the retention period is not known: ${seconds.reason}`);
    return (seconds ?? 345600) >= 345600 ? pass('retention is four days or more') : fail(`retention is ${seconds} seconds`);
  },
});
