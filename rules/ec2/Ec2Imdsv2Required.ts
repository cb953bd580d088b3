import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { launchTemplateOf } from './launch-template';

interface Facts {
  /** MetadataOptions.HttpTokens in effect; Unknown when the launch template cannot be read. */
  readonly httpTokens: unknown;
  readonly httpEndpoint: unknown;
}

export const Ec2Imdsv2Required = defineRule<Facts>({
  id: 'Ec2Imdsv2Required',
  title: 'EC2 instances and launch templates require IMDSv2',
  description:
    'IMDSv1 answers any request that reaches it, so a server-side request forgery in the workload hands out the instance role’s credentials; IMDSv2 session tokens block that.',
  severity: 'error',
  controls: {
    ncscCsp: ['10', '11'],
    tenSteps: ['architecture-and-configuration', 'identity-and-access-management'],
    cyberEssentials: ['secure-configuration'],
  },
  configRule: 'EC2_IMDSV2_CHECK',
  remediation:
    'Set MetadataOptions.HttpTokens: required in the launch template (CDK: requireImdsv2: true on Instance or LaunchTemplate).',
  template: {
    resourceTypes: ['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate'],
    facts(resource, context) {
      if (resource.type === 'AWS::EC2::LaunchTemplate') {
        return {
          httpTokens: resource.get('LaunchTemplateData.MetadataOptions.HttpTokens'),
          httpEndpoint: resource.get('LaunchTemplateData.MetadataOptions.HttpEndpoint'),
        };
      }
      // AWS::EC2::Instance has no MetadataOptions of its own: only a launch template can set them.
      const lt = launchTemplateOf(resource, context);
      if (isUnknown(lt)) return { httpTokens: lt, httpEndpoint: undefined };
      return {
        httpTokens: lt?.get('LaunchTemplateData.MetadataOptions.HttpTokens'),
        httpEndpoint: lt?.get('LaunchTemplateData.MetadataOptions.HttpEndpoint'),
      };
    },
  },
  evaluate({ httpTokens, httpEndpoint }) {
    if (isUnknown(httpEndpoint)) return needsReview(`HttpEndpoint is not known: ${httpEndpoint.reason}`);
    if (httpEndpoint === 'disabled') return pass('the instance metadata service is disabled');
    if (isUnknown(httpTokens)) return needsReview(`HttpTokens is not known: ${(httpTokens as Unknown).reason}`);
    if (httpTokens === 'required') return pass('IMDSv2 is required');
    // HttpTokens defaults to optional (IMDSv1 allowed) unless the AMI or the account default says otherwise.
    return fail(
      httpTokens === undefined
        ? 'HttpTokens is not set, so IMDSv1 stays enabled'
        : `HttpTokens is ${String(httpTokens)}, so IMDSv1 stays enabled`,
    );
  },
});
