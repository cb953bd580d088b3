import { Unknown } from '../../../lib/engine/unknown';
import { keyKindInScope, keyKindOfId } from '../../../rules/kms/key-kind';
import { configItem, itemScope } from '../harness';

describe('keyKindOfId', () => {
  it.each([
    'alias/aws/s3',
    'aws/secretsmanager',
    'arn:aws:kms:eu-west-2:111122223333:alias/aws/backup',
    'arn:aws-us-gov:kms:us-gov-west-1:111122223333:alias/aws/ebs',
    'ALIAS/AWS/SNS',
  ])('reads %s as AWS managed', (id) => expect(keyKindOfId(id)).toBe('aws-managed'));
  it.each(['alias/app-data', 'arn:aws:kms:eu-west-2:111122223333:alias/app-data', 'alias/awsome'])(
    'reads %s as customer managed',
    (id) => expect(keyKindOfId(id)).toBe('customer-managed'),
  );
  it.each([
    '1234abcd-12ab-34cd-56ef-1234567890ab',
    'arn:aws:kms:eu-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    'mrk-1234abcd12ab34cd56ef1234567890ab',
    'not a key',
  ])('cannot tell who manages %s', (id) => expect(keyKindOfId(id)).toBeInstanceOf(Unknown));
  it('reads the empty string as no key', () => expect(keyKindOfId('')).toBe('none'));
});

describe('keyKindInScope', () => {
  const key = (id: string, keyManager: string) => configItem('AWS::KMS::Key', { keyId: id, keyManager }, { resourceId: id });
  const id = '1234abcd-12ab-34cd-56ef-1234567890ab';
  const arn = `arn:aws:kms:eu-west-2:111122223333:key/${id}`;
  it('looks a key ARN up among the recorded keys', () => {
    expect(keyKindInScope(arn, itemScope([key(id, 'CUSTOMER')]))).toBe('customer-managed');
    expect(keyKindInScope(arn, itemScope([key(id, 'AWS')]))).toBe('aws-managed');
  });
  it('is unknown when the key is not recorded', () => {
    expect(keyKindInScope(arn, itemScope([]))).toBeInstanceOf(Unknown);
    expect(keyKindInScope(arn, itemScope([key(id, 'CUSTOMER')], []))).toBeInstanceOf(Unknown);
  });
  it('reads an absent key as none', () => expect(keyKindInScope(undefined, itemScope([]))).toBe('none'));
});
