import { existsSync, readFileSync, statSync } from 'fs';
import { relative, resolve } from 'path';
import { CATALOGUE } from '../../../rules/catalogue';
import { Rule } from '../../engine/rule';
import { InputError } from '../../errors';
import { verifyPack } from '../../evidence/manifest';
import { writeEvidencePack } from '../../evidence/pack';
import { EXIT, IO } from '../io';
import { VERSION } from '../version';

export interface EvidenceOptions {
  readonly output?: string;
  readonly attestations?: string;
  readonly sign?: string;
  readonly since?: string;
  readonly pdf?: boolean;
}

/** `palisade evidence <findings.json…> --output DIR`: writes the pack and says where, with its size. */
export function evidence(findings: string[], options: EvidenceOptions, io: IO, catalogue: readonly Rule[] = CATALOGUE): number {
  if (!options.output) throw new InputError('evidence: --output DIR is required (where the pack is written)');
  const started = Date.now();
  const pack = writeEvidencePack(
    {
      findings,
      output: options.output,
      attestations: options.attestations,
      sign: options.sign,
      since: options.since,
      pdf: options.pdf,
    },
    { cwd: io.cwd, now: io.now(), version: VERSION, rules: catalogue },
  );
  const bytes = pack.files.reduce((n, f) => n + f.bytes, 0);
  const ce = Object.entries(pack.status)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  io.out(
    `palisade: wrote the evidence pack ${relative(io.cwd, pack.dir) || '.'}/ (${pack.files.map((f) => f.path).join(', ')}; ${kb(bytes)}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
      `palisade: Cyber Essentials controls: ${ce}\n`,
  );
  return EXIT.OK;
}

/** `palisade evidence verify DIR [--key PUB]`: 0 when every hash (and the signature) matches, 1 naming the first difference. */
export function verifyEvidence(dir: string, options: { key?: string }, io: IO): number {
  const path = resolve(io.cwd, dir);
  if (!existsSync(path) || !statSync(path).isDirectory()) throw new InputError(`${dir}: not a directory`);
  let key: string | undefined;
  if (options.key) {
    const keyPath = resolve(io.cwd, options.key);
    if (!existsSync(keyPath)) throw new InputError(`${options.key}: --key: public key does not exist`);
    key = readFileSync(keyPath, 'utf8');
  }
  const result = verifyPack(path, key);
  if (!result.ok) {
    io.err(`palisade: ${dir}: verification failed: ${result.problem}\n`);
    return EXIT.FINDINGS;
  }
  const signature = !result.signed
    ? 'not signed'
    : result.keyFromPack
      ? 'signature valid with the key inside the pack (proves the files match each other; pass --key with the supplier’s published key to prove who signed)'
      : 'signature valid with the given key';
  io.out(`palisade: ${dir}: ${result.files} files match manifest.json; ${signature}\n`);
  return EXIT.OK;
}

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}
