import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { Undecided, isUndecided, undecided } from '../iam/values';

interface Facts {
  readonly image: boolean;
  /** 'none', or the UntrustedArtifactOnDeployment of the code signing config (undefined = its default, Warn), or undecided. */
  readonly signing: 'none' | { readonly untrusted: unknown } | Undecided;
}

export const LambdaCodeSigningEnforced = defineRule<Facts>({
  id: 'LambdaCodeSigningEnforced',
  title: 'Lambda functions enforce code signing',
  description:
    'Enforced code signing rejects any deployment package not signed by an approved signing profile: the allow-listing route to malware protection for serverless code, and a guard against tampered artefacts.',
  severity: 'warning',
  controls: {
    ncscCsp: ['7'],
    tenSteps: ['architecture-and-configuration', 'supply-chain-security'],
    cyberEssentials: ['malware-protection'],
  },
  remediation:
    'Attach an AWS::Lambda::CodeSigningConfig with CodeSigningPolicies.UntrustedArtifactOnDeployment: Enforce (CDK: codeSigningConfig: new CodeSigningConfig(this, id, { signingProfiles, untrustedArtifactOnDeployment: UntrustedArtifactOnDeployment.ENFORCE })).',
  template: {
    resourceTypes: ['AWS::Lambda::Function'],
    facts(fn, { index }) {
      const image = fn.get('PackageType') === 'Image' || fn.get('Code.ImageUri') !== undefined;
      const arn = fn.get('CodeSigningConfigArn');
      if (arn === undefined) return { image, signing: 'none' };
      const config = index.target(arn);
      if (config?.type === 'AWS::Lambda::CodeSigningConfig') {
        const untrusted = config.get('CodeSigningPolicies.UntrustedArtifactOnDeployment');
        return { image, signing: isUnknown(untrusted) ? undecided(untrusted) : { untrusted } };
      }
      return { image, signing: undecided(isUnknown(arn) ? arn.reason : 'the code signing config is not in this template') };
    },
  },
  evaluate({ image, signing }) {
    if (image) return notApplicable('code signing does not apply to container image functions');
    if (signing === 'none') return fail('no code signing config is attached');
    if (isUndecided(signing)) return needsReview(`the code signing policy is not known: ${signing.undecided}`);
    if (signing.untrusted === 'Enforce') return pass('unsigned code is rejected');
    // UntrustedArtifactOnDeployment defaults to Warn.
    return fail(
      `UntrustedArtifactOnDeployment is ${signing.untrusted === undefined ? 'not set (Warn)' : String(signing.untrusted)}, so unsigned code still deploys`,
    );
  },
});
