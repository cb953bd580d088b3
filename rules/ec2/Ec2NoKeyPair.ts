import { Tri, hasProperty, isSet } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { launchTemplateOf } from './launch-template';

interface Facts {
  /** Whether a key pair is named, on the resource or on the instance's launch template. */
  readonly keyPair: Tri;
}

export const Ec2NoKeyPair = defineRule<Facts>({
  id: 'Ec2NoKeyPair',
  title: 'EC2 instances are not launched with SSH key pairs',
  description:
    'A key pair is a long-lived shared credential for direct SSH access; Session Manager gives audited, IAM-controlled access without one and without an open management port.',
  severity: 'warning',
  controls: {
    ncscCsp: ['12', '9'],
    tenSteps: ['architecture-and-configuration', 'identity-and-access-management'],
    cyberEssentials: ['firewalls', 'user-access-control'],
    internetFirst: ['IF-1'],
  },
  configRule: 'EC2_NO_AMAZON_KEY_PAIR',
  remediation: 'Remove KeyName (CDK: keyPair / keyName) and administer instances through SSM Session Manager.',
  template: {
    resourceTypes: ['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate'],
    facts(resource, context) {
      if (resource.type === 'AWS::EC2::LaunchTemplate') return { keyPair: hasProperty(resource, 'LaunchTemplateData.KeyName') };
      const own = hasProperty(resource, 'KeyName');
      if (own !== false) return { keyPair: own };
      const lt = launchTemplateOf(resource, context);
      if (lt === undefined) return { keyPair: false };
      return { keyPair: isUnknown(lt) ? lt : hasProperty(lt, 'LaunchTemplateData.KeyName') };
    },
  },
  configItem: {
    resourceTypes: ['AWS::EC2::Instance'],
    facts: (item) => ({ keyPair: isSet(item.configuration.keyName) }),
  },
  evaluate({ keyPair }) {
    if (isUnknown(keyPair)) return needsReview(`whether a key pair is used is not known: ${keyPair.reason}`);
    return keyPair ? fail('a key pair is named, so the instance accepts SSH logins with it') : pass('no key pair is used');
  },
});
