import { Maybe, Tri, asString, equals, hasProperty, or } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether the function is a container image. */
  readonly image: Tri;
  /** 'none', or what the code signing config does with unsigned code (undefined: its default, Warn), or an Unknown. */
  readonly signing: 'none' | { readonly untrusted: Maybe<string> } | Unknown;
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
      const image = or(equals(fn.get('PackageType'), 'Image'), hasProperty(fn, 'Code.ImageUri'));
      const arn = fn.get('CodeSigningConfigArn');
      const attached = hasProperty(fn, 'CodeSigningConfigArn');
      if (attached === false) return { image, signing: 'none' };
      if (isUnknown(attached)) return { image, signing: attached };
      const config = index.target(arn);
      if (config?.type === 'AWS::Lambda::CodeSigningConfig') {
        const untrusted = asString(config.get('CodeSigningPolicies.UntrustedArtifactOnDeployment'));
        return { image, signing: isUnknown(untrusted) ? untrusted : { untrusted } };
      }
      return { image, signing: isUnknown(arn) ? arn : new Unknown('the code signing config is not in the checked templates') };
    },
  },
  evaluate({ image, signing }) {
    if (image === true)
      return notApplicable('code signing does not apply to container image functions', isUnknown(signing) ? [signing] : []);
    if (signing === 'none') return fail('no code signing config is attached');
    if (isUnknown(signing)) return needsReview(`the code signing policy is not known: ${signing.reason}`);
    if (signing.untrusted === 'Enforce') return pass('unsigned code is rejected');
    // UntrustedArtifactOnDeployment defaults to Warn.
    return fail(
      `UntrustedArtifactOnDeployment is ${signing.untrusted === undefined ? 'not set (Warn)' : String(signing.untrusted)}, so unsigned code still deploys`,
    );
  },
});
