import { Rule } from '../../lib/engine/rule';
import { ConfigRecorderHasDeliveryChannel } from './ConfigRecorderHasDeliveryChannel';
import { ConfigRecorderPresent } from './ConfigRecorderPresent';
import { ConfigRecorderRecordsAllResources } from './ConfigRecorderRecordsAllResources';

export const rules: Rule[] = [ConfigRecorderPresent, ConfigRecorderRecordsAllResources, ConfigRecorderHasDeliveryChannel];
