import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { ACCOUNT_TYPE } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';
import { PresenceFacts, presenceFacts } from '../guardduty/account-wide';

export const SecurityHubEnabled = defineRule<PresenceFacts>({
  id: 'SecurityHubEnabled',
  title: 'Security Hub is enabled in the account and region',
  description:
    'Security Hub gathers GuardDuty, Inspector, Access Analyzer and control findings in one place and checks the account against AWS’s foundational best practices, so anomalies are seen and triaged together.',
  severity: 'warning',
  controls: { ncscCsp: ['5.2'], tenSteps: ['logging-and-monitoring', 'risk-management'], internetFirst: ['IF-2'] },
  configRule: 'SECURITYHUB_ENABLED',
  remediation:
    'Enable Security Hub in every account and approved region, ideally through a delegated administrator with central configuration; in a template, an AWS::SecurityHub::Hub (CDK: new securityhub.CfnHub(this, "Hub")). If it is enabled outside these templates, acknowledge this finding with that reason.',
  template: {
    resourceTypes: [ACCOUNT_TYPE],
    // A Hub resource is the enablement itself: it has no on/off property.
    facts: (_account, context) => presenceFacts(context, 'AWS::SecurityHub::Hub', () => true),
  },
  evaluate({ present }) {
    if (isUnknown(present)) return needsReview(`whether Security Hub is enabled is not known: ${present.reason}`);
    if (present) return pass('Security Hub is enabled for this account and region');
    return fail(
      'no AWS::SecurityHub::Hub in the checked templates; Security Hub may be enabled outside them (for example by a delegated administrator)',
    );
  },
});
