import { LambdaFunctionPublicAccessProhibited as rule } from '../../../rules/lambda/LambdaFunctionPublicAccessProhibited';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';

const permission = (props: Record<string, unknown>, type = 'AWS::Lambda::Permission') =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Fn: { Type: 'AWS::Lambda::Function' },
      P: { Type: type, Properties: { Action: 'lambda:InvokeFunction', FunctionName: { Ref: 'Fn' }, ...props } },
    },
  });

describe('LambdaFunctionPublicAccessProhibited', () => {
  it("passes the stack's own account", () =>
    expect(statusOf(rule, 'P', permission({ Principal: { Ref: 'AWS::AccountId' } }))).toBe('COMPLIANT'));
  it('passes a service with a SourceArn', () => {
    expect(
      statusOf(rule, 'P', permission({ Principal: 'events.amazonaws.com', SourceArn: { 'Fn::GetAtt': ['Fn', 'Arn'] } })),
    ).toBe('COMPLIANT');
  });
  it('passes S3 with a SourceAccount', () => {
    expect(
      statusOf(
        rule,
        'P',
        permission({ Principal: 's3.amazonaws.com', SourceAccount: { Ref: 'AWS::AccountId' }, SourceArn: 'arn:aws:s3:::bucket' }),
      ),
    ).toBe('COMPLIANT');
  });
  it('fails when everyone may invoke', () => expect(statusOf(rule, 'P', permission({ Principal: '*' }))).toBe('NON_COMPLIANT'));
  it('fails when a service has no source condition', () =>
    expect(statusOf(rule, 'P', permission({ Principal: 'sns.amazonaws.com' }))).toBe('NON_COMPLIANT'));
  it('fails when S3 is limited by SourceArn alone', () => {
    expect(statusOf(rule, 'P', permission({ Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::bucket' }))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('fails when a layer is shared with everyone outside an organisation', () => {
    expect(
      statusOf(
        rule,
        'P',
        permission(
          {
            Action: 'lambda:GetLayerVersion',
            LayerVersionArn: 'arn:aws:lambda:eu-west-2:111122223333:layer:l:1',
            Principal: '*',
          },
          'AWS::Lambda::LayerVersionPermission',
        ),
      ),
    ).toBe('NON_COMPLIANT');
  });
  it('needs review when the principal is a parameter', () =>
    expect(statusOf(rule, 'P', permission({ Principal: PARAM }))).toBe('INSUFFICIENT_DATA'));
  it('fails by cases when the only restriction may be absent', () => {
    const t = template({
      Parameters: PARAMETERS,
      Conditions: { C: { 'Fn::Equals': [PARAM, 'x'] } },
      Resources: {
        P: {
          Type: 'AWS::Lambda::Permission',
          Properties: {
            Action: 'lambda:InvokeFunction',
            FunctionName: 'f',
            Principal: 'sns.amazonaws.com',
            SourceArn: { 'Fn::If': ['C', 'arn:aws:sns:eu-west-2:111122223333:t', { Ref: 'AWS::NoValue' }] },
          },
        },
      },
    });
    expect(statusOf(rule, 'P', t)).toBe('NON_COMPLIANT');
  });
});

describe('LambdaFunctionPublicAccessProhibited on the function policy Config records', () => {
  const FN = 'arn:aws:lambda:eu-west-2:111122223333:function:f';
  const CONDITIONS: Record<string, Record<string, unknown>> = {
    SourceArn: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads' } },
    SourceAccount: { StringEquals: { 'AWS:SourceAccount': '111122223333' } },
    PrincipalOrgID: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
  };
  /** The statement AddPermission writes for these properties, as GetPolicy returns it. */
  const statement = (principal: unknown, restrictions: string[]) => ({
    Sid: 'p',
    Effect: 'Allow',
    Principal: principal,
    Action: 'lambda:InvokeFunction',
    Resource: FN,
    ...(restrictions.length ? { Condition: Object.assign({}, ...restrictions.map((r) => CONDITIONS[r])) } : {}),
  });
  const fn = (policy?: unknown) =>
    configItem(
      'AWS::Lambda::Function',
      { functionName: 'f', functionArn: FN },
      { supplementaryConfiguration: policy === undefined ? {} : { Policy: policy } },
    );
  const recorded = (principal: unknown, restrictions: string[]) =>
    fn(JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: [statement(principal, restrictions)] }));
  const declared = (principal: string, restrictions: string[]) =>
    permission(
      Object.fromEntries([
        ['Principal', principal],
        ...restrictions.map((r) => [
          r,
          r === 'SourceArn' ? 'arn:aws:s3:::uploads' : r === 'SourceAccount' ? '111122223333' : 'o-abc123',
        ]),
      ]),
    );

  it.each([
    ['everyone', '*', '*', [], 'NON_COMPLIANT'],
    ['another account', '222222222222', { AWS: 'arn:aws:iam::222222222222:root' }, [], 'COMPLIANT'],
    ['a service confined to a source ARN', 'sns.amazonaws.com', { Service: 'sns.amazonaws.com' }, ['SourceArn'], 'COMPLIANT'],
    ['a service with no condition', 'sns.amazonaws.com', { Service: 'sns.amazonaws.com' }, [], 'NON_COMPLIANT'],
    ['S3 confined only by bucket ARN', 's3.amazonaws.com', { Service: 's3.amazonaws.com' }, ['SourceArn'], 'NON_COMPLIANT'],
    [
      'S3 confined to an account',
      's3.amazonaws.com',
      { Service: 's3.amazonaws.com' },
      ['SourceArn', 'SourceAccount'],
      'COMPLIANT',
    ],
    ['everyone in an organisation', '*', '*', ['PrincipalOrgID'], 'COMPLIANT'],
  ] as const)('%s: the template and the item agree', (_name, principal, recordedPrincipal, restrictions, expected) => {
    expect([
      statusOf(rule, 'P', declared(principal, [...restrictions])),
      statusOfItem(rule, recorded(recordedPrincipal, [...restrictions])),
    ]).toEqual([expected, expected]);
  });

  it('passes a function with no policy, and reads a policy Config decoded into an object', () => {
    expect(statusOfItem(rule, fn())).toBe('COMPLIANT');
    expect(statusOfItem(rule, fn({ Statement: [statement('*', [])] }))).toBe('NON_COMPLIANT');
  });

  it('needs review when the recorded policy cannot be read', () =>
    expect(statusOfItem(rule, fn('{"Statement": ['))).toBe('INSUFFICIENT_DATA'));

  it('ignores Deny statements: they grant nothing', () =>
    expect(statusOfItem(rule, fn({ Statement: [{ ...statement('*', []), Effect: 'Deny' }] }))).toBe('COMPLIANT'));
});
