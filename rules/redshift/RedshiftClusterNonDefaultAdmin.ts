import { Maybe, asString, recorded } from '../../lib/engine/facts';
import { PartialString } from '../../lib/engine/intrinsics';
import { RuleContext, defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/** The username the Redshift console and many examples use; the first one tried against an exposed cluster. */
const DEFAULT_ADMIN = 'awsuser';

interface Facts {
  /** The admin username, resolved through a generated secret where the template shows one. */
  readonly username: Maybe<string>;
}

export const RedshiftClusterNonDefaultAdmin = defineRule<Facts>({
  id: 'RedshiftClusterNonDefaultAdmin',
  title: 'Redshift clusters do not use the default admin username',
  description:
    'A well-known admin name halves the guessing an attacker needs; a unique one, with the password in Secrets Manager, removes the easy half.',
  severity: 'warning',
  controls: {
    ncscCsp: ['10'],
    tenSteps: ['architecture-and-configuration', 'identity-and-access-management'],
    cyberEssentials: ['secure-configuration'],
  },
  configRule: 'REDSHIFT_DEFAULT_ADMIN_CHECK',
  remediation: `Choose a MasterUsername other than ${DEFAULT_ADMIN}, generated into a Secrets Manager secret (CDK: masterUser: { masterUsername: "..." }).`,
  template: {
    resourceTypes: ['AWS::Redshift::Cluster'],
    facts: (cluster, context) => ({ username: adminName(cluster, context) }),
  },
  configItem: {
    resourceTypes: ['AWS::Redshift::Cluster'],
    facts: ({ configuration: c }) => ({ username: asString(recorded(c, 'masterUsername')) }),
  },
  evaluate({ username }) {
    if (username === undefined) return notApplicable('no admin username is set (the cluster is restored from a snapshot)');
    if (isUnknown(username)) return needsReview(`the admin username is not known: ${username.reason}`);
    return username.toLowerCase() === DEFAULT_ADMIN
      ? fail(`the admin username is the default ${DEFAULT_ADMIN}`)
      : pass('the admin username is not the default');
  },
});

/** The literal username, or the `username` of the generated secret a dynamic reference points at. */
function adminName(cluster: TemplateResource, { scope }: RuleContext): Maybe<string> {
  const value = cluster.get('MasterUsername');
  if (value === undefined || (typeof value === 'string' && !value.includes('{{resolve:'))) return value as string | undefined;
  const index = scope.templates.find((t) => t.template === cluster.template);
  const refs = value instanceof PartialString ? value.refs : [];
  for (const ref of refs) {
    const secret = index?.get(ref);
    if (secret?.type !== 'AWS::SecretsManager::Secret') continue;
    const template = secret.get('GenerateSecretString.SecretStringTemplate');
    if (typeof template !== 'string') continue;
    try {
      const username = (JSON.parse(template) as Record<string, unknown>).username;
      if (typeof username === 'string') return username;
    } catch {
      // not JSON: fall through to unknown
    }
  }
  return isUnknown(value) ? value : new Unknown('MasterUsername is a dynamic reference resolved at deployment');
}
