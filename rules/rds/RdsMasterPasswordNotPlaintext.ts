import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { PasswordFacts, passwordSource } from './credentials';

export const RdsMasterPasswordNotPlaintext = defineRule<PasswordFacts>({
  id: 'RdsMasterPasswordNotPlaintext',
  title: 'RDS master passwords are not written into templates',
  description:
    'A master password in a template, a parameter default or an echoed parameter is readable by everyone who can read the repository, the cloud assembly or the stack in the console.',
  severity: 'error',
  controls: {
    ncscCsp: ['10'],
    tenSteps: ['architecture-and-configuration', 'identity-and-access-management'],
    cyberEssentials: ['secure-configuration'],
  },
  remediation:
    'Let RDS manage the password in Secrets Manager (ManageMasterUserPassword: true), or use a {{resolve:secretsmanager:…}} dynamic reference (CDK: credentials: Credentials.fromGeneratedSecret(...)).',
  template: {
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    facts: (db) => passwordSource(db, 'MasterUserPassword', 'ManageMasterUserPassword'),
  },
  evaluate: evaluatePassword('MasterUserPassword'),
});

/** The verdict for a password source, shared with the DocumentDB and DMS password rules. */
export function evaluatePassword(property: string) {
  return ({ source, parameter }: PasswordFacts) => {
    if (isUnknown(source)) return needsReview(`where ${property} comes from is not known: ${source.reason}`);
    switch (source) {
      case 'absent':
        return pass(`no ${property} in the template`);
      case 'managed':
        return pass('the password is managed by the service in Secrets Manager');
      case 'dynamic-reference':
        return pass(`${property} is resolved from a secret store at deployment`);
      case 'no-echo-parameter':
        return pass(`${property} comes from NoEcho parameter ${parameter} without a default`);
      case 'parameter-with-default':
        return fail(`${property} comes from parameter ${parameter}, whose Default puts the password in the template`);
      case 'echoed-parameter':
        return fail(`${property} comes from parameter ${parameter}, which is not NoEcho, so the console and API show it`);
      case 'literal':
        return fail(`${property} is written in the template as plain text`);
    }
  };
}
