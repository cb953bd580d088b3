import { PartialString } from '../../lib/engine/intrinsics';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { ACCOUNT_TYPE } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';
import { PresenceFacts, presenceFacts, presenceInScope, unrecorded } from '../guardduty/account-wide';

/** Analyzer types that look for external access; the *_UNUSED_ACCESS and internal ones do not. */
const EXTERNAL_ACCESS_TYPES = ['ACCOUNT', 'ORGANIZATION'];

export const AccessAnalyzerExternalAccessEnabled = defineRule<PresenceFacts>({
  id: 'AccessAnalyzerExternalAccessEnabled',
  title: 'IAM Access Analyzer looks for external access in the account and region',
  description:
    'An external-access analyzer flags buckets, keys, roles, queues and secrets shared outside the account or organisation, the usual way data leaks by misconfiguration.',
  severity: 'warning',
  controls: {
    ncscCsp: ['9', '11'],
    tenSteps: ['identity-and-access-management', 'logging-and-monitoring'],
    cyberEssentials: ['user-access-control'],
  },
  configRule: 'IAM_EXTERNAL_ACCESS_ANALYZER_ENABLED',
  remediation:
    'Create an AWS::AccessAnalyzer::Analyzer with Type ORGANIZATION (from the management or delegated administrator account) or ACCOUNT in every approved region (CDK: new accessanalyzer.CfnAnalyzer(this, "Analyzer", { type: "ACCOUNT" })). If one exists outside these templates, acknowledge this finding with that reason.',
  configItem: {
    resourceTypes: [ACCOUNT_TYPE],
    looksUp: ['AWS::AccessAnalyzer::Analyzer'],
    facts: (_account, scope) =>
      presenceInScope(scope, 'AWS::AccessAnalyzer::Analyzer', (a) => {
        const type = a.configuration.Type;
        return typeof type === 'string' ? EXTERNAL_ACCESS_TYPES.includes(type.toUpperCase()) : unrecorded(a, 'Type');
      }),
  },
  template: {
    resourceTypes: [ACCOUNT_TYPE],
    facts: (_account, context) =>
      presenceFacts(context, 'AWS::AccessAnalyzer::Analyzer', (a) => {
        const type = a.get('Type');
        if (isUnknown(type) && !(type instanceof PartialString)) return type;
        return typeof type === 'string' && EXTERNAL_ACCESS_TYPES.includes(type.toUpperCase());
      }),
  },
  evaluate({ present }) {
    if (isUnknown(present)) return needsReview(`an analyzer’s type is not known: ${present.reason}`);
    if (present) return pass('an IAM Access Analyzer looks for external access in this account and region');
    return fail(
      'no AWS::AccessAnalyzer::Analyzer of type ACCOUNT or ORGANIZATION in the checked templates; one may exist outside them',
    );
  },
});
