import { Rule } from '../../lib/engine/rule';
import { MskClientBrokerTls } from './MskClientBrokerTls';
import { MskEncryptedWithCmk } from './MskEncryptedWithCmk';
import { MskInClusterTls } from './MskInClusterTls';

export const rules: Rule[] = [MskInClusterTls, MskClientBrokerTls, MskEncryptedWithCmk];
