import { Rule } from '../../lib/engine/rule';
import { SnsTopicEncryptedKms } from './SnsTopicEncryptedKms';
import { SnsTopicTlsOnly } from './SnsTopicTlsOnly';

export const rules: Rule[] = [SnsTopicEncryptedKms, SnsTopicTlsOnly];
