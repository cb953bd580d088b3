import { SecretsManagerUsingCmk as rule } from '../../../rules/secretsmanager/SecretsManagerUsingCmk';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const secret = (kmsKeyId?: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Key: { Type: 'AWS::KMS::Key' },
      S: { Type: 'AWS::SecretsManager::Secret', Properties: kmsKeyId === undefined ? {} : { KmsKeyId: kmsKeyId } },
    },
  });

describe('SecretsManagerUsingCmk', () => {
  it('passes with a key from the template', () =>
    expect(statusOf(rule, 'S', secret({ 'Fn::GetAtt': ['Key', 'Arn'] }))).toBe('COMPLIANT'));
  it('passes with a customer alias', () => expect(statusOf(rule, 'S', secret('alias/app-secrets'))).toBe('COMPLIANT'));
  // A key ARN alone does not say who manages the key: AWS managed keys have key ARNs too.
  it('needs review with a literal key ARN of a key not declared here', () =>
    expect(statusOf(rule, 'S', secret('arn:aws:kms:eu-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'))).toBe(
      'INSUFFICIENT_DATA',
    ));
  it.each(['alias/aws/secretsmanager', 'aws/secretsmanager', 'arn:aws:kms:eu-west-2:111122223333:alias/aws/secretsmanager'])(
    'fails with the AWS managed key named %s',
    (id) => expect(statusOf(rule, 'S', secret(id))).toBe('NON_COMPLIANT'),
  );
  it('fails without KmsKeyId', () => expect(statusOf(rule, 'S', secret())).toBe('NON_COMPLIANT'));
  it('fails with the AWS managed alias', () =>
    expect(statusOf(rule, 'S', secret('alias/aws/secretsmanager'))).toBe('NON_COMPLIANT'));
  it('needs review when the key is a parameter', () => expect(statusOf(rule, 'S', secret(PARAM))).toBe('INSUFFICIENT_DATA'));
});
