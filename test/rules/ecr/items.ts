import { configItem } from '../harness';

/** An ECR repository as Config records it (CloudFormation's property names). */
export const ITEMS = [
  configItem('AWS::ECR::Repository', {
    RepositoryName: 'app',
    ImageTagMutability: 'IMMUTABLE',
    ImageScanningConfiguration: { ScanOnPush: true },
    RepositoryPolicyText: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:BatchGetImage' }],
    },
  }),
];
