import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { launchTemplateOf } from './launch-template';
import { anyOf, isSet } from './values';

interface Facts {
  /** Whether an instance profile is attached, directly or through the instance's launch template. */
  readonly profile: boolean | Unknown;
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
      const own = isSet(instance, 'IamInstanceProfile');
      if (own !== false) return { profile: own };
      const lt = launchTemplateOf(instance, context);
      if (lt === undefined) return { profile: false };
      if (isUnknown(lt)) return { profile: lt };
      return {
        profile: anyOf(
          isSet(lt, 'LaunchTemplateData.IamInstanceProfile.Arn'),
          isSet(lt, 'LaunchTemplateData.IamInstanceProfile.Name'),
        ),
      };
    },
  },
  evaluate({ profile }) {
    if (isUnknown(profile)) return needsReview(`whether an instance profile is attached is not known: ${profile.reason}`);
    return profile ? pass('an instance profile is attached') : fail('no IamInstanceProfile is set');
  },
});
