import { Maybe, asBoolean, knownPrefix } from '../../lib/engine/facts';
import { ParameterValue, PartialString } from '../../lib/engine/intrinsics';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/**
 * Where a password property's value comes from. Only the kind is kept, never the
 * value: rule facts and messages must not carry a secret.
 */
export type SecretSource =
  'absent' | 'managed' | 'dynamic-reference' | 'no-echo-parameter' | 'parameter-with-default' | 'echoed-parameter' | 'literal';

export interface PasswordFacts {
  readonly source: SecretSource | Unknown;
  /** The parameter's name, when the password comes from one. */
  readonly parameter?: string;
}

const DYNAMIC_REFERENCE = /^\{\{resolve:(secretsmanager|ssm-secure):/i;

/**
 * Classifies a password property: a Secrets Manager or SSM SecureString dynamic
 * reference and a NoEcho parameter without a Default keep the secret out of the
 * template; a literal, a Default or an echoed parameter put it where readers of
 * the template, the console or DescribeStacks can see it.
 */
export function passwordSource(resource: TemplateResource, property: string, managedFlag?: string): PasswordFacts {
  const value = resource.get(property);
  if (value === undefined) {
    const managed = managedFlag ? asBoolean(resource.get(managedFlag)) : undefined;
    if (isUnknown(managed)) return { source: managed };
    return { source: managed ? 'managed' : 'absent' };
  }
  if (value instanceof ParameterValue) {
    const noEcho = asBoolean((value.declaration as Record<string, unknown>).NoEcho);
    if (noEcho !== true) return { source: 'echoed-parameter', parameter: value.name };
    return {
      source: value.declaration.Default !== undefined ? 'parameter-with-default' : 'no-echo-parameter',
      parameter: value.name,
    };
  }
  // The reference's own prefix decides, whatever secret it names.
  if (DYNAMIC_REFERENCE.test(knownPrefix(value) ?? '')) return { source: 'dynamic-reference' };
  if (typeof value === 'string' || typeof value === 'number') return { source: 'literal' };
  if (isUnknown(value)) return { source: value };
  return { source: new Unknown(`${property} is not a literal`) };
}

/**
 * A username as far as the template shows it: a literal, or the key of an
 * in-template secret's SecretStringTemplate that a dynamic reference reads
 * (how CDK writes generated database credentials).
 */
export function usernameOf(resource: TemplateResource, property: string, index: TemplateIndex): Maybe<string> {
  const value = resource.get(property);
  if (value === undefined || value === null) return undefined;
  // The structure of a dynamic reference, `{{resolve:secretsmanager:${Secret}:SecretString:username}}`:
  // its unknown part may only be the secret, which must then be declared here.
  const text = typeof value === 'string' ? value : value instanceof PartialString ? value.text : undefined;
  const reference = text && /^\{\{resolve:secretsmanager:(.+?):SecretString:([^:}]+)/i.exec(text);
  if (reference) {
    const secret = secretNamed(reference[1], value, index);
    const template = secret?.get('GenerateSecretString.SecretStringTemplate');
    if (typeof template === 'string') {
      try {
        const username = (JSON.parse(template) as Record<string, unknown>)[reference[2]];
        if (typeof username === 'string') return username;
      } catch {
        // not JSON: fall through to unknown
      }
    }
    return new Unknown(`${property} is read from a secret at deployment`);
  }
  if (typeof value === 'string') return value;
  return isUnknown(value) ? value : new Unknown(`${property} is not a literal`);
}

function secretNamed(id: string, value: unknown, index: TemplateIndex): TemplateResource | undefined {
  const placeholder = /^\$\{([^}]+)\}$/.exec(id);
  if (placeholder && value instanceof PartialString && value.refs.includes(placeholder[1])) {
    const r = index.get(placeholder[1]);
    return r?.type === 'AWS::SecretsManager::Secret' ? r : undefined;
  }
  return index.ofType('AWS::SecretsManager::Secret').find((s) => s.get('Name') === id);
}

/** Default and well-known administrator names an attacker tries first. */
export const DEFAULT_ADMIN_NAMES = ['admin', 'administrator', 'root', 'postgres', 'sa', 'master', 'dbadmin', 'rdsadmin'];
