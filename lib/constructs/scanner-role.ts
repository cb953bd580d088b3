import { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { ManagedPolicyRole } from './managed-policy-role';

/**
 * Every request `palisade scan` and `palisade drift` send to AWS, as IAM
 * actions: reads of AWS Config only. A test derives this list from the SDK
 * commands the code imports and fails when the two differ, so the role grants
 * exactly what the tools use, nothing more (no `config:Put*`, no service APIs).
 */
export const SCANNER_ACTIONS: readonly string[] = [
  'config:BatchGetAggregateResourceConfig',
  'config:DescribeConfigurationAggregatorSourcesStatus',
  'config:DescribeConfigurationRecorderStatus',
  'config:DescribeConfigurationRecorders',
  'config:GetResourceConfigHistory',
  'config:ListAggregateDiscoveredResources',
  'config:ListDiscoveredResources',
  'config:SelectAggregateResourceConfig',
  'config:SelectResourceConfig',
];

export interface ScannerRoleProps {
  /** Who may assume the role: the CI role or account that runs `palisade scan` / `drift`. */
  readonly trustedPrincipal: iam.IPrincipal;
  /**
   * An external id the assuming side must pass (for a principal in another organisation).
   * @default none
   */
  readonly externalId?: string;
  /**
   * The role's name, fixed so that the same ARN can be assumed in every account of an organisation.
   * @default a generated name
   */
  readonly roleName?: string;
  /**
   * How long a session lasts; a scan of a large organisation may need more than an hour.
   * @default 1 hour
   */
  readonly maxSessionDuration?: Duration;
}

/**
 * A read-only role for the runtime scanner and drift: exactly the AWS Config
 * read actions they send (`SCANNER_ACTIONS`), on `*` since AWS Config's read
 * actions take no resource-level permissions, in one customer-managed policy,
 * trusted by one named principal.
 */
export class ScannerRole extends Construct {
  public readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: ScannerRoleProps) {
    super(scope, id);
    const trust = props.externalId
      ? new iam.PrincipalWithConditions(props.trustedPrincipal, { StringEquals: { 'sts:ExternalId': props.externalId } })
      : props.trustedPrincipal;
    this.role = new ManagedPolicyRole(this, 'Resource', {
      assumedBy: trust,
      roleName: props.roleName,
      maxSessionDuration: props.maxSessionDuration,
      description: 'Palisade scan and drift: read-only AWS Config access',
    });
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ sid: 'PalisadeConfigReads', actions: [...SCANNER_ACTIONS], resources: ['*'] }),
    );
  }

  get roleArn(): string {
    return this.role.roleArn;
  }
}
