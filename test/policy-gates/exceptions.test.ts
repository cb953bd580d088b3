import fc from 'fast-check';
import picomatch from 'picomatch';
import { InputError } from '../../lib/errors';
import { applyExceptions, parseExceptions, simpleGlob } from '../../lib/policy-gates/exceptions';
import { finding } from '../report/sample';

const KNOWN = new Set(['SampleBucketTls', 'SampleStackMonitored']);
const FILE = 'palisade.exceptions.yaml';

function problems(text: string): string[] {
  try {
    parseExceptions(text, FILE, KNOWN);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message.split('\n');
  }
  throw new Error('expected the exceptions file to be refused');
}

const entry = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`)
    .join('\n');
const good = { rule: 'SampleBucketTls', resource: 'Logs', reason: 'public dataset', owner: 'data-team', expires: '2027-03-31' };

describe('exceptions file', () => {
  it('reads well-formed entries with their index and line', () => {
    const file = parseExceptions(
      `# why each one\nexceptions:\n${entry(good)}\n${entry({ ...good, resource: "'Web/Uploads/*'" })}\n`,
      FILE,
      KNOWN,
    );
    expect(file.entries).toEqual([
      { index: 0, line: 3, ...good },
      { index: 1, line: 8, ...good, resource: 'Web/Uploads/*' },
    ]);
  });

  it('accepts an empty list and the pack-qualified rule id', () => {
    expect(parseExceptions('exceptions: []\n', FILE, KNOWN).entries).toEqual([]);
    expect(parseExceptions('exceptions:\n', FILE, KNOWN).entries).toEqual([]);
    expect(
      parseExceptions(`exceptions:\n${entry({ ...good, rule: 'Palisade-SampleBucketTls' })}\n`, FILE, KNOWN).entries,
    ).toHaveLength(1);
  });

  it.each([
    ['fails when reason is missing', { ...good, reason: undefined }, `${FILE}: exceptions[0] (line 2): reason: is required`],
    ['fails when reason is blank', { ...good, reason: "'  '" }, `${FILE}: exceptions[0] (line 2): reason: is required`],
    ['fails when owner is missing', { ...good, owner: undefined }, `${FILE}: exceptions[0] (line 2): owner: is required`],
    [
      'fails when expires is missing',
      { ...good, expires: undefined },
      `${FILE}: exceptions[0] (line 2): expires: is required (YYYY-MM-DD): every exception ends`,
    ],
    [
      'fails when expires is not YYYY-MM-DD',
      { ...good, expires: '31/03/2027' },
      `${FILE}: exceptions[0] (line 2): expires: '31/03/2027' is not a date written YYYY-MM-DD`,
    ],
    [
      'fails when expires is not a calendar date',
      { ...good, expires: '2027-02-30' },
      `${FILE}: exceptions[0] (line 2): expires: '2027-02-30' is not a calendar date`,
    ],
    [
      'fails when the rule is unknown',
      { ...good, rule: 'SampleBuckeTls' },
      `${FILE}: exceptions[0] (line 2): rule: unknown rule 'SampleBuckeTls' (\`palisade rules\` lists them)`,
    ],
    [
      'fails when a field is misspelt',
      { ...good, reasn: 'x' },
      `${FILE}: exceptions[0] (line 2): reasn: unknown field (allowed: rule, resource, reason, owner, expires, drift)`,
    ],
    [
      'fails when resource is not a string',
      { ...good, resource: '[a, b]' },
      `${FILE}: exceptions[0] (line 2): resource: must be a string, not a list`,
    ],
  ])('%s', (_name, fields, message) => {
    const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Record<string, string>;
    expect(problems(`exceptions:\n${entry(defined)}\n`)).toEqual([message]);
  });

  it('reports every bad entry, one line each', () => {
    const lines = problems(
      `exceptions:\n${entry(good)}\n${entry({ ...good, owner: "''" })}\n${entry({ ...good, reason: "''", expires: 'soon' })}\n`,
    );
    expect(lines).toEqual([
      `${FILE}: exceptions[1] (line 7): owner: is required`,
      `${FILE}: exceptions[2] (line 12): reason: is required`,
      `${FILE}: exceptions[2] (line 12): expires: 'soon' is not a date written YYYY-MM-DD`,
    ]);
  });

  it.each([
    ['a list at the top', '- rule: x\n', /expected a mapping with an `exceptions:` list/],
    ['no exceptions key', 'exception:\n  - rule: x\n', /unknown top-level key 'exception'/],
    [
      'entries that are not mappings',
      'exceptions:\n  - SampleBucketTls\n',
      /exceptions\[0\] \(line 2\): each entry must be a mapping/,
    ],
    ['broken YAML', 'exceptions:\n  - rule: [unclosed\n', /not valid YAML/],
  ])('fails on %s', (_name, text, message) => {
    const lines = problems(text);
    expect(lines[0]).toMatch(message);
    expect(lines[0].startsWith(`${FILE}: `)).toBe(true);
  });
});

