import { Maybe, asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly iamAuth: Maybe<boolean>;
}

export const NeptuneClusterIamAuthentication = defineRule<Facts>({
  id: 'NeptuneClusterIamAuthentication',
  title: 'Neptune clusters require IAM database authentication',
  description:
    'Without IAM authentication any client that reaches the endpoint can query the graph; with it every request is signed by an IAM identity that can be granted, audited and revoked.',
  severity: 'error',
  controls: { ncscCsp: ['10'], tenSteps: ['identity-and-access-management'], cyberEssentials: ['user-access-control'] },
  configRule: 'NEPTUNE_CLUSTER_IAM_DATABASE_AUTHENTICATION',
  remediation:
    'Set IamAuthEnabled: true (CDK: iamAuthentication: true) and grant neptune-db:* actions to the roles that need them.',
  template: {
    resourceTypes: ['AWS::Neptune::DBCluster'],
    facts: (cluster) => ({ iamAuth: asBoolean(cluster.get('IamAuthEnabled')) }),
  },
  evaluate({ iamAuth }) {
    if (isUnknown(iamAuth)) return needsReview(`IamAuthEnabled is not known: ${iamAuth.reason}`);
    if (iamAuth === true) return pass('IamAuthEnabled is true');
    return fail(iamAuth === false ? 'IamAuthEnabled is false' : 'IamAuthEnabled is not set (it defaults to false)');
  },
});
