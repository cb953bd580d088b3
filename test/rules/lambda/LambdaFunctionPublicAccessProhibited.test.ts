import { LambdaFunctionPublicAccessProhibited as rule } from '../../../rules/lambda/LambdaFunctionPublicAccessProhibited';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

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
