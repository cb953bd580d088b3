import { KeyObject, createPrivateKey, createPublicKey, sign, verify } from 'crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'fs';
import { join, relative, sep } from 'path';
import { InputError } from '../errors';
import { sha256 } from '../report/json';

export const MANIFEST = 'manifest.json';
export const SIGNATURE = 'manifest.sig';
export const PUBLIC_KEY = 'manifest.pub.pem';

export interface Manifest {
  readonly format: 'palisade-evidence-pack/1';
  readonly tool: { readonly name: 'palisade'; readonly version: string };
  readonly generatedAt: string;
  /** Every file of the pack but the manifest and its signature, sorted by path. */
  readonly files: readonly { readonly path: string; readonly sha256: string; readonly bytes: number }[];
}

/** The manifest of every file under `dir` (paths with forward slashes, so a pack verifies on any system). */
export function buildManifest(dir: string, version: string, generatedAt: string): Manifest {
  const files = listFiles(dir)
    .filter((p) => p !== MANIFEST && p !== SIGNATURE)
    .map((path) => {
      const body = readFileSync(join(dir, path));
      return { path, sha256: sha256(body), bytes: body.length };
    });
  return { format: 'palisade-evidence-pack/1', tool: { name: 'palisade', version }, generatedAt, files };
}

/** Reads a PEM private key for --sign: Ed25519 or ECDSA only (both small, both verifiable with openssl). */
export function signingKey(pem: string, file: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new InputError(`${file}: --sign: not a PEM private key (unencrypted PKCS#8 or SEC1)`);
  }
  if (key.asymmetricKeyType !== 'ed25519' && key.asymmetricKeyType !== 'ec')
    throw new InputError(`${file}: --sign: a ${key.asymmetricKeyType} key; use an Ed25519 or ECDSA key`);
  return key;
}

/** A detached signature over the manifest's bytes: Ed25519, or ECDSA with SHA-256 (DER), base64. */
export function signManifest(manifest: Buffer, key: KeyObject): string {
  return sign(key.asymmetricKeyType === 'ed25519' ? null : 'sha256', manifest, key).toString('base64') + '\n';
}

export function publicKeyPem(key: KeyObject): string {
  return createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
}

export type Verification =
  | {
      readonly ok: true;
      readonly files: number;
      readonly signed: boolean;
      readonly keyFromPack: boolean;
      readonly generatedAt?: string;
    }
  | { readonly ok: false; readonly problem: string };

/**
 * Recomputes every hash the manifest lists, refuses files it does not list, and
 * checks the signature when there is one (with `givenKey` when given, else
 * the key the pack carries). Stops at the first difference and names it.
 */
export function verifyPack(dir: string, givenKey?: string): Verification {
  const fail = (problem: string): Verification => ({ ok: false, problem });
  const manifestPath = join(dir, MANIFEST);
  if (!existsSync(manifestPath)) return fail(`${MANIFEST}: missing`);
  const raw = readFileSync(manifestPath);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(raw.toString('utf8'));
  } catch {
    return fail(`${MANIFEST}: not valid JSON`);
  }
  if (!Array.isArray(manifest?.files)) return fail(`${MANIFEST}: no file list`);
  const listed = new Set<string>();
  for (const f of manifest.files) {
    listed.add(f.path);
    const path = join(dir, f.path);
    if (f.path.includes('..') || !existsSync(path)) return fail(`${f.path}: listed in the manifest but missing`);
    if (sha256(readFileSync(path)) !== f.sha256) return fail(`${f.path}: SHA-256 differs from the manifest`);
  }
  for (const path of listFiles(dir)) {
    if (path !== MANIFEST && path !== SIGNATURE && !listed.has(path)) return fail(`${path}: not listed in the manifest`);
  }
  const signed = existsSync(join(dir, SIGNATURE));
  if (!signed) {
    if (givenKey) return fail(`${SIGNATURE}: missing, but a key was given to check it`);
    return { ok: true, files: listed.size, signed: false, keyFromPack: false, generatedAt: manifest.generatedAt };
  }
  const keyPem = givenKey ?? (existsSync(join(dir, PUBLIC_KEY)) ? readFileSync(join(dir, PUBLIC_KEY), 'utf8') : undefined);
  if (!keyPem) return fail(`${SIGNATURE}: present, but no public key to check it (give --key, or keep ${PUBLIC_KEY})`);
  let key: KeyObject;
  try {
    key = createPublicKey(keyPem);
  } catch {
    return fail(`${givenKey ? '--key' : PUBLIC_KEY}: not a PEM public key`);
  }
  const signature = Buffer.from(readFileSync(join(dir, SIGNATURE), 'utf8').trim(), 'base64');
  let good = false;
  try {
    good = verify(key.asymmetricKeyType === 'ed25519' ? null : 'sha256', raw, key, signature);
  } catch {
    good = false;
  }
  if (!good) return fail(`${SIGNATURE}: the signature does not match ${MANIFEST} and this key`);
  return { ok: true, files: listed.size, signed: true, keyFromPack: !givenKey, generatedAt: manifest.generatedAt };
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path, base) : [relative(base, path).split(sep).join('/')];
    });
}
