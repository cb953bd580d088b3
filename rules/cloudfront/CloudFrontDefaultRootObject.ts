import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly defaultRootObject: unknown;
}

export const CloudFrontDefaultRootObject = defineRule<Facts>({
  id: 'CloudFrontDefaultRootObject',
  title: 'CloudFront distributions set a default root object',
  description:
    'Without a default root object a request for the root URL is passed to the origin as is, which for some origins lists their contents.',
  severity: 'warning',
  controls: { ncscCsp: ['11'], tenSteps: ['architecture-and-configuration'], cyberEssentials: ['secure-configuration'] },
  configRule: 'CLOUDFRONT_DEFAULT_ROOT_OBJECT_CONFIGURED',
  remediation: 'Set DistributionConfig.DefaultRootObject, e.g. index.html (CDK: defaultRootObject).',
  template: {
    resourceTypes: ['AWS::CloudFront::Distribution'],
    facts: (d) => ({ defaultRootObject: d.get('DistributionConfig.DefaultRootObject') }),
  },
  evaluate({ defaultRootObject }) {
    if (isUnknown(defaultRootObject)) return needsReview(`DefaultRootObject is not known: ${defaultRootObject.reason}`);
    if (typeof defaultRootObject === 'string' && defaultRootObject.trim())
      return pass(`DefaultRootObject is ${defaultRootObject}`);
    return fail('DefaultRootObject is not set');
  },
});
