import { ConfigItem } from '../../lib/engine/config-item';
import { Rule } from '../../lib/engine/rule';
import { statusOf, statusOfItem, template } from './harness';

/** A resource whose TLS-only statement lives in a policy resource (template) and in a Policy attribute (Config item). */
export interface AttributePolicySubject {
  readonly type: string;
  readonly policyType: string;
  /** The policy property that lists the resources it applies to (`Queues`, `Topics`). */
  readonly listedIn: string;
  readonly action: string;
  readonly arn: string;
  /** The subject's configuration item with these extra attributes. */
  readonly item: (attributes: Record<string, unknown>) => ConfigItem;
}

/** The same TLS-only scenarios through both adapters: the policy resource in a template, the Policy attribute on the item. */
export function tlsOnlyParity(rule: Rule, subject: AttributePolicySubject): void {
  const { type, policyType, listedIn, action, arn, item } = subject;
  const tls = {
    Effect: 'Deny',
    Principal: '*',
    Action: action,
    Resource: arn,
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
  const owner = { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: action, Resource: arn };
  const bare = { S: { Type: type } };
  const withPolicy = (statements: unknown[]) =>
    template({
      Resources: {
        ...bare,
        P: { Type: policyType, Properties: { [listedIn]: [{ Ref: 'S' }], PolicyDocument: { Statement: statements } } },
      },
    });
  // Config keeps the attribute as the service returns it: a JSON string
  const recorded = (statements: unknown[]) => item({ Policy: JSON.stringify({ Version: '2012-10-17', Statement: statements }) });

  describe(`${rule.id}: the policy in the template and the Policy attribute Config records agree`, () => {
    it.each([
      ['a statement denying requests without TLS', [owner, tls], 'COMPLIANT'],
      ['only the owner statement', [owner], 'NON_COMPLIANT'],
      [
        'a TLS deny scoped to one principal',
        [{ ...tls, Principal: { AWS: 'arn:aws:iam::111122223333:role/x' } }],
        'NON_COMPLIANT',
      ],
    ])('%s', (_name, statements, expected) => {
      expect([statusOf(rule, 'S', withPolicy(statements)), statusOfItem(rule, recorded(statements))]).toEqual([
        expected,
        expected,
      ]);
    });

    it('fails with no policy, in the template and on an item without the attribute', () => {
      expect([statusOf(rule, 'S', template({ Resources: bare })), statusOfItem(rule, item({}))]).toEqual([
        'NON_COMPLIANT',
        'NON_COMPLIANT',
      ]);
    });

    it('needs review when the recorded policy is not valid JSON', () =>
      expect(statusOfItem(rule, item({ Policy: '{"Statement": [' }))).toBe('INSUFFICIENT_DATA'));
  });
}
