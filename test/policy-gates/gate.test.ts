import { FailOn, fails } from '../../lib/policy-gates/gate';
import { finding } from '../report/sample';

const errorNC = finding();
const warningNC = finding({ ruleId: 'SampleStackMonitored' });
const undecided = finding({ status: 'INSUFFICIENT_DATA' });
const compliant = finding({ status: 'COMPLIANT' });
const suppressed = finding({ suppression: { reason: 'r', source: 'exceptions-file' } });

describe('gate', () => {
  it.each<[FailOn, boolean[]]>([
    // error NC, warning NC, INSUFFICIENT_DATA, COMPLIANT, suppressed
    ['error', [true, false, false, false, false]],
    ['warning', [true, true, false, false, false]],
    ['insufficient-data', [true, true, true, false, false]],
    ['none', [false, false, false, false, false]],
  ])('--fail-on %s', (failOn, expected) => {
    expect([errorNC, warningNC, undecided, compliant, suppressed].map((f) => fails(f, { failOn }))).toEqual(expected);
  });

  it('--fail-on-new fails only on results new since the baseline', () => {
    expect(fails({ ...errorNC, baseline: 'new' }, { failOn: 'error', failOnNew: true })).toBe(true);
    expect(fails({ ...errorNC, baseline: 'existing' }, { failOn: 'error', failOnNew: true })).toBe(false);
  });
});
