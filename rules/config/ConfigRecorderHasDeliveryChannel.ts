import { asBoolean, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { presentInEnvironment } from '../guardduty/account-wide';

interface Facts {
  readonly deliveryChannel: boolean | Unknown;
}

export const ConfigRecorderHasDeliveryChannel = defineRule<Facts>({
  id: 'ConfigRecorderHasDeliveryChannel',
  title: 'The Config recorder has a delivery channel',
  description:
    'A recorder cannot start without a delivery channel, and without one configuration history and snapshots never reach the log archive that evidence depends on.',
  severity: 'warning',
  controls: { ncscCsp: ['5.4', '13.1'], tenSteps: ['asset-management', 'logging-and-monitoring'] },
  remediation:
    'Add an AWS::Config::DeliveryChannel in the same account and region, delivering to the central log-archive bucket.',
  template: {
    resourceTypes: ['AWS::Config::ConfigurationRecorder'],
    facts: (recorder, context) => ({
      deliveryChannel: presentInEnvironment(recorder.template, context, 'AWS::Config::DeliveryChannel', () => true),
    }),
  },
  configItem: {
    resourceTypes: ['AWS::Config::ConfigurationRecorder'],
    // Config records no delivery channel type, but it neither starts a recorder without
    // a channel nor deletes the last channel of a running one (LastDeliveryChannelDeleteFailedException).
    facts(recorder) {
      const recording = recorded(recorder.configuration, 'Recording');
      if (isUnknown(recording)) return { deliveryChannel: recording };
      return asBoolean(recording) === true
        ? { deliveryChannel: true }
        : { deliveryChannel: new Unknown('the recorder is stopped, and AWS Config records no delivery channel to look for') };
    },
  },
  evaluate({ deliveryChannel }) {
    if (isUnknown(deliveryChannel))
      return needsReview(`whether the delivery channel exists is not known: ${deliveryChannel.reason}`);
    return deliveryChannel
      ? pass('a delivery channel exists for the recorder')
      : fail('no AWS::Config::DeliveryChannel in this account and region, so the recorder cannot deliver');
  },
});
