import { Rule } from '../../lib/engine/rule';
import { KinesisFirehoseEncrypted } from './KinesisFirehoseEncrypted';
import { KinesisStreamEncrypted } from './KinesisStreamEncrypted';

export const rules: Rule[] = [KinesisStreamEncrypted, KinesisFirehoseEncrypted];
