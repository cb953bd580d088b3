import { configItem } from '../harness';

/** A Lambda function as Config records it (the API's lowerCamelCase), with the subnets its zones come from. */
export const ITEMS = [
  configItem(
    'AWS::Lambda::Function',
    {
      functionName: 'f',
      runtime: 'nodejs22.x',
      packageType: 'Zip',
      deadLetterConfig: { targetArn: 'arn:aws:sqs:eu-west-2:111122223333:dlq' },
      vpcConfig: { subnetIds: ['subnet-a', 'subnet-b'], securityGroupIds: ['sg-1'] },
    },
    { supplementaryConfiguration: { Concurrency: { reservedConcurrentExecutions: 5 } } },
  ),
  configItem('AWS::EC2::Subnet', { subnetId: 'subnet-a', availabilityZone: 'eu-west-2a' }, { resourceId: 'subnet-a' }),
  configItem('AWS::EC2::Subnet', { subnetId: 'subnet-b', availabilityZone: 'eu-west-2b' }, { resourceId: 'subnet-b' }),
];
