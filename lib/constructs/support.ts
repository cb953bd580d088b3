/** Helpers shared by the constructs: prop validation and weakened-default warnings. Not exported from the package. */
import { Annotations, Duration, Stack, Token, ValidationError, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sns from 'aws-cdk-lib/aws-sns';
import { IConstruct } from 'constructs';

type ErrorName = ConstructorParameters<typeof ValidationError>[0];

/**
 * Throws CDK's ValidationError (so the message carries the construct path) with a
 * lower-case message naming the prop, the value received and what is allowed.
 */
export function invalidProp(scope: IConstruct, prop: string, value: unknown, allowed: string): never {
  throw new ValidationError('PalisadeInvalidProp' as ErrorName, `${prop}: ${show(value)} is not allowed; ${allowed}`, scope);
}

/** A literal value to check; tokens are skipped because their value is only known at deployment. */
export function isKnown<T>(value: T | undefined): value is T {
  return value !== undefined && !Token.isUnresolved(value);
}

/**
 * Records that a secure default was weakened, as an acknowledgeable warning:
 * `Annotations.of(x).acknowledgeWarning('@palisade/<construct>:<id>', reason)` (or
 * `Validations.of(x).acknowledge`) silences it, and the reason stays in the assembly.
 */
export function warnWeakened(scope: IConstruct, construct: string, id: string, message: string): void {
  Annotations.of(scope).addWarningV2(`@palisade/${construct}:${id}`, message);
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value instanceof Duration) return value.toHumanString();
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Construct id of the singleton Lambda that aws-cdk-lib's AwsCustomResource adds to a stack. */
export const AWS_CUSTOM_RESOURCE_PROVIDER_ID = 'AWS679f53fac002430cb0da5b7982bd2287';
/** Construct id of the provider behind `restrictDefaultSecurityGroup`. */
export const RESTRICT_DEFAULT_SG_PROVIDER_ID = 'Custom::VpcRestrictDefaultSGCustomResourceProvider';

const PROVIDER_REASONS: Record<string, string> = {
  LambdaInsideVpc:
    'aws-cdk-lib custom-resource provider: it runs only while CloudFormation deploys this stack and calls AWS control-plane APIs; it handles no data, and inside the VPC it would depend on the network it configures.',
  LambdaDlqConfigured:
    'aws-cdk-lib custom-resource provider, invoked synchronously by CloudFormation: a failure fails the deployment, so there is no asynchronous event for a dead-letter queue to keep.',
  LambdaCodeSigningEnforced:
    "aws-cdk-lib custom-resource provider: the code is aws-cdk-lib's own bundle, published as a CDK asset whose hash is pinned in the template; there is no signing step for a third-party asset at synth time.",
  LambdaConcurrencyLimit:
    'aws-cdk-lib custom-resource provider: one invocation per custom resource per deployment; reserved concurrency would take capacity from the account pool and limit nothing.',
  IamNoInlinePolicy:
    'aws-cdk-lib custom-resource provider: aws-cdk-lib creates this role and its inline policies with no hook for a managed policy; each policy grants only the calls this stack makes.',
};

/**
 * Acknowledges, with reasons, the findings on the deploy-time Lambda providers that
 * aws-cdk-lib adds to the stack for custom resources. They live at stack level (one
 * per stack), so the construct that caused them acknowledges them there.
 */
export function acknowledgeProvider(scope: IConstruct, providerId: string): void {
  const provider = Stack.of(scope).node.tryFindChild(providerId);
  if (!provider || acknowledged.has(provider)) return;
  acknowledged.add(provider);
  for (const [id, reason] of Object.entries(PROVIDER_REASONS)) Validations.of(provider).acknowledge({ id, reason });
  if (providerId === AWS_CUSTOM_RESOURCE_PROVIDER_ID) {
    Validations.of(provider).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        'aws-cdk-lib attaches AWSLambdaBasicExecutionRole to its custom-resource provider; it grants only writing the provider’s own logs.',
    });
  }
}

const acknowledged = new WeakSet<IConstruct>();

/**
 * The EventBridge target grants events.amazonaws.com sns:Publish with no condition, which
 * would let another account's rule write into the alert channel; this confines it to
 * rules of this account (IfExists, so a publish without the key is left to the Allow).
 * The key's statement for EventBridge relies on this: only this account's events reach it.
 */
export function denyEventsFromOtherAccounts(topic: sns.ITopic): void {
  topic.addToResourcePolicy(
    new iam.PolicyStatement({
      sid: 'EventsOfThisAccountOnly',
      effect: iam.Effect.DENY,
      principals: [new iam.ServicePrincipal('events.amazonaws.com')],
      actions: ['sns:Publish'],
      resources: [topic.topicArn],
      conditions: { StringNotEqualsIfExists: { 'aws:SourceAccount': Stack.of(topic).account } },
    }),
  );
}

/** How cdk-nag prints a value in a finding id: the literal, or the pseudo parameter it stands for. */
export function literalOr(value: string, pseudo: string): string {
  return Token.isUnresolved(value) ? pseudo : value;
}
