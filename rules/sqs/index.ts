import { Rule } from '../../lib/engine/rule';
import { SqsQueueEncrypted } from './SqsQueueEncrypted';
import { SqsQueueTlsOnly } from './SqsQueueTlsOnly';

export const rules: Rule[] = [SqsQueueEncrypted, SqsQueueTlsOnly];
