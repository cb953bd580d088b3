import { InputError } from '../../lib/errors';
import { applyBaseline, parseBaseline } from '../../lib/policy-gates/baseline';
import { finding } from '../report/sample';

const previousOf = (results: object[], extra: object = {}) =>
  JSON.stringify({ tool: { name: 'palisade', version: '0.1.0' }, results, ...extra });

describe('baseline', () => {
  it('marks failing results new or existing, ignoring line numbers, and lists resolved ones', () => {
    const before = [
      finding({ logicalId: 'Logs', line: 10 }),
      finding({ logicalId: 'Fixed' }),
      finding({ logicalId: 'Ok', status: 'COMPLIANT' }),
    ];
    const previous = parseBaseline(previousOf(before), 'previous.json');
    const now = [
      finding({ logicalId: 'Logs', line: 99 }),
      finding({ logicalId: 'Fresh' }),
      finding({ logicalId: 'Ok', status: 'COMPLIANT' }),
    ];
    const section = applyBaseline(now, previous);
    expect(now.map((f) => f.baseline)).toEqual(['existing', 'new', undefined]);
    expect(section).toMatchObject({ file: 'previous.json', new: 1, existing: 1 });
    expect(section.resolved.map((r) => r.resource.logicalId)).toEqual(['Fixed']);
  });

  it('tells results apart by stack and construct path', () => {
    const previous = parseBaseline(previousOf([finding({ logicalId: 'Logs', stack: 'Web' })]), 'p.json');
    const now = [
      finding({ logicalId: 'Logs', stack: 'Api' }),
      finding({
        logicalId: 'Logs',
        stack: 'Web',
        resource: { type: 'AWS::S3::Bucket', stack: 'Web', logicalId: 'Logs', constructPath: 'Web/Moved/Resource' },
      }),
    ];
    applyBaseline(now, previous);
    expect(now.map((f) => f.baseline)).toEqual(['new', 'new']);
  });

  it('matches when only one side knows the construct path', () => {
    const previous = parseBaseline(
      previousOf([{ ...finding(), resource: { type: 'AWS::S3::Bucket', stack: 'Web', logicalId: 'Logs' } }]),
      'p.json',
    );
    const now = [finding()];
    applyBaseline(now, previous);
    expect(now[0].baseline).toBe('existing');
  });

  it('calls a violation new when the baseline only had it as undecided', () => {
    const previous = parseBaseline(previousOf([finding({ status: 'INSUFFICIENT_DATA' })]), 'p.json');
    const now = [finding({ status: 'NON_COMPLIANT' })];
    const section = applyBaseline(now, previous);
    expect(now[0].baseline).toBe('new');
    expect(section.resolved).toHaveLength(1);
    const later = [finding({ status: 'INSUFFICIENT_DATA' })];
    applyBaseline(later, parseBaseline(previousOf([finding()]), 'p.json'));
    expect(later[0].baseline).toBe('existing');
  });

  it('remembers the exceptions the previous run saw', () => {
    const previous = parseBaseline(
      previousOf([], { exceptions: { file: 'x', entries: [{ rule: 'SampleBucketTls', resource: 'Logs' }] } }),
      'p.json',
    );
    expect(previous.exceptions?.size).toBe(1);
    expect(parseBaseline(previousOf([]), 'p.json').exceptions).toBeUndefined();
  });

  it.each([
    ['not JSON', '{', /^p\.json: baseline is not valid JSON/],
    ['another tool’s JSON', JSON.stringify({ runs: [] }), /^p\.json: baseline is not a Palisade JSON report/],
    ['a result without a rule', previousOf([{ status: 'NON_COMPLIANT' }]), /^p\.json: baseline results\[0\] has no ruleId/],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseBaseline(text, 'p.json')).toThrow(InputError);
    expect(() => parseBaseline(text, 'p.json')).toThrow(message);
  });
});
