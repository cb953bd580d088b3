import { Tri } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether a basic or advanced event selector records S3 object-level events. */
  readonly s3DataEvents: Tri;
}

export const CloudTrailS3DataEventsEnabled = defineRule<Facts>({
  id: 'CloudTrailS3DataEventsEnabled',
  title: 'CloudTrail records S3 data events',
  description:
    'Management events do not show who read or deleted which object; data events are the access log for buckets that hold personal data, needed to tell data subjects and the ICO what was exposed.',
  severity: 'warning',
  controls: { ncscCsp: ['13.1'], tenSteps: ['logging-and-monitoring', 'data-security'] },
  configRule: 'CLOUDTRAIL_S3_DATAEVENTS_ENABLED',
  remediation:
    'Add an event selector with DataResources [{ Type: AWS::S3::Object, Values: ["arn:aws:s3"] }] (or for the buckets that hold personal data), or an advanced event selector on resources.type AWS::S3::Object (CDK: trail.logAllS3DataEvents()).',
  template: {
    resourceTypes: ['AWS::CloudTrail::Trail'],
    facts: (trail) => ({ s3DataEvents: recordsS3Objects(trail.get('EventSelectors'), trail.get('AdvancedEventSelectors')) }),
  },
  evaluate({ s3DataEvents }) {
    if (isUnknown(s3DataEvents)) return needsReview(`event selectors are not known: ${s3DataEvents.reason}`);
    return s3DataEvents
      ? pass('the trail records S3 data events')
      : fail('no event selector records AWS::S3::Object data events');
  },
});

function recordsS3Objects(basic: unknown, advanced: unknown): boolean | Unknown {
  let undecided: Unknown | undefined;
  const note = (v: unknown) => {
    if (isUnknown(v)) undecided ??= v;
  };
  for (const selector of asArray(basic, note)) {
    for (const resource of asArray(field(selector, 'DataResources', note), note)) {
      const type = field(resource, 'Type', note);
      if (type === 'AWS::S3::Object') return true;
    }
  }
  for (const selector of asArray(advanced, note)) {
    for (const f of asArray(field(selector, 'FieldSelectors', note), note)) {
      if (field(f, 'Field', note) === 'resources.type' && asArray(field(f, 'Equals', note), note).includes('AWS::S3::Object'))
        return true;
    }
  }
  return undecided ?? false;
}

function field(value: unknown, key: string, note: (v: unknown) => void): unknown {
  note(value);
  const v = value && typeof value === 'object' && !isUnknown(value) ? (value as Record<string, unknown>)[key] : undefined;
  note(v);
  return v;
}

function asArray(value: unknown, note: (v: unknown) => void): unknown[] {
  note(value);
  return Array.isArray(value) ? value : [];
}
