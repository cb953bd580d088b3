import { Maybe, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { valueAt } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly httpTokens: Maybe<string>;
  readonly httpEndpoint: Maybe<string>;
}

export const AutoScalingLaunchConfigImdsv2 = defineRule<Facts>({
  id: 'AutoScalingLaunchConfigImdsv2',
  title: 'Launch configurations require IMDSv2',
  description:
    'IMDSv1 answers any request from the instance, so an SSRF flaw in the application hands out the instance role’s credentials; IMDSv2 session tokens stop that.',
  severity: 'error',
  controls: {
    ncscCsp: ['10', '11'],
    tenSteps: ['architecture-and-configuration', 'identity-and-access-management'],
    cyberEssentials: ['secure-configuration'],
  },
  configRule: 'AUTOSCALING_LAUNCHCONFIG_REQUIRES_IMDSV2',
  remediation:
    'Set MetadataOptions.HttpTokens: required (CDK: requireImdsv2: true), or move to a launch template with the same setting.',
  template: {
    resourceTypes: ['AWS::AutoScaling::LaunchConfiguration'],
    facts: (lc) => ({
      httpTokens: asString(lc.get('MetadataOptions.HttpTokens')),
      httpEndpoint: asString(lc.get('MetadataOptions.HttpEndpoint')),
    }),
  },
  // The service leaves metadataOptions out of a launch configuration created without them, as a template does.
  configItem: {
    resourceTypes: ['AWS::AutoScaling::LaunchConfiguration'],
    facts: ({ configuration: c }) => ({
      httpTokens: asString(valueAt(c, 'metadataOptions.httpTokens')),
      httpEndpoint: asString(valueAt(c, 'metadataOptions.httpEndpoint')),
    }),
  },
  evaluate({ httpTokens, httpEndpoint }) {
    if (httpEndpoint === 'disabled')
      return pass('the instance metadata service is disabled', isUnknown(httpTokens) ? [httpTokens] : []);
    if (isUnknown(httpTokens)) return needsReview(`whether IMDSv2 is required is not known: ${httpTokens.reason}`);
    if (httpTokens === 'required') return pass('IMDSv2 is required', isUnknown(httpEndpoint) ? [httpEndpoint] : []);
    if (isUnknown(httpEndpoint))
      return needsReview(`whether the metadata service is enabled is not known: ${httpEndpoint.reason}`);
    // HttpTokens defaults to optional for launch configurations.
    return fail(
      httpTokens === undefined
        ? 'metadata tokens are not required (the default), so IMDSv1 is allowed'
        : `metadata tokens are ${httpTokens}, so IMDSv1 is allowed`,
    );
  },
});
