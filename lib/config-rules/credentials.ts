import { ConfigServiceClientConfig } from '@aws-sdk/client-config-service';
// STS ships with the Config client as its nested client (the SDK's own role assumer uses it);
// a declared @aws-sdk/client-sts would be the cleaner dependency.
// eslint-disable-next-line import-x/no-extraneous-dependencies
import { AssumeRoleCommand, STSClient } from '@aws-sdk/nested-clients/sts';

export type Credentials = NonNullable<ConfigServiceClientConfig['credentials']>;

/** Credentials of a role in the evaluated account, refreshed by the SDK before they expire. */
export type RoleAssumer = (roleArn: string, region: string) => Credentials;

/**
 * Organisation mode: Config in a member account invokes the function in the
 * administrator account, and the results must be sent (and the items read) in the
 * member account, through a role there that trusts this function's role.
 */
export const assumeRole: RoleAssumer = (roleArn, region) => {
  const sts = new STSClient({ region });
  return async () => {
    const out = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'palisade-config-rules' }));
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error(`sts:AssumeRole on ${roleArn} returned no credentials`);
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
    };
  };
};
