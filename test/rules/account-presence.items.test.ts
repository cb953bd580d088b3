import { ACCOUNT_TYPE } from '../../lib/engine/template-index';
import { AccessAnalyzerExternalAccessEnabled } from '../../rules/accessanalyzer/AccessAnalyzerExternalAccessEnabled';
import { ConfigRecorderPresent } from '../../rules/config/ConfigRecorderPresent';
import { GuardDutyDetectorPresent } from '../../rules/guardduty/GuardDutyDetectorPresent';
import { configItem, statusOfItem } from './harness';

/**
 * The account-wide presence rules on what Config recorded in one account-region:
 * a fitting item passes, none fails where the type is recorded, and where it is
 * not recorded the absence proves nothing.
 */
const account = configItem(ACCOUNT_TYPE, {}, { resourceId: '111122223333' });

describe.each(
  (
    [
      [
        AccessAnalyzerExternalAccessEnabled,
        configItem('AWS::AccessAnalyzer::Analyzer', { Type: 'ACCOUNT', AnalyzerName: 'a' }),
        configItem('AWS::AccessAnalyzer::Analyzer', { Type: 'ACCOUNT_UNUSED_ACCESS', AnalyzerName: 'u' }),
      ],
      [
        GuardDutyDetectorPresent,
        configItem('AWS::GuardDuty::Detector', { Enable: true }),
        configItem('AWS::GuardDuty::Detector', { Enable: false }),
      ],
      [ConfigRecorderPresent, configItem('AWS::Config::ConfigurationRecorder', { Name: 'default', Recording: true }), undefined],
    ] as const
  ).map(([rule, fitting, unfit]) => [rule.id, rule, fitting, unfit] as const),
)('%s on the account-region', (_id, rule, fitting, unfit) => {
  const type = fitting.resourceType;
  it('passes with a fitting item', () => expect(statusOfItem(rule, account, [fitting])).toBe('COMPLIANT'));
  it('fails with none where the type is recorded', () => expect(statusOfItem(rule, account, [], [type])).toBe('NON_COMPLIANT'));
  it('is undecided where the type is not recorded', () => expect(statusOfItem(rule, account, [], [])).toBe('INSUFFICIENT_DATA'));
  if (unfit)
    it('fails with only an unfit item', () => expect(statusOfItem(rule, account, [unfit], [type])).toBe('NON_COMPLIANT'));
});
