import { Rule } from '../../lib/engine/rule';
import { DmsEndpointPasswordNotPlaintext } from './DmsEndpointPasswordNotPlaintext';
import { DmsEndpointSslConfigured } from './DmsEndpointSslConfigured';
import { DmsReplicationInstanceNotPublic } from './DmsReplicationInstanceNotPublic';

export const rules: Rule[] = [DmsReplicationInstanceNotPublic, DmsEndpointSslConfigured, DmsEndpointPasswordNotPlaintext];
