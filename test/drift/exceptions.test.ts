import { InputError } from '../../lib/errors';
import { parseExceptions } from '../../lib/policy-gates/exceptions';

const RULES = new Set(['SecurityGroupNoPublicSsh']);
const entry = (fields: string) =>
  `exceptions:\n  - ${fields.trim().split('\n').join('\n    ')}\n    reason: known\n    owner: team\n    expires: 2027-01-01\n`;
function problems(text: string): string[] {
  try {
    parseExceptions(text, 'x.yaml', RULES);
    return [];
  } catch (e) {
    return (e as InputError).message.split('\n');
  }
}

describe('drift entries in the exceptions file', () => {
  it('keeps them apart from the entries check and scan apply', () => {
    const file = parseExceptions(
      entry('drift: unmanaged\nresource: arn:aws:s3:::legacy-*') +
        entry('drift: intent\nrule: SecurityGroupNoPublicSsh\nresource: Web/*').slice(12),
      'x.yaml',
      RULES,
    );
    expect(file.entries).toEqual([]);
    expect(file.drift?.map((d) => [d.drift, d.rule, d.resource])).toEqual([
      ['unmanaged', undefined, 'arn:aws:s3:::legacy-*'],
      ['intent', 'SecurityGroupNoPublicSsh', 'Web/*'],
    ]);
  });

  it.each([
    [
      'fails when the kind is unknown',
      'drift: sideways\nrule: SecurityGroupNoPublicSsh\nresource: a',
      "x.yaml: exceptions[0] (line 2): drift: 'sideways' is not a kind of drift (use intent, unmanaged, missing, verdict)",
    ],
    [
      'fails when unmanaged names a rule',
      'drift: unmanaged\nrule: SecurityGroupNoPublicSsh\nresource: a',
      'x.yaml: exceptions[0] (line 2): rule: drift: unmanaged names no rule; leave rule out',
    ],
    ['fails when intent names no rule', 'drift: intent\nresource: a', 'x.yaml: exceptions[0] (line 2): rule: is required'],
    [
      'fails when intent names an unknown rule',
      'drift: intent\nrule: Nope\nresource: a',
      "x.yaml: exceptions[0] (line 2): rule: unknown rule 'Nope' (`palisade rules` lists them)",
    ],
  ])('%s', (_name, fields, message) => {
    expect(problems(entry(fields))).toEqual([message]);
  });
});