describe('applying exceptions', () => {
  const TODAY = '2026-06-01';
  const RULES = new Set(['SampleBucketTls', 'SampleStackMonitored']);
  const file = (...entries: Partial<typeof good>[]) => ({
    file: FILE,
    entries: entries.map((e, index) => ({ index, ...good, ...e })),
  });

  it('suppresses a matching failing result, which stays in the results', () => {
    const findings = [finding({ logicalId: 'Logs' }), finding({ logicalId: 'Other' })];
    const [outcome] = applyExceptions(findings, file({}), TODAY, RULES);
    expect(findings[0].suppression).toEqual({
      reason: 'public dataset',
      owner: 'data-team',
      expires: '2027-03-31',
      source: 'exceptions-file',
    });
    expect(findings[1].suppression).toBeUndefined();
    expect(outcome).toMatchObject({ status: 'applied', matched: 1 });
  });

  it.each([
    ['the logical id', 'Lo*'],
    ['stack/logicalId', 'Web/Logs'],
    ['the construct path', 'Web/Logs/**'],
    ['a construct path glob across stacks', '*/Logs/Resource'],
  ])('matches the resource glob against %s', (_name, resource) => {
    const findings = [finding({ logicalId: 'Logs' })];
    applyExceptions(findings, file({ resource }), TODAY, RULES);
    expect(findings[0].suppression?.source).toBe('exceptions-file');
  });

  it('does not match another rule, or a glob that only matches part of a name', () => {
    const findings = [finding({ logicalId: 'Logs' })];
    const outcomes = applyExceptions(findings, file({ rule: 'SampleStackMonitored' }, { resource: 'Log' }), TODAY, RULES);
    expect(findings[0].suppression).toBeUndefined();
    expect(outcomes.map((o) => o.status)).toEqual(['stale', 'stale']);
  });

  it('matches the stack-wide result by its literal logical id', () => {
    const findings = [finding({ ruleId: 'SampleStackMonitored', logicalId: '(stack)', stack: 'Api' })];
    applyExceptions(findings, file({ rule: 'SampleStackMonitored', resource: 'Api/(stack)' }), TODAY, RULES);
    expect(findings[0].suppression).toBeDefined();
  });

  it('lets an expired exception stop hiding its results, and says so on each', () => {
    const findings = [finding({ logicalId: 'Logs' })];
    const [outcome] = applyExceptions(findings, file({ expires: '2026-05-31' }), TODAY, RULES);
    expect(findings[0].suppression).toBeUndefined();
    expect(findings[0].expiredException).toEqual({
      index: 0,
      reason: 'public dataset',
      owner: 'data-team',
      expires: '2026-05-31',
    });
    expect(outcome).toMatchObject({ status: 'expired', matched: 1 });
    expect(outcome.note).toMatch(/expired on 2026-05-31: 1 result\(s\) it hid are failing again/);
  });

  it('holds through the whole of its expiry day', () => {
    const findings = [finding()];
    const [outcome] = applyExceptions(findings, file({ expires: TODAY }), TODAY, RULES);
    expect(outcome.status).toBe('applied');
    expect(findings[0].suppression).toBeDefined();
  });

  it('reports stale exceptions and why', () => {
    const findings = [finding({ logicalId: 'Logs', status: 'COMPLIANT' })];
    const outcomes = applyExceptions(
      findings,
      file({}, { resource: 'Nothing' }, { rule: 'SampleStackMonitored' }),
      TODAY,
      new Set(['SampleBucketTls']),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['stale', 'stale', 'stale']);
    expect(outcomes[0].note).toMatch(/now comply/);
    expect(outcomes[1].note).toMatch(/no result of SampleBucketTls matches 'Nothing'/);
    expect(outcomes[2].note).toMatch(/was not evaluated in this run/);
  });

  it('keeps an acknowledgement made in the template, and counts the exception as applied', () => {
    const ack = { reason: 'acknowledged in the app', source: 'cdk-acknowledgement' };
    const findings = [finding({ suppression: ack })];
    const [outcome] = applyExceptions(findings, file({}), TODAY, RULES);
    expect(findings[0].suppression).toBe(ack);
    expect(outcome.status).toBe('applied');
  });

  it('applies to INSUFFICIENT_DATA results too', () => {
    const findings = [finding({ status: 'INSUFFICIENT_DATA' })];
    applyExceptions(findings, file({}), TODAY, RULES);
    expect(findings[0].suppression).toBeDefined();
  });
});

describe('simple globs', () => {
  // The fast path for `*` and `?` must agree with picomatch (with dot), which reads every other glob.
  it('match exactly what picomatch matches', () => {
    const char = fc.constantFrom('a', 'b', '/', '.', '-', '$', '^', '*', '?');
    const text = (chars: fc.Arbitrary<string>) => fc.array(chars, { maxLength: 8 }).map((c) => c.join(''));
    fc.assert(
      fc.property(text(char).filter(Boolean), text(fc.constantFrom('a', 'b', '/', '.', '-', '$', '^')), (pattern, name) => {
        const simple = simpleGlob(pattern);
        if (simple) expect(simple(name)).toBe(picomatch(pattern, { dot: true })(name));
      }),
      { numRuns: 3000 },
    );
  });

  it('agree with picomatch on its whole-pattern special cases, found by the property above', () => {
    // picomatch reads `*.*` as "something after the dot"
    const matcher = (pattern: string) => simpleGlob(pattern) ?? picomatch(pattern, { dot: true });
    expect(matcher('*.*')('a.')).toBe(false);
    expect(matcher('*.*')('a.b')).toBe(true);
  });
});
