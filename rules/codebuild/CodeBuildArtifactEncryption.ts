import { Maybe, asBoolean, asString, field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';

interface Artifact {
  readonly name: string;
  readonly type: Maybe<string>;
  readonly encryptionDisabled: Maybe<boolean>;
}

interface Facts {
  readonly artifacts: Artifact[] | Unknown;
}

export const CodeBuildArtifactEncryption = defineRule<Facts>({
  id: 'CodeBuildArtifactEncryption',
  title: 'CodeBuild artifacts are encrypted',
  description:
    'Build artifacts hold the code and configuration that will run in production; unencrypted they can be read from the bucket by anyone with access to it.',
  severity: 'error',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security', 'supply-chain-security'] },
  configRule: 'CODEBUILD_PROJECT_ARTIFACT_ENCRYPTION',
  remediation:
    'Remove EncryptionDisabled: true from Artifacts and SecondaryArtifacts (CDK: artifacts encrypted by default; set encryptionKey for a customer-managed key).',
  template: {
    resourceTypes: ['AWS::CodeBuild::Project'],
    facts(project) {
      const secondary = listOf(project.get('SecondaryArtifacts'));
      if (isUnknown(secondary)) return { artifacts: secondary };
      const read = (name: string, a: unknown): Artifact => ({
        name,
        type: asString(field(a, 'Type')),
        encryptionDisabled: asBoolean(field(a, 'EncryptionDisabled')),
      });
      return {
        artifacts: [
          read('the primary artifacts', project.get('Artifacts')),
          ...secondary.map((a, i) => {
            const id = asString(field(a, 'ArtifactIdentifier'));
            return read(`secondary artifacts ${typeof id === 'string' ? id : i + 1}`, a);
          }),
        ],
      };
    },
  },
  evaluate(facts) {
    const { artifacts } = facts;
    if (isUnknown(artifacts)) return needsReview(`the secondary artifacts are not known: ${artifacts.reason}`);
    const stored = artifacts.filter((a) => a.type !== 'NO_ARTIFACTS');
    if (stored.length === 0) return notApplicable('the project produces no artifacts', unknownsIn(facts));
    const plain = stored.filter((a) => a.encryptionDisabled === true);
    if (plain.length) return fail(`encryption is disabled for ${plain.map((a) => a.name).join(', ')}`);
    const open = stored.find((a) => isUnknown(a.encryptionDisabled));
    if (open && isUnknown(open.encryptionDisabled))
      return needsReview(`whether ${open.name} are encrypted is not known: ${open.encryptionDisabled.reason}`);
    // Every artifact that may be stored is encrypted, whatever the unknown types turn out to be.
    return pass('artifacts are encrypted', unknownsIn(facts));
  },
});
