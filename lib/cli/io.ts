/** Where the CLI writes: injected so tests read output without spawning a process. */
export interface IO {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress and colour only then). */
  readonly interactive: boolean;
  readonly cwd: string;
  readonly now: () => Date;
}

export const processIO: IO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY) && !process.env.CI,
  cwd: process.cwd(),
  now: () => new Date(),
};

export const EXIT = { OK: 0, FINDINGS: 1, USAGE: 2 } as const;
