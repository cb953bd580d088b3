import { Credentials, roleCredentials } from '../sources/config/role';

export type { Credentials };

/** Credentials of a role in the evaluated account, refreshed by the SDK before they expire. */
export type RoleAssumer = (roleArn: string, region: string) => Credentials;

/**
 * Organisation mode: Config in a member account invokes the function in the
 * administrator account, and the results must be sent (and the items read) in the
 * member account, through a role there that trusts this function's role.
 */
export const assumeRole: RoleAssumer = (roleArn, region) => roleCredentials(roleArn, 'palisade-config-rules', { region });
