import { readFileSync } from 'fs';
import { join } from 'path';
import { QueueRetentionDays as rule } from '../../examples/rules/queue-retention';
import { configItem, statusOf, statusOfItem, template } from '../rules/harness';

const ROOT = join(__dirname, '../..');

describe('the rule the README shows', () => {
  it('is the example file, word for word but for the import path', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shown = /### Writing a rule\n\n```ts\n([\s\S]*?)```/.exec(readme)![1];
    const file = readFileSync(join(ROOT, 'examples/rules/queue-retention.ts'), 'utf8').split('\n').slice(1).join('\n');
    expect(file).toBe(shown.replace("from 'palisade-nhs/rules';", "from '../../lib/rules-api';"));
  });

  it('decides a template and a configuration item alike', () => {
    const queue = (seconds?: number) =>
      template({ Q: { Type: 'AWS::SQS::Queue', Properties: seconds === undefined ? {} : { MessageRetentionPeriod: seconds } } });
    expect([statusOf(rule, 'Q', queue(60)), statusOf(rule, 'Q', queue())]).toEqual(['NON_COMPLIANT', 'COMPLIANT']);
    const item = (seconds: number) => configItem('AWS::SQS::Queue', { MessageRetentionPeriod: seconds });
    expect([statusOfItem(rule, item(60)), statusOfItem(rule, item(400000))]).toEqual(['NON_COMPLIANT', 'COMPLIANT']);
  });
});
