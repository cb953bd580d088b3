/** Where the CLI writes: injected so tests read output without spawning a process. */
export interface IO {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal a person watches (progress only then; never in CI). */
  readonly interactive: boolean;
  /** Whether text on stdout may be coloured (a terminal, and NO_COLOR unset). */
  readonly colour?: boolean;
  readonly cwd: string;
  readonly now: () => Date;
}

const env = process.env;

export const processIO: IO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY) && !env.CI,
  colour:
    env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0'
      ? true
      : Boolean(process.stdout.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb',
  cwd: process.cwd(),
  now: () => new Date(),
};

/** The exit codes, documented in docs/ci.md and `palisade check --help`. */
export const EXIT = { OK: 0, FINDINGS: 1, USAGE: 2, INTERNAL: 3, INCOMPLETE: 4 } as const;
