import { AccessAnalyzerExternalAccessEnabled as rule } from '../../../rules/accessanalyzer/AccessAnalyzerExternalAccessEnabled';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const stack = (type?: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Bucket: { Type: 'AWS::S3::Bucket' },
      ...(type === undefined ? {} : { Analyzer: { Type: 'AWS::AccessAnalyzer::Analyzer', Properties: { Type: type } } }),
    },
  });

describe('AccessAnalyzerExternalAccessEnabled', () => {
  it('passes with an ACCOUNT analyzer', () => expect(statusOf(rule, '(account)', stack('ACCOUNT'))).toBe('COMPLIANT'));
  it('passes with an ORGANIZATION analyzer', () => expect(statusOf(rule, '(account)', stack('ORGANIZATION'))).toBe('COMPLIANT'));
  it('fails when there is no analyzer', () => expect(statusOf(rule, '(account)', stack())).toBe('NON_COMPLIANT'));
  it('fails when the only analyzer looks for unused access', () =>
    expect(statusOf(rule, '(account)', stack('ACCOUNT_UNUSED_ACCESS'))).toBe('NON_COMPLIANT'));
  it('needs review when the analyzer type is a parameter', () =>
    expect(statusOf(rule, '(account)', stack(PARAM))).toBe('INSUFFICIENT_DATA'));
});
