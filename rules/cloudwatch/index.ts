import { Rule } from '../../lib/engine/rule';
import { CloudWatchAlarmHasAction } from './CloudWatchAlarmHasAction';

export const rules: Rule[] = [CloudWatchAlarmHasAction];
