import { Maybe, asBoolean, asString, field, listOf, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';

import { primary } from './project-item';

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
    facts: (project) =>
      artifactFacts(project.get('Artifacts'), project.get('SecondaryArtifacts'), {
        type: 'Type',
        encryptionDisabled: 'EncryptionDisabled',
        id: 'ArtifactIdentifier',
      }),
  },
  configItem: {
    resourceTypes: ['AWS::CodeBuild::Project'],
    facts: (project) =>
      artifactFacts(primary(project, 'artifacts'), recorded(project.configuration, 'secondaryArtifacts'), {
        type: 'type',
        encryptionDisabled: 'encryptionDisabled',
        id: 'artifactIdentifier',
      }),
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

/** The primary and secondary artifacts, read with the source's property names. */
function artifactFacts(
  primaryArtifacts: unknown,
  secondaryArtifacts: unknown,
  keys: { type: string; encryptionDisabled: string; id: string },
): Facts {
  const secondary = listOf(secondaryArtifacts);
  if (isUnknown(secondary)) return { artifacts: secondary };
  const read = (name: string, a: unknown): Artifact => ({
    name,
    type: asString(field(a, keys.type)),
    encryptionDisabled: asBoolean(field(a, keys.encryptionDisabled)),
  });
  return {
    artifacts: [
      read('the primary artifacts', primaryArtifacts),
      ...secondary.map((a, i) => {
        const id = asString(field(a, keys.id));
        return read(`secondary artifacts ${typeof id === 'string' ? id : i + 1}`, a);
      }),
    ],
  };
}
