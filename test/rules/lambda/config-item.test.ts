import { LambdaDlqConfigured } from '../../../rules/lambda/LambdaDlqConfigured';
import { LambdaInsideVpc } from '../../../rules/lambda/LambdaInsideVpc';
import { LambdaSupportedRuntime } from '../../../rules/lambda/LambdaSupportedRuntime';
import { configItem, statusOf, statusOfItem, template } from '../harness';

/** The same function as a template resource and as a configuration item (the Lambda API's lowerCamelCase shape). */
const scenarios = [
  {
    name: 'zip function on a current runtime, in a VPC, with a DLQ',
    properties: {
      Runtime: 'nodejs22.x',
      DeadLetterConfig: { TargetArn: 'arn:aws:sqs:eu-west-2:111122223333:dlq' },
      VpcConfig: { SubnetIds: ['subnet-1', 'subnet-2'], SecurityGroupIds: ['sg-1'] },
    },
    configuration: {
      runtime: 'nodejs22.x',
      packageType: 'Zip',
      deadLetterConfig: { targetArn: 'arn:aws:sqs:eu-west-2:111122223333:dlq' },
      vpcConfig: { subnetIds: ['subnet-1', 'subnet-2'], securityGroupIds: ['sg-1'] },
    },
    expected: { runtime: 'COMPLIANT', dlq: 'COMPLIANT', vpc: 'COMPLIANT' },
  },
  {
    name: 'zip function on a deprecated runtime, outside a VPC, without a DLQ',
    properties: { Runtime: 'nodejs12.x' },
    configuration: { runtime: 'nodejs12.x', packageType: 'Zip', vpcConfig: { subnetIds: [], securityGroupIds: [] } },
    expected: { runtime: 'NON_COMPLIANT', dlq: 'NON_COMPLIANT', vpc: 'NON_COMPLIANT' },
  },
  {
    name: 'container image function',
    properties: { PackageType: 'Image', Code: { ImageUri: '111122223333.dkr.ecr.eu-west-2.amazonaws.com/app:1' } },
    configuration: { packageType: 'Image' },
    expected: { runtime: 'NOT_APPLICABLE', dlq: 'NON_COMPLIANT', vpc: 'NON_COMPLIANT' },
  },
];

const rules = { runtime: LambdaSupportedRuntime, dlq: LambdaDlqConfigured, vpc: LambdaInsideVpc };

describe('Lambda rules read a template and a configuration item alike', () => {
  describe.each(scenarios)('$name', ({ properties, configuration, expected }) => {
    const t = template({
      Fn: {
        Type: 'AWS::Lambda::Function',
        Properties: { Role: 'arn:aws:iam::111122223333:role/r', Handler: 'index.handler', Code: { ZipFile: 'x' }, ...properties },
      },
    });
    const item = configItem('AWS::Lambda::Function', configuration);
    it.each(Object.entries(rules))('%s', (key, rule) => {
      const status = expected[key as keyof typeof expected];
      expect(statusOf(rule, 'Fn', t)).toBe(status);
      expect(statusOfItem(rule, item)).toBe(status);
    });
  });

  it('needs review when the runtime of an item is not recorded', () =>
    expect(statusOfItem(LambdaSupportedRuntime, configItem('AWS::Lambda::Function', { packageType: 'Zip' }))).toBe(
      'INSUFFICIENT_DATA',
    ));
});
