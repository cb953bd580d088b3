import { Maybe, asString, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { lower } from './text';

interface Facts {
  /** `enable` or `disable`, lower case; absent means disable. */
  readonly autoAccept: Maybe<string>;
}

export const Ec2TransitGatewayAutoAcceptDisabled = defineRule<Facts>({
  id: 'Ec2TransitGatewayAutoAcceptDisabled',
  title: 'Transit gateways do not auto-accept shared attachments',
  description:
    'A transit gateway that auto-accepts attachments lets any account it is shared with join its network without review, dissolving the separation between environments.',
  severity: 'error',
  controls: {
    ncscCsp: ['3', '11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'EC2_TRANSIT_GATEWAY_AUTO_VPC_ATTACH_DISABLED',
  remediation: 'Set AutoAcceptSharedAttachments: disable (the default) and accept attachments explicitly.',
  template: {
    resourceTypes: ['AWS::EC2::TransitGateway'],
    facts: (tgw) => ({ autoAccept: lower(asString(tgw.get('AutoAcceptSharedAttachments'))) }),
  },
  configItem: {
    resourceTypes: ['AWS::EC2::TransitGateway'],
    facts: (item) => ({ autoAccept: lower(asString(recorded(item.configuration, 'AutoAcceptSharedAttachments'))) }),
  },
  evaluate({ autoAccept }) {
    if (isUnknown(autoAccept))
      return needsReview(`whether shared attachments are accepted automatically is not known: ${autoAccept.reason}`);
    if (autoAccept === 'enable') return fail('shared attachments are accepted automatically');
    return pass('shared attachments must be accepted explicitly');
  },
});
