import { ConfigServiceClientConfig } from '@aws-sdk/client-config-service';
import { AssumeRoleCommand, STSClient, STSClientConfig } from '@aws-sdk/client-sts';
import { InputError } from '../../errors';

export type Credentials = NonNullable<ConfigServiceClientConfig['credentials']>;

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

export function checkRoleArn(arn: string): void {
  if (!ROLE_ARN.test(arn))
    throw new InputError(`--role-arn: '${arn}' is not an IAM role ARN (arn:aws:iam::123456789012:role/Name)`);
}

/** sts:AssumeRole was refused or failed: the gap names the role and the action, not a Config call. */
export class RoleAssumptionError extends Error {
  constructor(
    readonly roleArn: string,
    readonly code: string,
  ) {
    super(`could not assume ${roleArn} (${code})`);
    this.name = 'RoleAssumptionError';
  }
}

/**
 * The credentials of a role, assumed with the caller's own (profile or default
 * chain). The SDK calls this again shortly before `expiration`, so a long scan
 * renews its session instead of failing half-way.
 */
export function roleCredentials(roleArn: string, sessionName: string, sts: STSClientConfig): Credentials {
  const client = new STSClient(sts);
  return async () => {
    let out;
    try {
      out = await client.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: sessionName }));
    } catch (e) {
      throw new RoleAssumptionError(roleArn, (e as Error).name ?? 'Error');
    }
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) throw new RoleAssumptionError(roleArn, 'no credentials returned');
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
    };
  };
}
