import { LambdaSupportedRuntime as rule } from '../../../rules/lambda/LambdaSupportedRuntime';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const fn = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Fn: { Type: 'AWS::Lambda::Function', Properties: { Code: { ZipFile: 'x' }, ...props } } },
  });

describe('LambdaSupportedRuntime', () => {
  it('passes a current runtime', () => expect(statusOf(rule, 'Fn', fn({ Runtime: 'python3.13' }))).toBe('COMPLIANT'));
  it('fails when the runtime is deprecated', () =>
    expect(statusOf(rule, 'Fn', fn({ Runtime: 'nodejs16.x' }))).toBe('NON_COMPLIANT'));
  it('is not applicable to container images', () =>
    expect(statusOf(rule, 'Fn', fn({ PackageType: 'Image', Code: { ImageUri: 'x' } }))).toBe('NOT_APPLICABLE'));
  it('needs review when the runtime is a parameter', () =>
    expect(statusOf(rule, 'Fn', fn({ Runtime: PARAM }))).toBe('INSUFFICIENT_DATA'));
  it('needs review when the runtime is not in the list', () =>
    expect(statusOf(rule, 'Fn', fn({ Runtime: 'cobol85' }))).toBe('INSUFFICIENT_DATA'));

  it('decides on the evaluation date: nodejs20.x fails from its deprecation date', () => {
    const facts = { runtime: 'nodejs20.x', packageType: undefined, imageUri: false };
    expect(rule.evaluate({ ...facts, today: '2026-04-29' }).status).toBe('COMPLIANT');
    expect(rule.evaluate({ ...facts, today: '2026-04-30' }).status).toBe('NON_COMPLIANT');
  });
});
