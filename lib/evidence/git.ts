import { existsSync, readFileSync, statSync } from 'fs';
import { dirname, isAbsolute, join, resolve } from 'path';

export interface GitCommit {
  readonly commit: string;
  readonly branch?: string;
}

/**
 * The commit checked out in the repository that holds `dir`, read from the
 * .git files themselves (HEAD, refs, packed-refs; worktrees too) so that no git
 * binary is needed or spawned. Undefined outside a checkout or when unreadable.
 */
export function gitCommit(dir: string): GitCommit | undefined {
  try {
    const gitDir = findGitDir(resolve(dir));
    if (!gitDir) return undefined;
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
    if (/^[0-9a-f]{40,64}$/.test(head)) return { commit: head };
    const ref = /^ref: (.+)$/.exec(head)?.[1];
    if (!ref) return undefined;
    // A linked worktree keeps its HEAD apart and shares the refs of the main repository.
    const common = existsSync(join(gitDir, 'commondir'))
      ? resolve(gitDir, readFileSync(join(gitDir, 'commondir'), 'utf8').trim())
      : gitDir;
    const branch = ref.replace(/^refs\/heads\//, '');
    for (const base of [gitDir, common]) {
      const loose = join(base, ref);
      if (existsSync(loose)) return { commit: readFileSync(loose, 'utf8').trim(), branch };
    }
    const packed = join(common, 'packed-refs');
    if (existsSync(packed)) {
      for (const line of readFileSync(packed, 'utf8').split('\n')) {
        const [sha, name] = line.split(' ');
        if (name === ref && /^[0-9a-f]{40,64}$/.test(sha)) return { commit: sha, branch };
      }
    }
    return undefined; // an unborn branch: no commit yet
  } catch {
    return undefined;
  }
}

function findGitDir(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git');
    if (existsSync(dotGit)) {
      if (statSync(dotGit).isDirectory()) return dotGit;
      const target = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim();
      return target ? (isAbsolute(target) ? target : resolve(dir, target)) : undefined;
    }
    if (dirname(dir) === dir) return undefined;
  }
}
