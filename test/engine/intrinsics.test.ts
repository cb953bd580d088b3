import { AttributeRef, PartialString, ResourceRef, Resolver } from '../../lib/engine/intrinsics';
import { isUnknown } from '../../lib/engine/unknown';
import { parseTemplate } from '../../lib/sources/template/parse';

const resolverFor = (body: object, options: { region?: string; parameterDefaults?: boolean } = {}) =>
  new Resolver(
    parseTemplate(JSON.stringify({ Resources: { Bucket: { Type: 'AWS::S3::Bucket' } }, ...body }), 't.json', {
      region: options.region,
    }),
    {
      parameterDefaults: options.parameterDefaults,
    },
  );

describe('Resolver', () => {
  const r = resolverFor({
    Parameters: { Env: { Type: 'String', Default: 'prod' } },
    Conditions: {
      Always: { 'Fn::Equals': ['a', 'a'] },
      Never: { 'Fn::Not': [{ Condition: 'Always' }] },
      ByParam: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
      Either: { 'Fn::Or': [{ Condition: 'ByParam' }, { Condition: 'Always' }] },
    },
    Mappings: { Regions: { 'eu-west-2': { Ami: 'ami-1' } } },
  });

  it('keeps a Ref to a resource as a relation', () => {
    expect(r.resolve({ Ref: 'Bucket' })).toEqual(new ResourceRef('Bucket'));
    expect(r.resolve({ 'Fn::GetAtt': 'Bucket.Arn' })).toEqual(new AttributeRef('Bucket', 'Arn'));
  });

  it('does not treat a parameter default as its value unless asked', () => {
    expect(isUnknown(r.resolve({ Ref: 'Env' }))).toBe(true);
    const withDefaults = resolverFor({ Parameters: { Env: { Type: 'String', Default: 'prod' } } }, { parameterDefaults: true });
    expect(withDefaults.resolve({ Ref: 'Env' })).toBe('prod');
  });

  it('decides Fn::If on decidable conditions and refuses undecidable ones', () => {
    expect(r.resolve({ 'Fn::If': ['Always', 1, 2] })).toBe(1);
    expect(r.resolve({ 'Fn::If': ['Never', 1, 2] })).toBe(2);
    expect(isUnknown(r.resolve({ 'Fn::If': ['ByParam', 1, 2] }))).toBe(true);
  });

  it('short-circuits Fn::Or when one branch is known true', () => {
    expect(r.condition('Either')).toBe(true);
  });

  it('removes AWS::NoValue from objects and lists', () => {
    expect(r.resolve({ A: { Ref: 'AWS::NoValue' }, B: [1, { Ref: 'AWS::NoValue' }, 2] })).toEqual({ B: [1, 2] });
  });

  it('joins and substitutes literals', () => {
    expect(r.resolve({ 'Fn::Join': ['-', ['a', 'b', 'c']] })).toBe('a-b-c');
    expect(r.resolve({ 'Fn::Sub': ['${X}-y', { X: 'x' }] })).toBe('x-y');
    expect(r.resolve({ 'Fn::Sub': 'cost ${!Literal}' })).toBe('cost ${Literal}');
  });

  it('keeps the literal parts of a string that refers to a resource', () => {
    const v = r.resolve({ 'Fn::Sub': 'arn:aws:s3:::${Bucket}/*' });
    expect(v).toBeInstanceOf(PartialString);
    expect((v as PartialString).text).toBe('arn:aws:s3:::${Bucket}/*');
    expect((v as PartialString).refs).toEqual(['Bucket']);
  });

  it('resolves pseudo parameters only when the environment is known', () => {
    expect(isUnknown(r.resolve({ Ref: 'AWS::Region' }))).toBe(true);
    expect(resolverFor({}, { region: 'eu-west-2' }).resolve({ Ref: 'AWS::Region' })).toBe('eu-west-2');
    expect(resolverFor({}, { region: 'eu-west-2' }).resolve({ Ref: 'AWS::Partition' })).toBe('aws');
  });

  it('reads mappings with literal keys', () => {
    expect(r.resolve({ 'Fn::FindInMap': ['Regions', 'eu-west-2', 'Ami'] })).toBe('ami-1');
    expect(isUnknown(r.resolve({ 'Fn::FindInMap': ['Regions', { Ref: 'AWS::Region' }, 'Ami'] }))).toBe(true);
  });

  it('selects and splits literals', () => {
    expect(r.resolve({ 'Fn::Select': [1, { 'Fn::Split': [',', 'a,b,c'] }] })).toBe('b');
  });

  it('treats values only known at deployment as unknown', () => {
    for (const v of [
      { 'Fn::ImportValue': 'x' },
      { 'Fn::GetAZs': '' },
      { Ref: 'Missing' },
      { 'Fn::Cidr': ['10.0.0.0/16', 2, 8] },
    ]) {
      expect(isUnknown(r.resolve(v))).toBe(true);
    }
  });

  it('does not loop on a condition that refers to itself', () => {
    const loop = resolverFor({ Conditions: { A: { Condition: 'A' } } });
    expect(isUnknown(loop.condition('A'))).toBe(true);
  });

  it('keeps dynamic references as opaque strings', () => {
    expect(r.resolve('{{resolve:secretsmanager:db:SecretString:password}}')).toBe(
      '{{resolve:secretsmanager:db:SecretString:password}}',
    );
  });
});

describe('Resolver on an undecidable Fn::If', () => {
  const r = resolverFor({ Parameters: { P: { Type: 'String' } }, Conditions: { C: { 'Fn::Equals': [{ Ref: 'P' }, 'x'] } } });
  it('knows the value when both branches agree', () => {
    expect(r.resolve({ 'Fn::If': ['C', { Enabled: true }, { Enabled: true }] })).toEqual({ Enabled: true });
  });
  it('does not know it when they differ', () => {
    expect(isUnknown(r.resolve({ 'Fn::If': ['C', 'a', 'b'] }))).toBe(true);
    expect(isUnknown(r.resolve({ 'Fn::If': ['C', 'a', { Ref: 'AWS::NoValue' }] }))).toBe(true);
  });
});
