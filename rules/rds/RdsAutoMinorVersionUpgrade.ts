import { asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { value } from './item';

interface Facts {
  readonly autoMinorVersionUpgrade: boolean | undefined | Unknown;
}

export const RdsAutoMinorVersionUpgrade = defineRule<Facts>({
  id: 'RdsAutoMinorVersionUpgrade',
  title: 'RDS DB instances take minor engine upgrades automatically',
  description:
    'Minor engine versions carry security fixes; applying them in the maintenance window keeps the database inside the Cyber Essentials 14-day patching window without manual work.',
  severity: 'warning',
  controls: { ncscCsp: ['5.1'], tenSteps: ['vulnerability-management'], cyberEssentials: ['security-update-management'] },
  configRule: 'RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED',
  remediation: 'Remove AutoMinorVersionUpgrade: false, or set it to true (CDK: autoMinorVersionUpgrade: true).',
  template: {
    resourceTypes: ['AWS::RDS::DBInstance'],
    facts: (db) => ({ autoMinorVersionUpgrade: asBoolean(db.get('AutoMinorVersionUpgrade')) }),
  },
  configItem: {
    resourceTypes: ['AWS::RDS::DBInstance'],
    facts: (db) => ({ autoMinorVersionUpgrade: asBoolean(value(db, 'autoMinorVersionUpgrade')) }),
  },
  evaluate({ autoMinorVersionUpgrade }) {
    if (isUnknown(autoMinorVersionUpgrade))
      return needsReview(`automatic minor version upgrade is not known: ${autoMinorVersionUpgrade.reason}`);
    if (autoMinorVersionUpgrade === false) return fail('automatic minor version upgrade is off');
    // RDS applies minor upgrades automatically unless told not to.
    return pass(
      autoMinorVersionUpgrade
        ? 'automatic minor version upgrade is on'
        : 'automatic minor version upgrade is not set, and RDS upgrades minor versions by default',
    );
  },
});
