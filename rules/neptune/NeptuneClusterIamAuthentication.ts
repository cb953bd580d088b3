import { Maybe, asBoolean, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { OnEngine, clusterItems, onEngine } from '../docdb/engine-cluster';

interface IamFacts {
  /** Whether clients must sign requests with IAM credentials. */
  readonly iamAuth: Maybe<boolean>;
}

export const NeptuneClusterIamAuthentication = defineRule<OnEngine<IamFacts>>({
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
    facts: (cluster) => ({ iamAuth: asBoolean(cluster.get('IamAuthEnabled')), engine: 'neptune' }),
  },
  configItem: clusterItems((c) => ({ iamAuth: asBoolean(recorded(c, 'iamdatabaseAuthenticationEnabled')) })),
  evaluate: onEngine('neptune', 'Neptune', ({ iamAuth }: IamFacts) => {
    if (isUnknown(iamAuth)) return needsReview(`whether IAM authentication is required is not known: ${iamAuth.reason}`);
    if (iamAuth === true) return pass('IAM database authentication is required');
    return fail(
      iamAuth === false ? 'IAM database authentication is off' : 'IAM database authentication is not set (it defaults to off)',
    );
  }),
});
