import { Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { PalisadeChecks } from '../../lib/nag';
import { synthAndCheck, testApp, testStack } from '../constructs/harness';

/**
 * Synth and CLI agree on acknowledgements: the packs (during synthesis) and the
 * engine over the cloud assembly (as `palisade check` reads it) honour the same id
 * forms, refuse the same empty reason, and let an account-wide result be
 * acknowledged on its stack or on the app.
 */
describe('acknowledgements, alike at synth and in palisade check', () => {
  const RULE = 'S3BucketVersioningEnabled';

  function run(ack: (stack: ReturnType<typeof testStack>, app: ReturnType<typeof testApp>) => void) {
    const app = testApp();
    const stack = testStack(app, 'Web');
    new s3.CfnBucket(stack, 'Bucket', {});
    ack(stack, app);
    Validations.of(app).addPlugins(new PalisadeChecks(app));
    const checked = synthAndCheck(app);
    const atSynth = (rule: string) =>
      checked.palisade.some((v) => v.ruleName === rule && !v.description.startsWith('needs review'));
    const inCheck = (rule: string) =>
      checked.findings.some((f) => f.ruleId === rule && f.status === 'NON_COMPLIANT' && !f.suppression);
    return { atSynth, inCheck };
  }

  it.each([RULE, `Palisade-${RULE}`, `PalisadeChecks::${RULE}`])('accepts %s in both', (id) => {
    const r = run((stack) =>
      Validations.of(stack.node.findChild('Bucket')).acknowledge({ id, reason: 'versioning is not needed for a cache' }),
    );
    expect([r.atSynth(RULE), r.inCheck(RULE)]).toEqual([false, false]);
  });

  it('refuses an empty reason in both', () => {
    const r = run((stack) => Validations.of(stack.node.findChild('Bucket')).acknowledge({ id: RULE, reason: '  ' }));
    expect([r.atSynth(RULE), r.inCheck(RULE)]).toEqual([true, true]);
  });

  it('acknowledges an account-wide result on the stack, in both', () => {
    const r = run((stack) =>
      Validations.of(stack).acknowledge({
        id: 'GuardDutyDetectorPresent',
        reason: 'enabled by the organisation’s delegated administrator',
      }),
    );
    expect([r.atSynth('GuardDutyDetectorPresent'), r.inCheck('GuardDutyDetectorPresent')]).toEqual([false, false]);
  });

  // The cloud assembly records acknowledgements per stack, so one made on the app is seen at synth only:
  // for `palisade check`, acknowledge on the stack or use the exceptions file (resource `(account)`).
  it('acknowledges an account-wide result on the app at synth', () => {
    const r = run((_stack, app) =>
      Validations.of(app).acknowledge({
        id: 'GuardDutyDetectorPresent',
        reason: 'enabled by the organisation’s delegated administrator',
      }),
    );
    expect(r.atSynth('GuardDutyDetectorPresent')).toBe(false);
  });
});
