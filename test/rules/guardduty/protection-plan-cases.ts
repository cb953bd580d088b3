import { Rule } from '../../../lib/engine/rule';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

const detector = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Detector: { Type: 'AWS::GuardDuty::Detector', Properties: { Enable: true, ...props } } },
  });
const features = (...entries: [string, unknown][]) => ({ Features: entries.map(([Name, Status]) => ({ Name, Status })) });

/** The cases every protection-plan rule shares; `legacy` is the plan in the older DataSources form, where it has one. */
export function describeProtectionPlan(rule: Rule, feature: string, legacy?: Record<string, unknown>): void {
  describe(rule.id, () => {
    it('passes when the feature is ENABLED', () => {
      expect(statusOf(rule, 'Detector', detector(features([feature, 'ENABLED'])))).toBe('COMPLIANT');
    });
    if (legacy) {
      it('passes with the legacy DataSources form', () => expect(statusOf(rule, 'Detector', detector(legacy))).toBe('COMPLIANT'));
    }
    it('fails when the feature is DISABLED', () => {
      const r = resultOf(rule, 'Detector', detector(features(['OTHER_FEATURE', 'ENABLED'], [feature, 'DISABLED'])));
      expect(r.status).toBe('NON_COMPLIANT');
      expect(r.message).toContain('disabled');
    });
    it('fails when the detector is disabled', () => {
      expect(statusOf(rule, 'Detector', detector({ Enable: false, ...features([feature, 'ENABLED']) }))).toBe('NON_COMPLIANT');
    });
    it('needs review when the feature status is a parameter', () => {
      expect(statusOf(rule, 'Detector', detector(features([feature, PARAM])))).toBe('INSUFFICIENT_DATA');
    });
  });
}

export { detector, features };
