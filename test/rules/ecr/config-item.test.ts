import { EcrTagImmutability } from '../../../rules/ecr/EcrTagImmutability';
import { configItem, statusOf, statusOfItem, template } from '../harness';

describe('EcrTagImmutability reads a template and a configuration item alike', () => {
  it.each([
    ['IMMUTABLE', 'COMPLIANT'],
    ['MUTABLE', 'NON_COMPLIANT'],
  ])('%s', (mutability, status) => {
    const t = template({ R: { Type: 'AWS::ECR::Repository', Properties: { ImageTagMutability: mutability } } });
    expect(statusOf(EcrTagImmutability, 'R', t)).toBe(status);
    expect(statusOfItem(EcrTagImmutability, configItem('AWS::ECR::Repository', { ImageTagMutability: mutability }))).toBe(status);
  });
});
