import { ConfigServiceClient, ConfigServiceClientConfig } from '@aws-sdk/client-config-service';
import { InputError } from '../../errors';
import { CoverageLog } from './coverage';
import { Credentials, roleCredentials } from './role';

/** How the scanner talks to AWS Config; every field has a default fit for a real account. */
export interface ClientOptions {
  /** A named profile from the shared config files; the default credential chain otherwise. */
  readonly profile?: string;
  /** A role to assume (with the profile's or default chain's credentials) and read as. */
  readonly roleArn?: string;
  /** Overrides the endpoint (and the SDK's own `AWS_ENDPOINT_URL_CONFIG_SERVICE` / `AWS_ENDPOINT_URL`). */
  readonly endpointUrl?: string;
  /** Attempts per request, throttles included (the SDK's adaptive retry). @default 8 */
  readonly maxAttempts?: number;
  /** One request's limit; a slower response is an error the SDK retries. @default 30000 */
  readonly requestTimeoutMs?: number;
  /** Anything else for the SDK client (tests pass credentials and a fast retry strategy). */
  readonly clientConfig?: Partial<ConfigServiceClientConfig>;
}

const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
]);

export function isThrottle(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return THROTTLING.has(err?.name ?? '') || err?.$metadata?.httpStatusCode === 429;
}

const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;

export function checkRegions(regions: readonly string[]): void {
  if (regions.length === 0) throw new InputError('--region: name at least one region');
  for (const region of regions) {
    if (!REGION.test(region)) throw new InputError(`--region: '${region}' is not an AWS region name (e.g. eu-west-2)`);
  }
}

const roles = new WeakMap<ClientOptions, Credentials>();

/** One assumed-role session per read, shared by its regions' clients: one sts:AssumeRole, not one per region. */
function assumed(roleArn: string, region: string, options: ClientOptions): Credentials {
  let credentials = roles.get(options);
  if (!credentials) {
    const { profile, clientConfig, maxAttempts = 8 } = options;
    credentials = roleCredentials(roleArn, 'palisade-scan', {
      region,
      profile,
      credentials: clientConfig?.credentials,
      maxAttempts,
    });
    roles.set(options, credentials);
  }
  return credentials;
}

/**
 * One client per region, so each has its own retry token bucket and adaptive
 * rate: throttling in one region does not slow the others. `requestTimeout`
 * alone only logs a warning in this SDK, hence `throwOnRequestTimeout`.
 */
export function configClient(region: string, options: ClientOptions, log: CoverageLog): ConfigServiceClient {
  const client = new ConfigServiceClient({
    region,
    profile: options.profile,
    endpoint: options.endpointUrl,
    maxAttempts: options.maxAttempts ?? 8,
    retryMode: 'adaptive',
    requestHandler: { requestTimeout: options.requestTimeoutMs ?? 30_000, throwOnRequestTimeout: true },
    ...options.clientConfig,
    ...(options.roleArn ? { credentials: assumed(options.roleArn, region, options) } : {}),
  });
  // inside the retry middleware (same step, lower priority), so it sees every attempt and not only the last
  client.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (e) {
        if (isThrottle(e)) log.count('throttles');
        throw e;
      }
    },
    { step: 'finalizeRequest', priority: 'low', name: 'palisadeThrottleCounter' },
  );
  return client;
}
