import { Maybe, asString, field } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { DISTRIBUTION, configOf, configOfItem } from './distribution';

interface Facts {
  readonly defaultRootObject: Maybe<string>;
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
    resourceTypes: [DISTRIBUTION],
    facts: (d) => ({ defaultRootObject: asString(field(configOf(d), 'DefaultRootObject')) }),
  },
  configItem: {
    resourceTypes: [DISTRIBUTION],
    facts: (item) => ({ defaultRootObject: asString(field(configOfItem(item), 'DefaultRootObject')) }),
  },
  evaluate({ defaultRootObject }) {
    if (isUnknown(defaultRootObject)) return needsReview(`the default root object is not known: ${defaultRootObject.reason}`);
    if (defaultRootObject?.trim()) return pass(`the default root object is ${defaultRootObject}`);
    return fail('no default root object is set');
  },
});
