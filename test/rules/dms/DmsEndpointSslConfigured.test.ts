import { DmsEndpointSslConfigured as rule } from '../../../rules/dms/DmsEndpointSslConfigured';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const endpoint = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { E: { Type: 'AWS::DMS::Endpoint', Properties: { EndpointType: 'source', EngineName: 'postgres', ...props } } },
  });

describe('DmsEndpointSslConfigured', () => {
  it('passes require', () => expect(statusOf(rule, 'E', endpoint({ SslMode: 'require' }))).toBe('COMPLIANT'));
  it('passes verify-full', () =>
    expect(statusOf(rule, 'E', endpoint({ SslMode: 'verify-full', CertificateArn: 'arn:aws:dms:eu-west-2:1:cert:x' }))).toBe(
      'COMPLIANT',
    ));
  it('is not applicable to an S3 endpoint', () =>
    expect(statusOf(rule, 'E', endpoint({ EngineName: 's3' }))).toBe('NOT_APPLICABLE'));
  it('fails when SslMode is absent', () => expect(statusOf(rule, 'E', endpoint({}))).toBe('NON_COMPLIANT'));
  it('fails when SslMode is none', () => expect(statusOf(rule, 'E', endpoint({ SslMode: 'none' }))).toBe('NON_COMPLIANT'));
  it('needs review when SslMode is a parameter', () =>
    expect(statusOf(rule, 'E', endpoint({ SslMode: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
