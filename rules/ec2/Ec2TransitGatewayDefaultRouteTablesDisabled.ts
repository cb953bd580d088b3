import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly association: unknown;
  readonly propagation: unknown;
}

export const Ec2TransitGatewayDefaultRouteTablesDisabled = defineRule<Facts>({
  id: 'Ec2TransitGatewayDefaultRouteTablesDisabled',
  title: 'Transit gateways do not associate and propagate attachments into a default route table',
  description:
    'With default association and propagation every attachment can route to every other one, so production, non-production and inspection VPCs end up in one flat network unless someone intervenes.',
  severity: 'warning',
  controls: {
    ncscCsp: ['3', '11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  remediation:
    'Set DefaultRouteTableAssociation: disable and DefaultRouteTablePropagation: disable, and give each environment its own transit gateway route table.',
  template: {
    resourceTypes: ['AWS::EC2::TransitGateway'],
    facts: (tgw) => ({
      association: tgw.get('DefaultRouteTableAssociation'),
      propagation: tgw.get('DefaultRouteTablePropagation'),
    }),
  },
  evaluate({ association, propagation }) {
    if (isUnknown(association)) return needsReview(`DefaultRouteTableAssociation is not known: ${association.reason}`);
    if (isUnknown(propagation)) return needsReview(`DefaultRouteTablePropagation is not known: ${propagation.reason}`);
    // Both default to enable.
    const on = [
      ['DefaultRouteTableAssociation', association],
      ['DefaultRouteTablePropagation', propagation],
    ]
      .filter(([, v]) => String(v ?? 'enable').toLowerCase() !== 'disable')
      .map(([name, v]) => `${String(name)} is ${v === undefined ? 'not set (enable)' : String(v)}`);
    return on.length ? fail(on.join('; ')) : pass('attachments are routed only through explicit route tables');
  },
});
