import { defineRule } from '../../lib/engine/rule';
import { evaluatePassword } from '../rds/RdsMasterPasswordNotPlaintext';
import { PasswordFacts, passwordSource } from '../rds/credentials';

export const DmsEndpointPasswordNotPlaintext = defineRule<PasswordFacts>({
  id: 'DmsEndpointPasswordNotPlaintext',
  title: 'DMS endpoint passwords are not written into templates',
  description:
    'An endpoint password in a template, a parameter default or an echoed parameter is readable by everyone who can read the repository or the stack, and it opens a production database.',
  severity: 'error',
  controls: {
    ncscCsp: ['10'],
    tenSteps: ['identity-and-access-management'],
    cyberEssentials: ['secure-configuration'],
  },
  remediation:
    'Give the endpoint its credentials through the engine settings’ SecretsManagerSecretId, or a {{resolve:secretsmanager:…}} dynamic reference.',
  template: {
    resourceTypes: ['AWS::DMS::Endpoint'],
    facts: (endpoint) => passwordSource(endpoint, 'Password'),
  },
  evaluate: evaluatePassword('Password'),
});
