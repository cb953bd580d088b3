import { escapeControl } from './report/escape';

/** An error the user can fix: reported as one line, exit code 2, never a stack trace. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** `file: problem`, the shape of every input error; the file name is escaped (a name may hold a newline). */
export function inputError(file: string, problem: string): InputError {
  return new InputError(`${escapeControl(file)}: ${problem}`);
}
