import { asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { ACCOUNT_TYPE } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';
import { PresenceFacts, presenceFacts, presenceInScope, recordedBoolean } from './account-wide';

export const GuardDutyDetectorPresent = defineRule<PresenceFacts>({
  id: 'GuardDutyDetectorPresent',
  title: 'GuardDuty is enabled in the account and region',
  description:
    'GuardDuty is the account’s detector of anomalous network and API activity (Internet First: detection of anomalous traffic); without it reconnaissance, crypto-mining and credential misuse go unnoticed.',
  severity: 'warning',
  controls: {
    ncscCsp: ['5.2'],
    tenSteps: ['logging-and-monitoring'],
    cyberEssentials: ['malware-protection'],
    internetFirst: ['IF-2'],
  },
  configRule: 'GUARDDUTY_ENABLED_CENTRALIZED',
  remediation:
    'Enable GuardDuty in every account and approved region, ideally from a delegated administrator account; in a template, an AWS::GuardDuty::Detector with Enable: true (CDK: new guardduty.CfnDetector(this, "Detector", { enable: true })). If it is enabled outside these templates, acknowledge this finding with that reason.',
  configItem: {
    resourceTypes: [ACCOUNT_TYPE],
    looksUp: ['AWS::GuardDuty::Detector'],
    facts: (_account, scope) => presenceInScope(scope, 'AWS::GuardDuty::Detector', (d) => recordedBoolean(d, 'Enable')),
  },
  template: {
    resourceTypes: [ACCOUNT_TYPE],
    facts: (_account, context) => presenceFacts(context, 'AWS::GuardDuty::Detector', (d) => asBoolean(d.get('Enable')) ?? false),
  },
  evaluate({ present }) {
    if (isUnknown(present)) return needsReview(`whether the GuardDuty detector is enabled is not known: ${present.reason}`);
    if (present) return pass('a GuardDuty detector is enabled for this account and region');
    return fail(
      'no GuardDuty detector with Enable: true in the checked templates; it may be enabled outside them (for example by a delegated administrator)',
    );
  },
});
