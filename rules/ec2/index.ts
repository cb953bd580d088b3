import { Rule } from '../../lib/engine/rule';
import { SecurityGroupNoPublicAdminPorts } from './SecurityGroupNoPublicAdminPorts';
import { VpcFlowLogsEnabled } from './VpcFlowLogsEnabled';

export const rules: Rule[] = [SecurityGroupNoPublicAdminPorts, VpcFlowLogsEnabled];
