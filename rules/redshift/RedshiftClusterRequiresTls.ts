import { ConfigItem, ConfigScope } from '../../lib/engine/config-item';
import { Tri, asString, field, listOf } from '../../lib/engine/facts';
import { RuleContext, defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { ofTypeInEnvironment } from '../guardduty/account-wide';

interface Facts {
  /** Where the cluster's parameters come from. */
  readonly source: 'default' | 'defined' | 'outside' | Unknown;
  readonly group?: string;
  /** require_ssl of the defined parameter group. */
  readonly requireSsl?: Tri;
}

const PARAMETER_GROUP = 'AWS::Redshift::ClusterParameterGroup';

export const RedshiftClusterRequiresTls = defineRule<Facts>({
  id: 'RedshiftClusterRequiresTls',
  title: 'Redshift clusters refuse connections without TLS',
  description:
    'Unless require_ssl is true, SQL clients may connect in clear text and send credentials and query results unencrypted.',
  severity: 'error',
  controls: { ncscCsp: ['1'], tenSteps: ['data-security'] },
  configRule: 'REDSHIFT_REQUIRE_TLS_SSL',
  remediation:
    'Give the cluster an AWS::Redshift::ClusterParameterGroup with Parameters [{ ParameterName: require_ssl, ParameterValue: "true" }] and set ClusterParameterGroupName to it (CDK: parameterGroup).',
  template: {
    resourceTypes: ['AWS::Redshift::Cluster'],
    facts: (cluster, context) => parameterSource(cluster, context),
  },
  configItem: {
    resourceTypes: ['AWS::Redshift::Cluster'],
    looksUp: [PARAMETER_GROUP],
    facts: (cluster, scope) => recordedSource(cluster, scope),
  },
  evaluate({ source, group, requireSsl }) {
    if (isUnknown(source)) return needsReview(`the cluster’s parameter group is not known: ${source.reason}`);
    if (source === 'default')
      return fail('the cluster uses a default parameter group, so no setting in the template requires TLS');
    if (source === 'outside') return notApplicable(`parameter group ${group} is not defined in the checked templates`);
    if (isUnknown(requireSsl)) return needsReview(`require_ssl in ${group} is not known: ${requireSsl.reason}`);
    return requireSsl
      ? pass(`parameter group ${group} sets require_ssl to true`)
      : fail(`parameter group ${group} does not set require_ssl to true`);
  },
});

function parameterSource(cluster: TemplateResource, context: RuleContext): Facts {
  const name = cluster.get('ClusterParameterGroupName');
  if (name === undefined) return { source: 'default' };
  const index = context.scope.templates.find((t) => t.template === cluster.template);
  const defined = index?.target(name);
  if (defined?.type === 'AWS::Redshift::ClusterParameterGroup') return fromGroup(defined);
  if (isUnknown(name)) return { source: name };
  if (typeof name !== 'string') return { source: new Unknown('ClusterParameterGroupName is not a name') };
  if (name.startsWith('default.')) return { source: 'default' };
  const byName = ofTypeInEnvironment(cluster.template, context, 'AWS::Redshift::ClusterParameterGroup').find(
    (g) => g.get('ParameterGroupName') === name,
  );
  return byName ? fromGroup(byName) : { source: 'outside', group: name };
}

/** The recorded cluster's parameter group, looked up among the account-region's recorded parameter groups. */
function recordedSource(cluster: ConfigItem, scope: ConfigScope): Facts {
  const groups = listOf(cluster.configuration.clusterParameterGroups);
  if (isUnknown(groups)) return { source: groups };
  const name = asString(field(groups[0], 'parameterGroupName'));
  if (name === undefined || isUnknown(name))
    return { source: name ?? new Unknown('the configuration item does not record the parameter group') };
  if (name.startsWith('default.')) return { source: 'default', group: name };
  if (!scope.records(PARAMETER_GROUP))
    return { source: new Unknown(`parameter groups are not recorded, so ${name} cannot be read`), group: name };
  const group = scope.get(PARAMETER_GROUP, name);
  if (!group) return { source: new Unknown(`parameter group ${name} is not among the recorded ones`), group: name };
  const parameters = listOf(group.supplementaryConfiguration.Parameters);
  if (isUnknown(parameters)) return { source: 'defined', group: name, requireSsl: parameters };
  const requireSsl = parameters.find((p) => field(p, 'parameterName') === 'require_ssl');
  const value = asString(field(requireSsl, 'parameterValue'));
  return {
    source: 'defined',
    group: name,
    requireSsl:
      requireSsl === undefined
        ? new Unknown(`the item of ${name} does not record require_ssl`)
        : isUnknown(value)
          ? value
          : value?.toLowerCase() === 'true',
  };
}

function fromGroup(group: TemplateResource): Facts {
  const parameters = group.get('Parameters');
  if (isUnknown(parameters)) return { source: 'defined', group: group.logicalId, requireSsl: parameters };
  let requireSsl: boolean | Unknown = false;
  for (const p of Array.isArray(parameters) ? parameters : []) {
    if (isUnknown(p)) {
      requireSsl = p;
      continue;
    }
    const { ParameterName: key, ParameterValue: value } = (p ?? {}) as Record<string, unknown>;
    if (isUnknown(key)) requireSsl = key;
    else if (key === 'require_ssl') {
      if (isUnknown(value)) return { source: 'defined', group: group.logicalId, requireSsl: value };
      return { source: 'defined', group: group.logicalId, requireSsl: String(value).toLowerCase() === 'true' };
    }
  }
  return { source: 'defined', group: group.logicalId, requireSsl };
}
