import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { InputError } from '../errors';

/** Read from the working directory, so that a local run and the CI job agree. */
export const CONFIG_FILE = 'palisade.config.yaml';

/** The project settings a config file may hold; a flag given on the command line wins. */
export interface ProjectConfig {
  readonly pack?: string;
  readonly failOn?: string;
  /** Rule modules, as --rules takes them. */
  readonly rules?: readonly string[];
  /** An exceptions file, or false to read none. */
  readonly exceptions?: string | false;
  readonly sarifBase?: string;
}

const KEYS: Record<string, keyof ProjectConfig> = {
  pack: 'pack',
  'fail-on': 'failOn',
  rules: 'rules',
  exceptions: 'exceptions',
  'sarif-base': 'sarifBase',
};

/** The project's palisade.config.yaml, when there is one; any problem is one line and exit 2. */
export function loadProjectConfig(cwd: string): ProjectConfig | undefined {
  const path = join(cwd, CONFIG_FILE);
  if (!existsSync(path)) return undefined;
  const bad = (problem: string) => new InputError(`${CONFIG_FILE}: ${problem}`);
  // Loaded here, not at start-up: most runs have no config file.
  const { parseDocument } = require('yaml') as typeof import('yaml');
  const doc = parseDocument(readFileSync(path, 'utf8'), { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line;
    throw bad(
      `not valid YAML${line ? ` (line ${line})` : ''}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
    );
  }
  const value = doc.toJSON() as unknown;
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw bad(`expected a mapping of ${Object.keys(KEYS).join(', ')}`);
  const config: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const field = KEYS[key];
    if (!field) throw bad(`unknown key '${key}' (allowed: ${Object.keys(KEYS).join(', ')})`);
    if (field === 'rules') {
      const list = typeof v === 'string' ? [v] : v;
      if (!Array.isArray(list) || list.some((m) => typeof m !== 'string' || !m.trim()))
        throw bad('rules: must be a module path or a list of them');
      config.rules = list;
    } else if (field === 'exceptions' && v === false) {
      config.exceptions = false;
    } else if (typeof v !== 'string' || !v.trim()) {
      throw bad(`${key}: must be a string${field === 'exceptions' ? ' (a file) or false' : ''}`);
    } else config[field] = v.trim();
  }
  return config as ProjectConfig;
}
