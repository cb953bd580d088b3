import { Tri, hasProperty, isSet, or } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { launchTemplateOf } from './launch-template';

interface Facts {
  /** Whether an instance profile is attached, directly or through the instance's launch template. */
  readonly profile: Tri;
}

export const Ec2InstanceProfileAttached = defineRule<Facts>({
  id: 'Ec2InstanceProfileAttached',
  title: 'EC2 instances have an IAM instance profile',
  description:
    'Without an instance profile, software on the instance needs embedded access keys to call AWS, and the instance cannot be managed by Systems Manager.',
  severity: 'warning',
  controls: {
    ncscCsp: ['10', '11'],
    tenSteps: ['architecture-and-configuration', 'identity-and-access-management'],
    cyberEssentials: ['secure-configuration'],
  },
  configRule: 'EC2_INSTANCE_PROFILE_ATTACHED',
  remediation: 'Set IamInstanceProfile to a profile whose role has least-privilege permissions (CDK: the role prop of Instance).',
  template: {
    resourceTypes: ['AWS::EC2::Instance'],
    facts(instance, context) {
      const own = hasProperty(instance, 'IamInstanceProfile');
      if (own !== false) return { profile: own };
      const lt = launchTemplateOf(instance, context);
      if (lt === undefined) return { profile: false };
      if (isUnknown(lt)) return { profile: lt };
      return {
        profile: or(
          hasProperty(lt, 'LaunchTemplateData.IamInstanceProfile.Arn'),
          hasProperty(lt, 'LaunchTemplateData.IamInstanceProfile.Name'),
        ),
      };
    },
  },
  configItem: {
    resourceTypes: ['AWS::EC2::Instance'],
    facts: (item) => ({ profile: isSet(item.configuration.iamInstanceProfile) }),
  },
  evaluate({ profile }) {
    if (isUnknown(profile)) return needsReview(`whether an instance profile is attached is not known: ${profile.reason}`);
    return profile ? pass('an instance profile is attached') : fail('no instance profile is attached');
  },
});
