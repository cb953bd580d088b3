/**
 * A bounded queue between concurrent producers (API shards) and one consumer
 * (the evaluation loop): a producer waits while the consumer is behind, so
 * memory holds at most `capacity` batches whatever the size of the estate.
 */
export class Channel<T> implements AsyncIterable<T> {
  private readonly queue: T[][] = [];
  private readonly waitingProducers: (() => void)[] = [];
  private waitingConsumer?: () => void;
  private closed = false;
  private failure?: { error: unknown };

  constructor(private readonly capacity = 16) {}

  async push(batch: T[]): Promise<void> {
    if (batch.length === 0) return;
    while (this.queue.length >= this.capacity && !this.closed) {
      await new Promise<void>((resolve) => this.waitingProducers.push(resolve));
    }
    this.queue.push(batch);
    this.wakeConsumer();
  }

  close(): void {
    this.closed = true;
    this.wakeConsumer();
  }

  fail(error: unknown): void {
    this.failure ??= { error };
    this.close();
  }

  private wakeConsumer(): void {
    const wake = this.waitingConsumer;
    this.waitingConsumer = undefined;
    wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    try {
      for (;;) {
        const batch = this.queue.shift();
        if (batch) {
          this.waitingProducers.shift()?.();
          yield* batch;
          continue;
        }
        if (this.failure) throw this.failure.error;
        if (this.closed) return;
        await new Promise<void>((resolve) => (this.waitingConsumer = resolve));
      }
    } finally {
      // a consumer that stops early releases every producer
      this.closed = true;
      for (const wake of this.waitingProducers.splice(0)) wake();
    }
  }
}

/** At most `limit` tasks at once (per region, and overall). */
export class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {}

  async run<R>(task: () => Promise<R>): Promise<R> {
    while (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}
