import { Maybe, asString, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly mutability: Maybe<string>;
}

export const EcrTagImmutability = defineRule<Facts>({
  id: 'EcrTagImmutability',
  title: 'ECR repositories have immutable tags',
  description:
    'With mutable tags anyone who can push can replace the image behind a deployed tag; immutable tags make what runs what was scanned and approved (allow-listing for immutable compute).',
  severity: 'warning',
  controls: {
    ncscCsp: ['5.1', '7'],
    tenSteps: ['vulnerability-management', 'architecture-and-configuration'],
    cyberEssentials: ['security-update-management', 'malware-protection'],
  },
  configRule: 'ECR_PRIVATE_TAG_IMMUTABILITY_ENABLED',
  remediation:
    'Set ImageTagMutability: IMMUTABLE (CDK: imageTagMutability: TagMutability.IMMUTABLE) and deploy by digest or unique tag.',
  template: {
    resourceTypes: ['AWS::ECR::Repository'],
    facts: (repo) => ({ mutability: asString(repo.get('ImageTagMutability')) }),
  },
  configItem: {
    resourceTypes: ['AWS::ECR::Repository'],
    // The service always reports the mutability: an item without it does not say.
    facts: (item) => ({ mutability: asString(recorded(item.configuration, 'ImageTagMutability')) }),
  },
  evaluate({ mutability }) {
    if (isUnknown(mutability)) return needsReview(`ImageTagMutability is not known: ${mutability.reason}`);
    if (mutability === 'IMMUTABLE') return pass('tags are immutable');
    if (mutability === 'IMMUTABLE_WITH_EXCLUSION') return pass('tags are immutable except for the excluded filters');
    // ImageTagMutability defaults to MUTABLE.
    return fail(
      mutability === undefined
        ? 'ImageTagMutability is not set, so tags are MUTABLE'
        : `ImageTagMutability is ${String(mutability)}`,
    );
  },
});
