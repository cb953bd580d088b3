import { Rule } from '../../lib/engine/rule';
import { SecurityHubEnabled } from './SecurityHubEnabled';
import { SecurityHubFindingsRoutedToAlerts } from './SecurityHubFindingsRoutedToAlerts';
import { SecurityHubFoundationalStandardEnabled } from './SecurityHubFoundationalStandardEnabled';

export const rules: Rule[] = [SecurityHubEnabled, SecurityHubFoundationalStandardEnabled, SecurityHubFindingsRoutedToAlerts];
