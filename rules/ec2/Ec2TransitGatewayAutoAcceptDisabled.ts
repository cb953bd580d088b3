import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly autoAccept: unknown;
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
    facts: (tgw) => ({ autoAccept: tgw.get('AutoAcceptSharedAttachments') }),
  },
  evaluate({ autoAccept }) {
    if (isUnknown(autoAccept)) return needsReview(`AutoAcceptSharedAttachments is not known: ${autoAccept.reason}`);
    if (String(autoAccept).toLowerCase() === 'enable') return fail('AutoAcceptSharedAttachments is enable');
    return pass('shared attachments must be accepted explicitly');
  },
});
