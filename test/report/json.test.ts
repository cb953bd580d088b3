import { findingsReport, jsonReport } from '../../lib/report/json';
import { mixedFindings, runOf } from './sample';

describe('json report', () => {
  it('keeps the findings contract, every result included', () => {
    const report = JSON.parse(jsonReport(runOf(mixedFindings())));
    expect(report.tool).toEqual({ name: 'palisade', version: '9.9.9' });
    expect(report.generatedAt).toBe('2026-06-01T10:00:00.000Z');
    expect(report.inputs).toHaveLength(2);
    expect(report.summary).toEqual({
      resources: 6,
      suppressed: 2,
      COMPLIANT: 1,
      NON_COMPLIANT: 2,
      INSUFFICIENT_DATA: 1,
      NOT_APPLICABLE: 1,
    });
    expect(report.results).toHaveLength(7);
    expect(
      report.results.find((r: { resource: { logicalId: string } }) => r.resource.logicalId === 'Archive').suppression,
    ).toEqual({
      reason: 'read-only public dataset',
      owner: 'data-team',
      expires: '2027-03-31',
      source: 'exceptions-file',
    });
    expect(report.exceptions).toBeUndefined();
    expect(report.baseline).toBeUndefined();
  });

  it('adds the exceptions and baseline sections when they were used', () => {
    const run = runOf(mixedFindings(), {
      exceptions: {
        file: 'palisade.exceptions.yaml',
        entries: [
          {
            index: 0,
            rule: 'SampleBucketTls',
            resource: 'Archive',
            reason: 'r',
            owner: 'o',
            expires: '2027-03-31',
            status: 'applied',
            matched: 1,
          },
        ],
      },
      baseline: { file: 'previous.json', new: 1, existing: 0, resolved: [] },
    });
    const report = JSON.parse(jsonReport(run));
    expect(report.exceptions.entries[0].status).toBe('applied');
    expect(report.baseline).toEqual({ file: 'previous.json', new: 1, existing: 0, resolved: [] });
  });

  it('still builds the bare report from findings alone', () => {
    const report = findingsReport(mixedFindings(), [], '1.0.0', new Date(0));
    expect(Object.keys(report)).toEqual(['tool', 'generatedAt', 'inputs', 'summary', 'coverage', 'results']);
    // A template check reads everything it was given.
    expect(report.coverage).toEqual({ complete: true, gaps: [] });
  });
});
