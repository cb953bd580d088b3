import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import { Rule } from '../engine/rule';
import { InputError, inputError } from '../errors';
import { Attestation, parseAttestations } from './attestations';
import { buildEvidence } from './build';
import { resultsCsv } from './csv';
import { gitCommit } from './git';
import { evidenceHtml } from './html';
import { FindingsFile, parseFindings } from './input';
import { MANIFEST, PUBLIC_KEY, SIGNATURE, buildManifest, publicKeyPem, signManifest, signingKey } from './manifest';
import { oscalAssessmentResults } from './oscal';
import { printPdf } from './pdf';
import { Changes, changesSince } from './since';

export interface PackRequest {
  /** Findings reports, as the user named them. */
  readonly findings: readonly string[];
  readonly output: string;
  readonly attestations?: string;
  /** A PEM private key (Ed25519 or ECDSA). */
  readonly sign?: string;
  /** A previous evidence pack. */
  readonly since?: string;
  readonly pdf?: boolean;
}

export interface PackWritten {
  readonly dir: string;
  readonly files: readonly { readonly path: string; readonly bytes: number }[];
  readonly status: Record<string, number>;
}

/**
 * Writes the evidence pack, all or nothing: every input is read and checked
 * first, the pack is built in a directory beside the target and renamed into
 * place at the end, so a failure leaves no half pack (and any previous pack whole).
 */
export function writeEvidencePack(
  request: PackRequest,
  context: { cwd: string; now: Date; version: string; rules: readonly Rule[] },
): PackWritten {
  if (request.findings.length === 0)
    throw new InputError('evidence: name at least one findings report (palisade check --format json)');
  const today = context.now.toISOString().slice(0, 10);
  const files: FindingsFile[] = request.findings.map((f) =>
    parseFindings(f, readInput(resolve(context.cwd, f), f, 'findings report')),
  );
  const attestations: Attestation[] = request.attestations
    ? parseAttestations(
        readInput(resolve(context.cwd, request.attestations), request.attestations, 'attestations file').toString('utf8'),
        request.attestations,
        today,
      )
    : [];
  const key = request.sign
    ? signingKey(readInput(resolve(context.cwd, request.sign), request.sign, 'signing key').toString('utf8'), request.sign)
    : undefined;
  const target = resolve(context.cwd, request.output);
  refuseForeignTarget(target, request.output);
  let changes: Changes | undefined;
  if (request.since) {
    const previous = resolve(context.cwd, request.since);
    if (!existsSync(previous) || !statSync(previous).isDirectory())
      throw new InputError(`${request.since}: --since: not a directory`);
    const found = changesSince(previous, files, context.rules);
    changes = { ...found, previous: { ...found.previous, dir: request.since } };
  }

  const ev = buildEvidence(files, context.rules, attestations, {
    version: context.version,
    now: context.now,
    git: gitCommit(context.cwd),
    changes,
  });

  const temp = mkdtempSync(join(dirname(target), `.${basename(target)}.partial-`));
  try {
    chmodSync(temp, 0o755); // mkdtemp makes it private; a pack is meant to be shared
    writeFileSync(join(temp, 'index.html'), evidenceHtml(ev));
    writeFileSync(join(temp, 'results.csv'), resultsCsv(ev.results));
    writeFileSync(join(temp, 'assessment-results.json'), oscalAssessmentResults(ev));
    if (request.pdf) printPdf(join(temp, 'index.html'), join(temp, 'index.pdf'));
    if (key) writeFileSync(join(temp, PUBLIC_KEY), publicKeyPem(key));
    const manifest = Buffer.from(JSON.stringify(buildManifest(temp, context.version, ev.scope.generatedAt), null, 2) + '\n');
    writeFileSync(join(temp, MANIFEST), manifest);
    if (key) writeFileSync(join(temp, SIGNATURE), signManifest(manifest, key));
    replaceDir(temp, target);
  } catch (err) {
    rmSync(temp, { recursive: true, force: true });
    throw err;
  }
  const status: Record<string, number> = {};
  for (const c of ev.controls.filter((c) => c.def.framework === 'cyberEssentials'))
    status[c.status] = (status[c.status] ?? 0) + 1;
  return {
    dir: target,
    files: readdirSync(target)
      .sort()
      .map((path) => ({ path, bytes: statSync(join(target, path)).size })),
    status,
  };
}

function readInput(path: string, name: string, what: string): Buffer {
  if (!existsSync(path)) throw inputError(name, `${what} does not exist`);
  if (statSync(path).isDirectory()) throw inputError(name, `${what} is a directory, not a file`);
  return readFileSync(path);
}

/** A directory that holds something other than an evidence pack is never overwritten. */
function refuseForeignTarget(target: string, name: string): void {
  if (!existsSync(target)) {
    if (!existsSync(dirname(target))) throw inputError(name, `--output: its parent directory does not exist`);
    return;
  }
  if (!statSync(target).isDirectory()) throw inputError(name, '--output: exists and is not a directory');
  if (readdirSync(target).length > 0 && !existsSync(join(target, MANIFEST)))
    throw inputError(name, '--output: exists and is not an evidence pack (no manifest.json); choose a new or empty directory');
}

/** Swaps the finished pack into place; the old pack is removed only once the new one is there. */
function replaceDir(temp: string, target: string): void {
  if (!existsSync(target)) {
    renameSync(temp, target);
    return;
  }
  const old = `${temp}.old`;
  renameSync(target, old);
  try {
    renameSync(temp, target);
  } catch (err) {
    renameSync(old, target);
    throw err;
  }
  rmSync(old, { recursive: true, force: true });
}
