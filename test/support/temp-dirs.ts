import fs from 'fs';
import { tmpdir } from 'os';

/**
 * Tests synthesize into fresh temporary directories (CDK's `cdk.out*`, the
 * harness's `palisade-*`) and would leave them behind by the thousand. Each test
 * file removes the ones made while it ran, and only those: the core `fs` module
 * is shared by every file a worker runs, so the recorder is installed on it once.
 */
const KEY = Symbol.for('palisade.tempDirs');
type Recorded = typeof fs & { [KEY]?: string[] };

function recorder(): string[] {
  const shared = fs as Recorded;
  if (!shared[KEY]) {
    const made: string[] = [];
    const mkdtempSync = fs.mkdtempSync;
    shared.mkdtempSync = ((prefix: string, options?: fs.EncodingOption) => {
      const dir = mkdtempSync(prefix, options);
      if (dir.startsWith(tmpdir())) made.push(dir);
      return dir;
    }) as typeof fs.mkdtempSync;
    shared[KEY] = made;
  }
  return shared[KEY];
}

const made = recorder();
const first = made.length;

afterAll(() => {
  for (const dir of made.splice(first)) fs.rmSync(dir, { recursive: true, force: true });
});
