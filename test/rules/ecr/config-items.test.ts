import { EcrImageScanOnPush } from '../../../rules/ecr/EcrImageScanOnPush';
import { EcrRepositoryPolicyNotPublic } from '../../../rules/ecr/EcrRepositoryPolicyNotPublic';
import { EcrTagImmutability } from '../../../rules/ecr/EcrTagImmutability';
import { corpusItems } from '../corpus-items';
import { configItem, statusOf, statusOfItem, template } from '../harness';

const repo = (properties: Record<string, unknown>) => ({
  t: template({ R: { Type: 'AWS::ECR::Repository', Properties: properties } }),
  item: configItem('AWS::ECR::Repository', {
    RepositoryName: 'app',
    ImageTagMutability: 'MUTABLE',
    RepositoryPolicyText: {},
    ...properties,
  }),
});

describe('ECR repositories: a template and a configuration item agree', () => {
  it('scan on push passes from both', () => {
    const { t, item } = repo({ ImageScanningConfiguration: { ScanOnPush: true } });
    expect([statusOf(EcrImageScanOnPush, 'R', t), statusOfItem(EcrImageScanOnPush, item)]).toEqual(['COMPLIANT', 'COMPLIANT']);
  });
  it('without scan on push, a template without registry scanning fails; Config cannot see registry scanning, so it needs review', () => {
    const { t, item } = repo({ ImageScanningConfiguration: { ScanOnPush: false } });
    expect([statusOf(EcrImageScanOnPush, 'R', t), statusOfItem(EcrImageScanOnPush, item)]).toEqual([
      'NON_COMPLIANT',
      'INSUFFICIENT_DATA',
    ]);
  });

  it.each([
    ['a public pull policy', { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:BatchGetImage' }] }, 'NON_COMPLIANT'],
    [
      'a pull policy for the organisation',
      {
        Statement: [
          {
            Effect: 'Allow',
            Principal: '*',
            Action: 'ecr:BatchGetImage',
            Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } },
          },
        ],
      },
      'COMPLIANT',
    ],
    [
      'an account pull policy',
      { Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'ecr:BatchGetImage' }] },
      'COMPLIANT',
    ],
  ])('%s', (_, policy, status) => {
    const document = { Version: '2012-10-17', ...policy };
    const { t, item } = repo({ RepositoryPolicyText: document });
    expect([statusOf(EcrRepositoryPolicyNotPublic, 'R', t), statusOfItem(EcrRepositoryPolicyNotPublic, item)]).toEqual([
      status,
      status,
    ]);
    // The API shape carries the policy as JSON text.
    expect(
      statusOfItem(EcrRepositoryPolicyNotPublic, {
        ...item,
        configuration: { ...item.configuration, RepositoryPolicyText: JSON.stringify(document) },
      }),
    ).toBe(status);
  });

  it('needs review when the item does not record the policy, scanning or mutability', () => {
    const item = configItem('AWS::ECR::Repository', { RepositoryName: 'app' });
    for (const rule of [EcrRepositoryPolicyNotPublic, EcrImageScanOnPush, EcrTagImmutability])
      expect([rule.id, statusOfItem(rule, item)]).toEqual([rule.id, 'INSUFFICIENT_DATA']);
  });

  it('reads the real RDK repository: mutable, no scan on push, no policy', () => {
    const [{ item }] = corpusItems('AWS::ECR::Repository');
    expect(statusOfItem(EcrTagImmutability, item)).toBe('NON_COMPLIANT');
    expect(statusOfItem(EcrRepositoryPolicyNotPublic, item)).toBe('COMPLIANT');
    expect(statusOfItem(EcrImageScanOnPush, item)).toBe('INSUFFICIENT_DATA');
  });
});
