import { Maybe, asString, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { lower } from './text';

interface Facts {
  /** Default route table association and propagation: `enable` or `disable`, lower case; absent means enable. */
  readonly association: Maybe<string>;
  readonly propagation: Maybe<string>;
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
      association: lower(asString(tgw.get('DefaultRouteTableAssociation'))),
      propagation: lower(asString(tgw.get('DefaultRouteTablePropagation'))),
    }),
  },
  configItem: {
    resourceTypes: ['AWS::EC2::TransitGateway'],
    facts: (item) => ({
      association: lower(asString(recorded(item.configuration, 'DefaultRouteTableAssociation'))),
      propagation: lower(asString(recorded(item.configuration, 'DefaultRouteTablePropagation'))),
    }),
  },
  evaluate({ association, propagation }) {
    // Both default to enable: one that is certainly on fails whatever the other is.
    const on = [
      ['default route table association', association],
      ['default route table propagation', propagation],
    ]
      .filter(([, v]) => v === undefined || v === 'enable')
      .map(([name, v]) => `${String(name)} is ${v === undefined ? 'on by default' : 'enabled'}`);
    if (on.length) return fail(on.join('; '));
    if (isUnknown(association)) return needsReview(`default route table association is not known: ${association.reason}`);
    if (isUnknown(propagation)) return needsReview(`default route table propagation is not known: ${propagation.reason}`);
    return pass('attachments are routed only through explicit route tables');
  },
});
