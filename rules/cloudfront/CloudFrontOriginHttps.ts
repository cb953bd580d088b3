import { Maybe, asString, field } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { DISTRIBUTION, behaviorsOf, configOf, configOfItem, originGroupMembers, originsOf } from './distribution';

interface OriginFact {
  readonly id: Maybe<string>;
  /** Origin protocol policy in effect: S3 REST origins always match the viewer. Undefined for VPC origins. */
  readonly protocolPolicy: Maybe<string>;
  /** Viewer protocol policy of every behaviour that can reach this origin (directly or through a group). */
  readonly viewerPolicies: Array<Maybe<string>>;
}

interface Facts {
  readonly origins: OriginFact[] | Unknown;
}

export const CloudFrontOriginHttps = defineRule<Facts>({
  id: 'CloudFrontOriginHttps',
  title: 'CloudFront connects to origins over HTTPS',
  description:
    'Between the edge and the origin traffic crosses the internet; http-only, or match-viewer behind an allow-all behaviour, sends it in clear text.',
  severity: 'error',
  controls: { ncscCsp: ['1', '11'], tenSteps: ['data-security'], internetFirst: ['IF-1'] },
  configRule: 'CLOUDFRONT_TRAFFIC_TO_ORIGIN_ENCRYPTED',
  remediation:
    'Set CustomOriginConfig.OriginProtocolPolicy to https-only (CDK: protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY), or keep match-viewer only behind HTTPS-only viewer behaviours.',
  template: { resourceTypes: [DISTRIBUTION], facts: (d) => factsOf(configOf(d)) },
  configItem: { resourceTypes: [DISTRIBUTION], facts: (item) => factsOf(configOfItem(item)) },
  evaluate({ origins }) {
    if (isUnknown(origins)) return needsReview(`origins are not known: ${origins.reason}`);
    if (origins.length === 0) return notApplicable('the distribution declares no origins');
    const problems: string[] = [];
    let undecided: Unknown | undefined;
    for (const o of origins) {
      const policy = o.protocolPolicy;
      if (isUnknown(policy)) {
        undecided ??= policy;
        continue;
      }
      if (policy === 'http-only') problems.push(`origin ${o.id ?? '(no id)'} is http-only`);
      else if (policy === 'match-viewer') {
        if (o.viewerPolicies.includes('allow-all'))
          problems.push(`origin ${o.id ?? '(no id)'} matches the viewer and a behaviour allows HTTP`);
        else undecided ??= o.viewerPolicies.find(isUnknown) as Unknown | undefined;
      }
    }
    if (problems.length) return fail(problems.join('; '));
    if (undecided) return needsReview(`an origin setting is not known: ${undecided.reason}`);
    return pass('every origin is reached over HTTPS');
  },
});

function factsOf(config: unknown): Facts {
  const origins = originsOf(config);
  const behaviors = behaviorsOf(config);
  if (isUnknown(origins)) return { origins };
  if (isUnknown(behaviors)) return { origins: behaviors };
  const groups = originGroupMembers(config);
  return {
    origins: origins.map((o) => {
      const id = asString(field(o, 'Id'));
      const reaches = (target: Maybe<string>) =>
        target === id || (typeof target === 'string' && (groups.get(target) ?? []).includes(id));
      return {
        id,
        protocolPolicy: protocolPolicyOf(o),
        viewerPolicies: behaviors.filter((b) => isUnknown(b.target) || reaches(b.target)).map((b) => b.viewer),
      };
    }),
  };
}

function protocolPolicyOf(origin: unknown): Maybe<string> {
  const custom = field(origin, 'CustomOriginConfig');
  if (isUnknown(custom)) return custom;
  if (custom !== undefined) return asString(field(custom, 'OriginProtocolPolicy'));
  // S3 REST origins use the viewer's protocol; VPC origins stay on the AWS network.
  if (field(origin, 'VpcOriginConfig') !== undefined) return undefined;
  return 'match-viewer';
}
