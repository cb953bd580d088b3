import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { Undecided, asBoolean, field, isUndecided, listOf, textOf, undecided } from '../iam/values';

interface Artifact {
  readonly name: string;
  readonly type?: string;
  readonly encryptionDisabled: boolean | Undecided;
}

interface Facts {
  readonly artifacts: Artifact[] | Undecided;
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
      if (isUnknown(secondary)) return { artifacts: undecided(secondary) };
      const read = (name: string, a: unknown): Artifact => {
        const disabled = asBoolean(field(a, 'EncryptionDisabled'));
        const type = textOf(field(a, 'Type'));
        return {
          name,
          ...(type ? { type } : {}),
          encryptionDisabled: isUnknown(disabled) ? undecided(disabled) : disabled === true,
        };
      };
      return {
        artifacts: [
          read('Artifacts', project.get('Artifacts')),
          ...secondary.map((a, i) => read(`SecondaryArtifacts ${textOf(field(a, 'ArtifactIdentifier')) ?? i + 1}`, a)),
        ],
      };
    },
  },
  evaluate({ artifacts }) {
    if (isUndecided(artifacts)) return needsReview(`SecondaryArtifacts is not known: ${artifacts.undecided}`);
    const stored = artifacts.filter((a) => a.type !== 'NO_ARTIFACTS');
    if (stored.length === 0) return notApplicable('the project produces no artifacts');
    const plain = stored.filter((a) => a.encryptionDisabled === true);
    if (plain.length) return fail(`encryption is disabled for ${plain.map((a) => a.name).join(', ')}`);
    const open = stored.find((a) => isUndecided(a.encryptionDisabled));
    if (open && isUndecided(open.encryptionDisabled))
      return needsReview(`EncryptionDisabled of ${open.name} is not known: ${open.encryptionDisabled.undecided}`);
    return pass('artifacts are encrypted');
  },
});
