import { Rule } from '../../lib/engine/rule';
import { SecretsManagerRotationEnabled } from './SecretsManagerRotationEnabled';
import { SecretsManagerUsingCmk } from './SecretsManagerUsingCmk';

export const rules: Rule[] = [SecretsManagerRotationEnabled, SecretsManagerUsingCmk];
