import { setMaxListeners } from 'events';
import { ConfigItem } from '../../engine/config-item';
import { Channel } from './channel';
import { CoverageLog } from './coverage';
import { itemDisposition } from './normalise';

/** What every live read needs while it runs. */
export interface ReadContext {
  readonly log: CoverageLog;
  readonly signal: AbortSignal;
  /** Hands items to the consumer, counting the ones it does not evaluate; waits while the consumer is behind. */
  emit(items: ConfigItem[]): Promise<void>;
}

/**
 * Runs `work` when the items are first asked for, with an overall deadline, and
 * streams what it emits. A failure of `work` itself (bad input) ends the
 * iteration with that error; everything else is a gap in the log.
 */
export function startRead(
  log: CoverageLog,
  timeoutMs: number | undefined,
  work: (ctx: ReadContext) => Promise<void>,
): AsyncIterable<ConfigItem> {
  return {
    [Symbol.asyncIterator]() {
      const channel = new Channel<ConfigItem>();
      const controller = new AbortController();
      // every request in flight listens for the deadline: as many as the read's concurrency, not a leak
      setMaxListeners(0, controller.signal);
      const timer = timeoutMs === undefined ? undefined : setTimeout(() => controller.abort(new Error('timed out')), timeoutMs);
      const ctx: ReadContext = {
        log,
        signal: controller.signal,
        async emit(items) {
          const keep: ConfigItem[] = [];
          for (const item of items) {
            const disposition = itemDisposition(item);
            if (disposition === 'evaluate') keep.push(item);
            else log.count(disposition);
          }
          log.count('items', keep.length);
          await channel.push(keep);
        },
      };
      work(ctx)
        .then(
          () => channel.close(),
          (e) => channel.fail(e),
        )
        .finally(() => clearTimeout(timer));
      const inner = channel[Symbol.asyncIterator]();
      return {
        next: () => inner.next(),
        return: async (value?: unknown) => {
          controller.abort(new Error('stopped by the consumer'));
          clearTimeout(timer);
          return (await inner.return?.(value)) ?? { done: true, value: undefined };
        },
        async throw(e?: unknown) {
          controller.abort(e);
          clearTimeout(timer);
          throw e;
        },
      } as AsyncIterator<ConfigItem>;
    },
  };
}
