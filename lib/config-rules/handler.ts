/**
 * The AWS Lambda function behind Palisade's AWS Config custom rules, bundled by
 * esbuild into one file with the catalogue (no CDK inside). Config invokes it on a
 * change to a resource in a rule's scope, with an oversized item's summary, or on
 * the rule's schedule; the rule's input parameters name the Palisade rule to run.
 */
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { CATALOGUE } from '../../rules/catalogue';
import { Rule } from '../engine/rule';
import { readAccount } from '../sources/config/account';
import { ClientOptions, configClient } from '../sources/config/client';
import { CoverageLog } from '../sources/config/coverage';
import { RoleAssumer, assumeRole } from './credentials';
import { ConfigRuleEvent, Invocation, parseEvent } from './event';
import { RunOutcome, runInvocation } from './run';
import { ItemReader } from './session';

export interface HandlerOptions {
  readonly catalogue: readonly Rule[];
  /** How the function reaches Config (tests point it at a loopback server). @default the SDK's defaults */
  readonly client?: ClientOptions;
  /** Organisation mode's role assumption. @default sts:AssumeRole */
  readonly assumeRole?: RoleAssumer;
  /** The region the function runs in, for events that name none. @default AWS_REGION */
  readonly region?: string;
  /** Where the one summary line per invocation goes. @default console.log (the function's log group) */
  readonly log?: (line: string) => void;
}

/** The part of the Lambda context the handler reads. */
export interface LambdaContext {
  readonly invokedFunctionArn?: string;
}

export function createHandler(options: HandlerOptions) {
  const clients = new Map<string, ConfigServiceClient>();
  const log = new CoverageLog();
  return async (event: ConfigRuleEvent, context?: LambdaContext): Promise<RunOutcome> => {
    const invocation = parseEvent(event, options.region ?? process.env.AWS_REGION);
    const clientOptions = clientOptionsFor(invocation, options, context);
    // clients with this function's own credentials live as long as the function instance
    const key = `${invocation.region}\u0000${clientOptions === options.client ? '' : invocation.accountId}`;
    const client = clients.get(key) ?? configClient(invocation.region, clientOptions, log);
    if (clientOptions === options.client) clients.set(key, client);
    const outcome = await runInvocation(invocation, {
      catalogue: options.catalogue,
      client,
      reader: accountReader(invocation, clientOptions),
    });
    const counts: Record<string, number> = {};
    for (const r of outcome.results) counts[r.status] = (counts[r.status] ?? 0) + 1;
    (options.log ?? console.log)(
      JSON.stringify({
        rules: invocation.ruleIds,
        kind: invocation.kind,
        account: invocation.accountId,
        counts,
        calls: outcome.calls,
      }),
    );
    return outcome;
  };
}

/** In organisation mode, for another account, the member role's credentials; this function's own otherwise. */
function clientOptionsFor(invocation: Invocation, options: HandlerOptions, context?: LambdaContext): ClientOptions {
  const own = /^arn:[^:]+:lambda:[^:]+:(\d{12}):/.exec(context?.invokedFunctionArn ?? '')?.[1];
  const base = options.client ?? {};
  if (!invocation.executionRoleName || invocation.accountId === own) return base;
  const roleArn = `arn:${invocation.partition}:iam::${invocation.accountId}:role/${invocation.executionRoleName}`;
  const credentials = (options.assumeRole ?? assumeRole)(roleArn, invocation.region);
  return { ...base, clientConfig: { ...base.clientConfig, credentials } };
}

/** Reads items as the scanner does (Select, with the one-by-one fallback), in the invocation's account-region. */
function accountReader(invocation: Invocation, client: ClientOptions): ItemReader {
  return async (resourceTypes) => {
    const read = readAccount({ ...client, regions: [invocation.region], accountId: invocation.accountId, resourceTypes });
    const items = [];
    for await (const item of read.items) items.push(item);
    return { items, recording: read.recording(), gaps: read.coverage().gaps };
  };
}

/** The Lambda entry point. */
export const handler = createHandler({ catalogue: CATALOGUE });
