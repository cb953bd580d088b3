import { LambdaFunctionUrlAuth as rule } from '../../../rules/lambda/LambdaFunctionUrlAuth';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const url = (authType: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Url: {
        Type: 'AWS::Lambda::Url',
        Properties: { AuthType: authType, TargetFunctionArn: 'arn:aws:lambda:eu-west-2:111122223333:function:f' },
      },
    },
  });

describe('LambdaFunctionUrlAuth', () => {
  it('passes AWS_IAM', () => expect(statusOf(rule, 'Url', url('AWS_IAM'))).toBe('COMPLIANT'));
  it('fails when AuthType is NONE', () => expect(statusOf(rule, 'Url', url('NONE'))).toBe('NON_COMPLIANT'));
  it('needs review when AuthType is a parameter', () => expect(statusOf(rule, 'Url', url(PARAM))).toBe('INSUFFICIENT_DATA'));
});
