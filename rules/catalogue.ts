import { Rule } from '../lib/engine/rule';
import { rules as accessanalyzer } from './accessanalyzer';
import { rules as apigateway } from './apigateway';
import { rules as autoscaling } from './autoscaling';
import { rules as backup } from './backup';
import { rules as cloudfront } from './cloudfront';
import { rules as cloudtrail } from './cloudtrail';
import { rules as cloudwatch } from './cloudwatch';
import { rules as codebuild } from './codebuild';
import { rules as cognito } from './cognito';
import { rules as config } from './config';
import { rules as dms } from './dms';
import { rules as docdb } from './docdb';
import { rules as dynamodb } from './dynamodb';
import { rules as ebs } from './ebs';
import { rules as ec2 } from './ec2';
import { rules as ecr } from './ecr';
import { rules as ecs } from './ecs';
import { rules as efs } from './efs';
import { rules as eks } from './eks';
import { rules as elasticache } from './elasticache';
import { rules as elasticloadbalancing } from './elasticloadbalancing';
import { rules as events } from './events';
import { PACKS, PackId } from './frameworks';
import { rules as guardduty } from './guardduty';
import { rules as iam } from './iam';
import { rules as kinesis } from './kinesis';
import { rules as kms } from './kms';
import { rules as lambda } from './lambda';
import { rules as logs } from './logs';
import { rules as msk } from './msk';
import { rules as neptune } from './neptune';
import { rules as networkfirewall } from './networkfirewall';
import { rules as opensearch } from './opensearch';
import { rules as rds } from './rds';
import { rules as redshift } from './redshift';
import { rules as route53resolver } from './route53resolver';
import { rules as s3 } from './s3';
import { rules as sagemaker } from './sagemaker';
import { rules as secretsmanager } from './secretsmanager';
import { rules as securityhub } from './securityhub';
import { rules as sns } from './sns';
import { rules as sqs } from './sqs';
import { rules as ssm } from './ssm';
import { rules as stack } from './stack';
import { rules as stepfunctions } from './stepfunctions';
import { rules as template } from './template';
import { rules as transfer } from './transfer';
import { rules as wafv2 } from './wafv2';

/**
 * The catalogue: every Palisade rule, listed explicitly by service folder so that
 * bundling cannot lose one and a rule's id never depends on its file name.
 */
export const CATALOGUE: readonly Rule[] = [
  ...accessanalyzer,
  ...apigateway,
  ...autoscaling,
  ...backup,
  ...cloudfront,
  ...cloudtrail,
  ...cloudwatch,
  ...codebuild,
  ...cognito,
  ...config,
  ...dms,
  ...docdb,
  ...dynamodb,
  ...ebs,
  ...ec2,
  ...ecr,
  ...ecs,
  ...efs,
  ...eks,
  ...elasticache,
  ...elasticloadbalancing,
  ...events,
  ...guardduty,
  ...iam,
  ...kinesis,
  ...kms,
  ...lambda,
  ...logs,
  ...msk,
  ...neptune,
  ...networkfirewall,
  ...opensearch,
  ...rds,
  ...redshift,
  ...route53resolver,
  ...s3,
  ...sagemaker,
  ...secretsmanager,
  ...securityhub,
  ...sns,
  ...sqs,
  ...ssm,
  ...stack,
  ...stepfunctions,
  ...template,
  ...transfer,
  ...wafv2,
];

/** The rules of one pack: a filter over the catalogue by the framework the pack evidences. */
export function rulesOfPack(pack: PackId, catalogue: readonly Rule[] = CATALOGUE): Rule[] {
  const framework = PACKS[pack].framework;
  return catalogue.filter((r) => framework === undefined || r.controls[framework].length > 0);
}
