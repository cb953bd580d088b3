import { ConfigItem } from '../../../lib/engine/config-item';
import { ConfigScopes } from '../../../lib/sources/config/scope';

const item = (resourceType: string, resourceId: string, awsRegion: string, resourceName?: string): ConfigItem => ({
  resourceType,
  resourceId,
  resourceName,
  accountId: '111122223333',
  awsRegion,
  status: 'OK',
  configuration: {},
  supplementaryConfiguration: {},
  tags: {},
  relationships: [],
});

describe('ConfigScopes', () => {
  const recording = new Map([
    [
      '111122223333/eu-west-2',
      { allSupported: true, includesGlobal: true, types: new Set<string>(), excluded: new Set(['AWS::EC2::Volume']) },
    ],
    [
      '111122223333/eu-west-1',
      { allSupported: false, includesGlobal: false, types: new Set(['AWS::S3::Bucket']), excluded: new Set<string>() },
    ],
  ]);
  const scopes = new ConfigScopes(recording);
  scopes.add(item('AWS::S3::Bucket', 'logs', 'eu-west-2', 'logs'));
  scopes.add(item('AWS::S3::Bucket', 'dublin', 'eu-west-1'));
  scopes.add(item('AWS::IAM::Role', 'AROA1', 'global', 'deploy'));

  it('keeps each account-region to itself, and gives IAM to every region of the account', () => {
    const london = scopes.scope('111122223333', 'eu-west-2');
    const dublin = scopes.scope('111122223333', 'eu-west-1');
    expect(london.ofType('AWS::S3::Bucket').map((i) => i.resourceId)).toEqual(['logs']);
    expect(dublin.ofType('AWS::S3::Bucket').map((i) => i.resourceId)).toEqual(['dublin']);
    expect(dublin.get('AWS::IAM::Role', 'deploy')?.resourceId).toBe('AROA1');
    expect(london.get('AWS::IAM::Role', 'AROA1')?.resourceName).toBe('deploy');
    expect(london.get('AWS::S3::Bucket', 'dublin')).toBeUndefined();
    expect(scopes.keys().sort()).toEqual([
      ['111122223333', 'eu-west-1'],
      ['111122223333', 'eu-west-2'],
    ]);
  });

  it('says what each recorder records; IAM counts as recorded when any scanned region records it', () => {
    const london = scopes.scope('111122223333', 'eu-west-2');
    const dublin = scopes.scope('111122223333', 'eu-west-1');
    expect(london.records('AWS::EC2::SecurityGroup')).toBe(true);
    expect(london.records('AWS::EC2::Volume')).toBe(false);
    expect(dublin.records('AWS::EC2::SecurityGroup')).toBe(false);
    expect(dublin.records('AWS::IAM::Role')).toBe(true);
  });

  it('without recorder information (snapshots) counts a type as recorded only where items of it were seen', () => {
    const bare = new ConfigScopes();
    bare.add(item('AWS::S3::Bucket', 'logs', 'eu-west-2'));
    expect(bare.scope('111122223333', 'eu-west-2').records('AWS::S3::Bucket')).toBe(true);
    expect(bare.scope('111122223333', 'eu-west-2').records('AWS::EC2::VPC')).toBe(false);
  });
});
