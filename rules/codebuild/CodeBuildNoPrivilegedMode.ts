import { Maybe, asBoolean, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { valueAt } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly privileged: Maybe<boolean>;
}

export const CodeBuildNoPrivilegedMode = defineRule<Facts>({
  id: 'CodeBuildNoPrivilegedMode',
  title: 'CodeBuild projects do not run builds in privileged mode',
  description:
    'Privileged mode gives the build container root on its host (it exists to run Docker-in-Docker); a malicious dependency in the build then controls the build host and its credentials.',
  severity: 'warning',
  controls: {
    ncscCsp: ['7'],
    tenSteps: ['architecture-and-configuration', 'supply-chain-security'],
    cyberEssentials: ['secure-configuration'],
  },
  configRule: 'CODEBUILD_PROJECT_ENVIRONMENT_PRIVILEGED_CHECK',
  remediation:
    'Set Environment.PrivilegedMode: false (CDK: privileged: false); build container images with a daemonless builder, or acknowledge the finding for a dedicated image-build project.',
  template: {
    resourceTypes: ['AWS::CodeBuild::Project'],
    facts: (project) => ({ privileged: asBoolean(project.get('Environment.PrivilegedMode')) }),
  },
  configItem: {
    resourceTypes: ['AWS::CodeBuild::Project'],
    facts: (project) => ({
      privileged: asBoolean(valueAt(recorded(project.configuration, 'environment'), 'privilegedMode')),
    }),
  },
  evaluate({ privileged }) {
    const v = privileged;
    if (isUnknown(v)) return needsReview(`PrivilegedMode is not known: ${v.reason}`);
    // PrivilegedMode defaults to false.
    return v === true ? fail('Environment.PrivilegedMode is true') : pass('builds run unprivileged');
  },
});
