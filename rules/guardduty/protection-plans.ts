import { asBoolean } from '../../lib/engine/facts';
import { Controls } from '../../lib/engine/model';
import { Rule, defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { recordedBoolean } from './account-wide';

/** What a protection-plan rule reads from a detector. */
export interface ProtectionFacts {
  /** The detector's Enable. */
  readonly detectorEnabled: boolean | undefined | Unknown;
  /** The plan's status from Features (or the legacy DataSources): undefined when the template does not declare it. */
  readonly planEnabled: boolean | undefined | Unknown;
}

export interface ProtectionPlan {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Human name of the plan, for messages. */
  readonly plan: string;
  /** The detector feature name in `Features` (GuardDuty's own spelling). */
  readonly feature: string;
  /** Where the plan lives in the legacy `DataSources` property, if it has a place there. */
  readonly dataSource?: string;
  /**
   * Whether AWS Config's detector item records the plan. The item has only the legacy
   * DataSources (S3 logs, Kubernetes audit logs), never Features; GuardDuty reports
   * plans launched before March 2023 in both, with the same status ("GuardDuty API
   * changes in March 2023", Amazon GuardDuty User Guide), so for those the data
   * source decides as the feature would.
   */
  readonly recordedByConfig?: boolean;
  /**
   * What an undeclared plan means. GuardDuty turns most plans on by itself only for an
   * account enabling GuardDuty for the first time, so for those the template cannot
   * tell ('account-history'); runtime monitoring is never on unless asked for ('off').
   */
  readonly whenUndeclared: 'account-history' | 'off';
  readonly controls: Partial<Controls>;
  /** The AWS Config managed rule this plan's rule mirrors, as AWS spells its identifier. */
  readonly configRule?: string;
  readonly remediation: string;
}

/** One rule per GuardDuty protection plan, all deciding the same way. */
export function protectionPlanRule(p: ProtectionPlan): Rule<ProtectionFacts> {
  return defineRule<ProtectionFacts>({
    id: p.id,
    title: p.title,
    description: p.description,
    severity: 'warning',
    controls: p.controls,
    configRule: p.configRule,
    remediation: p.remediation,
    template: {
      resourceTypes: ['AWS::GuardDuty::Detector'],
      facts: (detector) => ({
        detectorEnabled: asBoolean(detector.get('Enable')),
        planEnabled: planStatus(detector, p.feature, p.dataSource),
      }),
    },
    configItem:
      p.recordedByConfig && p.dataSource
        ? {
            resourceTypes: ['AWS::GuardDuty::Detector'],
            facts: (detector) => ({
              detectorEnabled: recordedBoolean(detector, 'Enable'),
              planEnabled: recordedBoolean(detector, `DataSources.${p.dataSource}`),
            }),
          }
        : undefined,
    evaluate({ detectorEnabled, planEnabled }) {
      if (isUnknown(detectorEnabled)) return needsReview(`Enable is not known: ${detectorEnabled.reason}`);
      if (detectorEnabled !== true) return fail(`the detector is not enabled, so ${p.plan} is off`);
      if (isUnknown(planEnabled)) return needsReview(`${p.plan} status is not known: ${planEnabled.reason}`);
      if (planEnabled === true) return pass(`${p.plan} is enabled`);
      if (planEnabled === false) return fail(`${p.plan} (${p.feature}) is disabled`);
      return p.whenUndeclared === 'off'
        ? fail(`${p.plan} is not enabled: Features has no ${p.feature} entry with Status ENABLED`)
        : needsReview(
            `${p.plan} is not declared: GuardDuty turns it on by default only in accounts enabling GuardDuty for the first time; declare ${p.feature} in Features`,
          );
    },
  });
}

/** ENABLED/DISABLED of a feature from Features, else from the legacy DataSources path; undefined when neither says. */
export function planStatus(detector: TemplateResource, feature: string, dataSource?: string): boolean | undefined | Unknown {
  const features = detector.get('Features');
  if (isUnknown(features)) return features;
  if (Array.isArray(features)) {
    let undecided: Unknown | undefined;
    for (const f of features) {
      if (isUnknown(f)) {
        undecided ??= f;
        continue;
      }
      const { Name: name, Status: status } = (f ?? {}) as Record<string, unknown>;
      if (isUnknown(name)) {
        undecided ??= name;
        continue;
      }
      if (name !== feature) continue;
      if (isUnknown(status)) return status;
      return String(status).toUpperCase() === 'ENABLED';
    }
    if (undecided) return undecided;
  }
  if (dataSource === undefined) return undefined;
  return asBoolean(detector.get(`DataSources.${dataSource}`));
}
