import { asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { DEFAULT_ADMIN_NAMES, usernameOf } from './credentials';
import { value } from './item';

interface Facts {
  /** The master username as far as the template shows it; undefined when inherited (replica, restore, Aurora member). */
  readonly username: string | undefined | Unknown;
}

export const RdsNoDefaultAdminUsername = defineRule<Facts>({
  id: 'RdsNoDefaultAdminUsername',
  title: 'RDS databases do not use a default master username',
  description:
    'Default administrator names such as admin and postgres are the first guesses of a password-spraying attack; Cyber Essentials asks for default accounts to be removed or renamed.',
  severity: 'warning',
  controls: {
    ncscCsp: ['10'],
    tenSteps: ['architecture-and-configuration', 'identity-and-access-management'],
    cyberEssentials: ['secure-configuration'],
  },
  configRule: 'RDS_INSTANCE_DEFAULT_ADMIN_CHECK',
  remediation:
    'Choose a MasterUsername that is not a default (admin, postgres, root, sa, …) (CDK: credentials: Credentials.fromGeneratedSecret("appowner")).',
  template: {
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    facts: (db, { index }) => ({ username: usernameOf(db, 'MasterUsername', index) }),
  },
  configItem: {
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    facts: (db) => ({ username: asString(value(db, 'masterUsername')) }),
  },
  evaluate({ username }) {
    if (isUnknown(username)) return needsReview(`the master username is not known: ${username.reason}`);
    if (username === undefined)
      return notApplicable('no master username here: it is inherited from the cluster, source or snapshot');
    if (DEFAULT_ADMIN_NAMES.includes(username.toLowerCase()))
      return fail(`the master username is the default name "${username}"`);
    return pass('the master username is not a default name');
  },
});
