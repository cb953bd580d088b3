// The SDK's own retry strategy with millisecond delays, so fault tests stay fast;
// @smithy/core is the SDK's dependency, installed with it, not one of ours.
// eslint-disable-next-line import-x/no-extraneous-dependencies
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { ConfigItem } from '../../../../lib/engine/config-item';
import { ReadCoverage, ConfigRead } from '../../../../lib/sources/config/coverage';

export const TEST_CREDENTIALS = { accessKeyId: 'AKIDLOOPBACKTEST', secretAccessKey: 'loopback-secret' };

/** Client settings for the loopback server: fake static keys, 4 attempts 2 ms apart. */
export function fastClient(attempts = 4) {
  return { credentials: TEST_CREDENTIALS, retryStrategy: new ConfiguredRetryStrategy(attempts, () => 2) };
}

export interface Drained {
  readonly items: ConfigItem[];
  readonly arns: string[];
  readonly coverage: ReadCoverage;
}

export async function drain(read: ConfigRead): Promise<Drained> {
  const items: ConfigItem[] = [];
  for await (const item of read.items) items.push(item);
  return { items, arns: items.map((i) => i.arn ?? `${i.resourceType}/${i.resourceId}`).sort(), coverage: read.coverage() };
}
