import { IO } from './io';

/**
 * One self-overwriting status line on stderr, for a person at a terminal.
 * Silent when stderr is not interactive, so CI logs carry only the report.
 */
export class Progress {
  private last = 0;
  private shown = false;

  constructor(
    private readonly io: IO,
    private readonly intervalMs = 100,
  ) {}

  update(text: string, force = false): void {
    if (!this.io.interactive) return;
    const now = Date.now();
    if (!force && now - this.last < this.intervalMs) return;
    this.last = now;
    this.shown = true;
    this.io.err(`\r\u001b[2Kpalisade: ${text}`);
  }

  done(): void {
    if (this.shown) this.io.err('\r\u001b[2K');
    this.shown = false;
  }
}
