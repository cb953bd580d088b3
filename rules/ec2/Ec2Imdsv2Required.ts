import { Maybe, asString, field } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { launchTemplateOf } from './launch-template';

interface Facts {
  /** Whether instance metadata needs a session token (`required`) or not (`optional`), as configured. */
  readonly httpTokens: Maybe<string>;
  /** Whether the metadata service answers at all (`enabled`, `disabled`). */
  readonly httpEndpoint: Maybe<string>;
}

const options = (lt: TemplateResource | undefined): Facts => ({
  httpTokens: asString(lt?.get('LaunchTemplateData.MetadataOptions.HttpTokens')),
  httpEndpoint: asString(lt?.get('LaunchTemplateData.MetadataOptions.HttpEndpoint')),
});

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
      if (resource.type === 'AWS::EC2::LaunchTemplate') return options(resource);
      // AWS::EC2::Instance has no MetadataOptions of its own: only a launch template can set them.
      const lt = launchTemplateOf(resource, context);
      return isUnknown(lt) ? { httpTokens: lt, httpEndpoint: lt } : options(lt);
    },
  },
  configItem: {
    // Config records a running instance's effective metadata options (launch templates are not evaluated from items).
    resourceTypes: ['AWS::EC2::Instance'],
    facts(item) {
      const options = item.configuration.metadataOptions;
      if (options === undefined) {
        const u = new Unknown('the configuration item does not record metadata options');
        return { httpTokens: u, httpEndpoint: u };
      }
      return { httpTokens: asString(field(options, 'httpTokens')), httpEndpoint: asString(field(options, 'httpEndpoint')) };
    },
  },
  evaluate({ httpTokens, httpEndpoint }) {
    if (httpEndpoint === 'disabled') return pass('the instance metadata service is disabled', unknowns(httpTokens));
    if (httpTokens === 'required') return pass('IMDSv2 is required', unknowns(httpEndpoint));
    if (isUnknown(httpTokens)) return needsReview(`whether metadata needs a session token is not known: ${httpTokens.reason}`);
    if (isUnknown(httpEndpoint))
      return needsReview(`whether the metadata service is enabled is not known: ${httpEndpoint.reason}`);
    // HttpTokens defaults to optional (IMDSv1 allowed) unless the AMI or the account default says otherwise.
    return fail(
      httpTokens === undefined
        ? 'no token requirement is set, so IMDSv1 stays enabled'
        : `the token requirement is ${httpTokens}, so IMDSv1 stays enabled`,
    );
  },
});

const unknowns = (value: Maybe<string>): Unknown[] => (isUnknown(value) ? [value] : []);
