import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { isSet, listOf } from './values';

interface Facts {
  /** Each ingress permission (inline index or standalone logical id) and whether it has a description. */
  readonly rules: ReadonlyArray<{ readonly rule: string; readonly described: boolean | Unknown }> | Unknown;
}

export const SecurityGroupIngressDescribed = defineRule<Facts>({
  id: 'SecurityGroupIngressDescribed',
  title: 'Every security group ingress rule has a description',
  description:
    'Cyber Essentials asks for boundary rules to be approved and documented; a description on each ingress rule records why it exists and lets reviewers remove the ones nobody needs.',
  severity: 'warning',
  controls: {
    ncscCsp: ['5.4', '11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  remediation:
    'Give every ingress rule a Description naming its business need and change reference (CDK: the description argument of connections.allowFrom / addIngressRule).',
  template: {
    resourceTypes: ['AWS::EC2::SecurityGroup'],
    facts(group, { index }) {
      const inline = listOf(group.get('SecurityGroupIngress'));
      if (isUnknown(inline)) return { rules: inline };
      const rules = inline.map((_, i) => ({
        rule: `ingress #${i + 1}`,
        described: isSet(group, `SecurityGroupIngress.${i}.Description`),
      }));
      for (const standalone of index.referrers(group, 'AWS::EC2::SecurityGroupIngress', 'GroupId')) {
        if (index.exists(standalone) === false) continue;
        rules.push({ rule: standalone.logicalId, described: isSet(standalone, 'Description') });
      }
      return { rules };
    },
  },
  evaluate({ rules }) {
    if (isUnknown(rules)) return needsReview(`ingress rules are not known: ${rules.reason}`);
    const missing = rules.filter((r) => r.described === false).map((r) => r.rule);
    if (missing.length) return fail(`ingress without a description: ${missing.join(', ')}`);
    const undecided = rules.find((r) => isUnknown(r.described));
    if (undecided && isUnknown(undecided.described))
      return needsReview(`description of ${undecided.rule} is not known: ${undecided.described.reason}`);
    return pass(rules.length ? 'every ingress rule has a description' : 'the group has no ingress rules');
  },
});
