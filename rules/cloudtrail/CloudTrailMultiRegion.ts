import { Maybe, asBoolean, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether the trail records every region. */
  readonly multiRegion: Maybe<boolean>;
}

export const CloudTrailMultiRegion = defineRule<Facts>({
  id: 'CloudTrailMultiRegion',
  title: 'CloudTrail trails record every region',
  description:
    'A single-region trail misses activity in regions nobody watches, which is where an attacker with stolen keys starts crypto-mining or hides infrastructure.',
  severity: 'error',
  controls: { ncscCsp: ['13.1'], tenSteps: ['logging-and-monitoring'] },
  configRule: 'MULTI_REGION_CLOUD_TRAIL_ENABLED',
  remediation:
    'Set IsMultiRegionTrail: true (CDK: isMultiRegionTrail defaults to true on cloudtrail.Trail), or use an organisation trail.',
  template: {
    resourceTypes: ['AWS::CloudTrail::Trail'],
    facts: (trail) => ({ multiRegion: asBoolean(trail.get('IsMultiRegionTrail')) }),
  },
  configItem: {
    resourceTypes: ['AWS::CloudTrail::Trail'],
    facts: ({ configuration: c }) => ({ multiRegion: asBoolean(recorded(c, 'isMultiRegionTrail')) }),
  },
  evaluate({ multiRegion }) {
    if (isUnknown(multiRegion)) return needsReview(`whether the trail records every region is not known: ${multiRegion.reason}`);
    return multiRegion === true
      ? pass('the trail records every region')
      : fail(
          multiRegion === undefined
            ? 'multi-region recording is not set, so the trail records only its own region'
            : 'the trail records only its own region',
        );
  },
});
