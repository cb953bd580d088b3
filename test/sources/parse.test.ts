import { InputError } from '../../lib/errors';
import { parseTemplate } from '../../lib/sources/template/parse';

const oneLine = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const message = (e as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    return message;
  }
  throw new Error('expected an InputError');
};

describe('parseTemplate', () => {
  it('reads YAML short-form tags into long-form intrinsics', () => {
    const t = parseTemplate(
      [
        'Resources:',
        '  B:',
        '    Type: AWS::S3::Bucket',
        '    Properties:',
        '      BucketName: !Sub "${AWS::StackName}-logs"',
        '      Tags:',
        '        - Key: a',
        '          Value: !GetAtt Other.Arn',
        '  Other:',
        '    Type: AWS::SNS::Topic',
        '',
      ].join('\n'),
      'x.yaml',
    );
    expect(t.body.Resources.B.Properties).toEqual({
      BucketName: { 'Fn::Sub': '${AWS::StackName}-logs' },
      Tags: [{ Key: 'a', Value: { 'Fn::GetAtt': ['Other', 'Arn'] } }],
    });
    expect(t.lines.get('B')).toBe(2);
    expect(t.lines.get('Other')).toBe(9);
  });

  it('reads sequence and mapping forms of tags', () => {
    const t = parseTemplate(
      'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Join [ "-", [ a, !Ref AWS::Region ] ]\n',
      'x.yaml',
    );
    expect(t.body.Resources.B.Properties?.BucketName).toEqual({ 'Fn::Join': ['-', ['a', { Ref: 'AWS::Region' }]] });
  });

  it('gives each JSON resource its line', () => {
    const text = JSON.stringify(
      {
        Parameters: { P: { Type: 'String' } },
        Resources: { A: { Type: 'AWS::S3::Bucket', Properties: { Tags: [{ Key: 'x' }] } }, B: { Type: 'AWS::S3::Bucket' } },
      },
      null,
      2,
    );
    const t = parseTemplate(text, 'x.json');
    const lineOf = (id: string) => text.split('\n').findIndex((l) => l.includes(`"${id}": {`)) + 1;
    expect(t.lines.get('A')).toBe(lineOf('A'));
    expect(t.lines.get('B')).toBe(lineOf('B'));
  });

  it('uses aws:cdk:path metadata as the construct path', () => {
    const t = parseTemplate(
      JSON.stringify({ Resources: { A: { Type: 'AWS::S3::Bucket', Metadata: { 'aws:cdk:path': 'Stack/A/Resource' } } } }),
      'x.json',
    );
    expect(t.constructPaths.get('A')).toBe('Stack/A/Resource');
  });

  describe('rejects bad input with one line naming the file', () => {
    it('fails when JSON is truncated', () => {
      expect(oneLine(() => parseTemplate('{"Resources": {"A": {"Type": "AWS::S3::Bucket"', 'bad.json'))).toMatch(
        /^bad\.json: not valid JSON/,
      );
    });
    it('fails when YAML has an unknown tag', () => {
      expect(oneLine(() => parseTemplate('Resources:\n  A:\n    Type: !Bogus x\n', 'bad.yaml'))).toMatch(
        /^bad\.yaml: not valid YAML: line 3: .*!Bogus/,
      );
    });
    it('fails when Resources is a list', () => {
      expect(oneLine(() => parseTemplate('Resources:\n  - Type: AWS::S3::Bucket\n', 'list.yaml'))).toBe(
        'list.yaml: Resources is a list; CloudFormation needs a mapping of logical ids to resources',
      );
    });
    it('fails when a resource has no Type', () => {
      expect(oneLine(() => parseTemplate('{"Resources": {"A": {"Properties": {}}}}', 'x.json'))).toBe(
        'x.json: resource A has no Type',
      );
    });
    it('fails when the file is not a template', () => {
      expect(oneLine(() => parseTemplate('{"name": "package"}', 'package.json'))).toBe(
        'package.json: not a CloudFormation template: it has no Resources section',
      );
      expect(oneLine(() => parseTemplate('- just\n- a list\n', 'l.yaml'))).toMatch(/top level is not a mapping/);
    });
    it('fails when Properties is not a mapping', () => {
      expect(
        oneLine(() => parseTemplate('{"Resources": {"A": {"Type": "AWS::S3::Bucket", "Properties": [1]}}}', 'x.json')),
      ).toMatch(/resource A \(AWS::S3::Bucket\): Properties is not a mapping/);
    });
    it('fails when the template is 50 MB', () => {
      const big = '{"Resources": {}, "Padding": "' + 'x'.repeat(50 * 1024 * 1024) + '"}';
      expect(oneLine(() => parseTemplate(big, 'big.json'))).toMatch(/^big\.json: template is 50\.0 MB, over the 20 MB limit/);
    });
  });
});

describe('resourceLines', () => {
  const { resourceLines } = jest.requireActual('../../lib/sources/template/json-lines');
  const text = '{\n "Resources": {\n  "A": {\n   "Type": "X"\n  },\n  "B": {"Type": "Y"}\n }\n}';

  it('finds each logical id in one forward pass', () => {
    expect([...resourceLines(text, ['A', 'B'])]).toEqual([
      ['A', 3],
      ['B', 6],
    ]);
  });

  it('falls back to a position-aware parse when the forward search loses its way', () => {
    expect([...resourceLines(text, ['B', 'A'])]).toEqual([
      ['A', 3],
      ['B', 6],
    ]);
  });
});
