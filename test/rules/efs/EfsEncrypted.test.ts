import { EfsEncrypted as rule } from '../../../rules/efs/EfsEncrypted';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const fs = (props: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { Fs: { Type: 'AWS::EFS::FileSystem', Properties: props } } });

describe('EfsEncrypted', () => {
  it('passes when Encrypted is true', () => expect(statusOf(rule, 'Fs', fs({ Encrypted: true }))).toBe('COMPLIANT'));
  it('fails when Encrypted is false', () => expect(statusOf(rule, 'Fs', fs({ Encrypted: false }))).toBe('NON_COMPLIANT'));
  it('fails when Encrypted is absent', () => expect(statusOf(rule, 'Fs', fs({}))).toBe('NON_COMPLIANT'));
  it('needs review when Encrypted is a parameter', () =>
    expect(statusOf(rule, 'Fs', fs({ Encrypted: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
