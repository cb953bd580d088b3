import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/** The managed policy of each role; kept outside the instance so that no class field is reset after `super()`. */
const grantsOf = new WeakMap<ManagedPolicyRole, iam.ManagedPolicy>();

/**
 * An IAM role whose grants are written to one customer-managed policy (child
 * `Grants`) instead of an inline `DefaultPolicy`. Inline policies cannot be reused,
 * listed or reviewed on their own (AWS Config's IAM_NO_INLINE_POLICY_CHECK);
 * everything else about the role is the ordinary `iam.Role`, so `grant*` methods
 * and CDK integrations work unchanged.
 */
export class ManagedPolicyRole extends iam.Role {
  constructor(scope: Construct, id: string, props: iam.RoleProps) {
    super(scope, id, props);
  }

  public override addToPrincipalPolicy(statement: iam.PolicyStatement): iam.AddToPrincipalPolicyResult {
    let policy = grantsOf.get(this);
    if (!policy) {
      policy = new iam.ManagedPolicy(this, 'Grants', { description: `Grants of ${this.node.path}`, roles: [this] });
      grantsOf.set(this, policy);
    }
    policy.addStatements(statement);
    return { statementAdded: true, policyDependable: policy };
  }
}
