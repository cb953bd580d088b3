import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';

interface Facts {
  readonly nested: boolean;
  /** The stack's region, undefined when the stack is environment-agnostic. */
  readonly region?: string;
  /** Resource types of the stack, for the global-edge exception. */
  readonly types: string[];
}

/**
 * UK regions only. eu-west-1 (Ireland) and the other EEA regions are adequate under
 * UK GDPR but are off-shoring under NHS data-location guidance: they need an
 * explicit, recorded exception (acknowledge this rule with the reason), not a default.
 */
export const UK_REGIONS = ['eu-west-2'];

/**
 * CloudFront-scope configuration must live in us-east-1 and holds no patient data:
 * certificates, CLOUDFRONT web ACLs and their sets, and global DNS and CDN settings.
 */
const GLOBAL_EDGE_TYPES = [
  'AWS::CDK::Metadata',
  'AWS::CertificateManager::Certificate',
  'AWS::WAFv2::WebACL',
  'AWS::WAFv2::IPSet',
  'AWS::WAFv2::RegexPatternSet',
  'AWS::WAFv2::RuleGroup',
];
const GLOBAL_EDGE_PREFIXES = ['AWS::CloudFront::', 'AWS::Route53::'];

export const StackRegionUkOnly = defineRule<Facts>({
  id: 'StackRegionUkOnly',
  title: 'Stacks deploy to the UK region',
  description:
    'NHS data-location guidance expects patient data to stay in the UK; a stack bound to another region (or to none, so it can be deployed anywhere) puts its data outside eu-west-2 by default.',
  severity: 'error',
  controls: { ncscCsp: ['2.1'], tenSteps: ['data-security'] },
  remediation:
    "Bind the stack to eu-west-2 (CDK: env: { account, region: 'eu-west-2' }); for a deliberate non-UK region (an EEA disaster-recovery copy, us-east-1 edge configuration) acknowledge this rule with the approved exception.",
  template: {
    resourceTypes: ['Palisade::Stack'],
    facts(stack, { index }) {
      const region = stack.get('Region');
      return {
        nested: stack.get('Nested') === true,
        ...(typeof region === 'string' ? { region } : {}),
        types: [...new Set(index.resources.map((r) => r.type))],
      };
    },
  },
  evaluate({ nested, region, types }) {
    if (nested) return notApplicable('nested stacks deploy to their parent’s region');
    if (region === undefined) {
      return needsReview(
        'the stack is environment-agnostic, so it can be deployed to any region; bind it to an environment (env: { account, region: "eu-west-2" })',
      );
    }
    if (UK_REGIONS.includes(region)) return pass(`the stack deploys to ${region} (London)`);
    const edgeOnly =
      types.length > 0 && types.every((t) => GLOBAL_EDGE_TYPES.includes(t) || GLOBAL_EDGE_PREFIXES.some((p) => t.startsWith(p)));
    if (region === 'us-east-1' && edgeOnly)
      return pass('the stack holds only global edge configuration that must live in us-east-1');
    if (region === 'eu-west-1')
      return fail('the stack deploys to eu-west-1 (Ireland), an EEA region: it needs an explicit data-location exception');
    return fail(`the stack deploys to ${region}, outside the UK`);
  },
});
