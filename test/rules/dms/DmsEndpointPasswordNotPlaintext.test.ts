import { DmsEndpointPasswordNotPlaintext as rule } from '../../../rules/dms/DmsEndpointPasswordNotPlaintext';
import { PARAMETERS, resultOf, statusOf, template } from '../harness';

const endpoint = (props: Record<string, unknown>, parameters: Record<string, unknown> = PARAMETERS) =>
  template({
    Parameters: parameters,
    Resources: { E: { Type: 'AWS::DMS::Endpoint', Properties: { EndpointType: 'source', EngineName: 'mysql', ...props } } },
  });

describe('DmsEndpointPasswordNotPlaintext', () => {
  it('passes credentials from Secrets Manager settings', () => {
    expect(
      statusOf(
        rule,
        'E',
        endpoint({ MySqlSettings: { SecretsManagerSecretId: 'db', SecretsManagerAccessRoleArn: 'arn:aws:iam::1:role/r' } }),
      ),
    ).toBe('COMPLIANT');
  });
  it('passes a NoEcho parameter', () =>
    expect(statusOf(rule, 'E', endpoint({ Password: { Ref: 'Pw' } }, { Pw: { Type: 'String', NoEcho: true } }))).toBe(
      'COMPLIANT',
    ));
  it('fails a literal password without echoing it', () => {
    const r = resultOf(rule, 'E', endpoint({ Password: 'letmein-please' }));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).not.toContain('letmein');
  });
  it('needs review when the password comes from an import', () =>
    expect(statusOf(rule, 'E', endpoint({ Password: { 'Fn::ImportValue': 'pw' } }))).toBe('INSUFFICIENT_DATA'));
});
