import { ApiGatewayStageWafAssociated as rule } from '../../../rules/apigateway/ApiGatewayStageWafAssociated';
import { PARAM, statusOf } from '../harness';
import { restApi } from './api-fixture';

const association = (arn: unknown) => ({
  Assoc: { Type: 'AWS::WAFv2::WebACLAssociation', Properties: { ResourceArn: arn, WebACLArn: 'arn:acl' } },
});
const cdkStageArn = {
  'Fn::Join': [
    '',
    [
      'arn:',
      { Ref: 'AWS::Partition' },
      ':apigateway:',
      { Ref: 'AWS::Region' },
      '::/restapis/',
      { Ref: 'Api' },
      '/stages/',
      { Ref: 'Stage' },
    ],
  ],
};

describe('ApiGatewayStageWafAssociated', () => {
  it('passes with an association built from the stage reference', () =>
    expect(statusOf(rule, 'Stage', restApi({}, association(cdkStageArn)))).toBe('COMPLIANT'));
  // The ARN's partition and region are unknown parts before the stage name: the stage it names is not read from them.
  it('needs review with an association naming the stage by its literal name after unknown parts', () => {
    expect(
      statusOf(
        rule,
        'Stage',
        restApi({}, association({ 'Fn::Sub': 'arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${Api}/stages/prod' })),
      ),
    ).toBe('INSUFFICIENT_DATA');
  });
  it('is not applicable to a private API', () =>
    expect(statusOf(rule, 'Stage', restApi({}, {}, { EndpointConfiguration: { Types: ['PRIVATE'] } }))).toBe('NOT_APPLICABLE'));
  it('fails a public stage without a web ACL', () => expect(statusOf(rule, 'Stage', restApi({}))).toBe('NON_COMPLIANT'));
  it('needs review when the association may name another stage', () => {
    expect(
      statusOf(
        rule,
        'Stage',
        restApi({}, association({ 'Fn::Sub': 'arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${Api}/stages/test' })),
      ),
    ).toBe('INSUFFICIENT_DATA');
  });
  it('needs review when an association’s resource is a parameter', () =>
    expect(statusOf(rule, 'Stage', restApi({}, association(PARAM)))).toBe('INSUFFICIENT_DATA'));
});
