import { knownPrefix } from '../../lib/engine/facts';
import { AttributeRef, ResourceRef } from '../../lib/engine/intrinsics';
import { isUnknown } from '../../lib/engine/unknown';

/** Names that are credentials whatever their value. */
const ALWAYS_SECRET = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'ECS_ENGINE_AUTH_DATA'];

const SECRET_WORD =
  /(PASSWORD|PASSWD|PASSPHRASE|SECRET|PRIVATE_?KEY|API_?KEY|ACCESS_?KEY|AUTH_?TOKEN|TOKEN|CREDENTIALS?|CONNECTION_?STRING)/;

/** Suffixes that name where a secret lives rather than the secret itself (DB_SECRET_ARN, PASSWORD_PARAMETER_NAME). */
const POINTER_SUFFIX = /_(ARN|NAME|ID|PATH|PARAM|PARAMETER|FILE|URL|URI|ENDPOINT|TTL|EXPIRY|LENGTH|HEADER|TYPE|REGION|KEY_ID)$/;

/** Whether an environment variable's name says it holds a credential. */
export function isSecretName(name: string): boolean {
  const n = name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  if (ALWAYS_SECRET.includes(n)) return true;
  return SECRET_WORD.test(n) && !POINTER_SUFFIX.test(n);
}

/**
 * What an environment value is, without keeping the value: a literal (a secret in
 * plain text if the name says so), a pointer (an ARN or a reference to a resource,
 * fetched at runtime), a dynamic reference that CloudFormation resolves into plain
 * text, a setting (a flag or number, as in ENABLE_TOKEN_AUTH=true), or unknown.
 */
export type ValueKind = 'literal' | 'setting' | 'pointer' | 'resolved-secret' | 'unknown';

const SECRET_ATTRIBUTES = ['SecretAccessKey', 'Password', 'SecretString', 'Token', 'ClientSecret'];

export function valueKind(value: unknown): ValueKind {
  if (value instanceof AttributeRef) return SECRET_ATTRIBUTES.includes(value.attr) ? 'resolved-secret' : 'pointer';
  if (value instanceof ResourceRef) return 'pointer';
  // Only the known beginning of a string built from unknown parts may decide.
  const text = knownPrefix(value);
  if (text !== undefined && /\{\{resolve:(secretsmanager|ssm-secure):/.test(text)) return 'resolved-secret';
  if (text !== undefined && text.startsWith('arn:')) return 'pointer';
  if (isUnknown(value)) return 'unknown';
  if (value === undefined || value === '') return 'pointer';
  if (
    typeof value === 'boolean' ||
    typeof value === 'number' ||
    /^(true|false|yes|no|on|off|enabled|disabled|\d{1,3})$/i.test(String(value))
  )
    return 'setting';
  return 'literal';
}
