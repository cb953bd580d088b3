import { defineRule } from '../../lib/engine/rule';
import { evaluatePassword } from '../rds/RdsMasterPasswordNotPlaintext';
import { PasswordFacts, passwordSource } from '../rds/credentials';

export const DocDbMasterPasswordNotPlaintext = defineRule<PasswordFacts>({
  id: 'DocDbMasterPasswordNotPlaintext',
  title: 'DocumentDB master passwords are not written into templates',
  description:
    'A master password in a template, a parameter default or an echoed parameter is readable by everyone who can read the repository, the cloud assembly or the stack in the console.',
  severity: 'error',
  controls: {
    ncscCsp: ['10'],
    tenSteps: ['architecture-and-configuration', 'identity-and-access-management'],
    cyberEssentials: ['secure-configuration'],
  },
  remediation:
    'Let DocumentDB manage the password in Secrets Manager (ManageMasterUserPassword: true), or use a {{resolve:secretsmanager:…}} dynamic reference (CDK: masterUser with a generated secret).',
  template: {
    resourceTypes: ['AWS::DocDB::DBCluster'],
    facts: (cluster) => passwordSource(cluster, 'MasterUserPassword', 'ManageMasterUserPassword'),
  },
  evaluate: evaluatePassword('MasterUserPassword'),
});
