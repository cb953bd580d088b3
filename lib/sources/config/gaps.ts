import { isThrottle } from './client';
import { CoverageGap } from './coverage';
import { PageError } from './pager';
import { RoleAssumptionError } from './role';

const DENIED = /AccessDenied|UnauthorizedOperation|NotAuthorized|InvalidClientTokenId|UnrecognizedClient/;

/** The gap a failed read leaves: what was denied and the IAM action it needed, or why it failed. */
export function gapFor(
  e: unknown,
  scope: { account: string; region: string; resourceType?: string },
  action: string,
): CoverageGap {
  const err = e as { name?: string; message?: string; cause?: unknown };
  if (err instanceof PageError && err.message === 'timed out')
    return { ...scope, reason: 'the scan timed out before this was read' };
  if (err instanceof PageError && err.cause === undefined) return { ...scope, reason: err.message };
  const cause = (err instanceof PageError ? err.cause : err) as { name?: string; message?: string };
  if (cause instanceof RoleAssumptionError) return { ...scope, reason: cause.message, action: 'sts:AssumeRole' };
  const name = cause?.name ?? 'Error';
  if (DENIED.test(name)) return { ...scope, reason: `access denied (${name})`, action };
  if (name === 'NoAvailableConfigurationRecorderException') {
    return { ...scope, reason: 'no configuration recorder', action: 'config:PutConfigurationRecorder' };
  }
  if (isThrottle(cause)) return { ...scope, reason: `throttled: ${action} still throttled after the SDK's retries` };
  return { ...scope, reason: `${action} failed after retries: ${name}: ${firstLine(cause?.message)}` };
}

export function isDenied(e: unknown): boolean {
  const err = (e instanceof PageError ? e.cause : e) as { name?: string };
  return DENIED.test(err?.name ?? '');
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0].slice(0, 200);
}
