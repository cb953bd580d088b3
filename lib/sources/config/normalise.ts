import { ConfigItem, ConfigRelationship } from '../../engine/config-item';

/**
 * Turns any of the shapes AWS Config hands out into one `ConfigItem`:
 * - the API shape (GetResourceConfigHistory, BatchGet*): `configuration` and every
 *   supplementary value are JSON strings, capture time may be a `Date`;
 * - the snapshot / notification shape: `awsAccountId`, `ARN`, nested objects;
 * - Select rows: only the selected fields, tags as `[{key, value}]`;
 * - the 2014 documentation shape (`configurationStateID`, `availibilityZone`).
 * Policy documents (IAM, bucket policy, key policy) come out as objects whether
 * Config stored them URL-encoded, JSON-encoded or both.
 */

export type RawItem = Record<string, unknown>;

/** Values a row may lack (a Select row carries only what was selected). */
export interface ItemDefaults {
  readonly resourceType?: string;
  readonly accountId?: string;
  readonly awsRegion?: string;
}

/** An item that cannot be normalised (no type or id): the message says what is missing. */
export class MalformedItemError extends Error {
  override readonly name = 'MalformedItemError';
}

const EVALUABLE = new Set(['OK', 'ResourceDiscovered']);
const DELETED = new Set(['ResourceDeleted', 'ResourceDeletedNotRecorded']);

/** What a scan does with an item: evaluate it, or only count it. */
export function itemDisposition(item: ConfigItem): 'evaluate' | 'deleted' | 'notRecorded' {
  if (EVALUABLE.has(item.status)) return 'evaluate';
  if (DELETED.has(item.status)) return 'deleted';
  return 'notRecorded';
}

export function normaliseItem(raw: RawItem, defaults: ItemDefaults = {}): ConfigItem {
  const resourceType = str(raw.resourceType) ?? defaults.resourceType;
  const resourceId = str(raw.resourceId);
  if (!resourceType) throw new MalformedItemError('item has no resourceType');
  if (!resourceId) throw new MalformedItemError(`${resourceType} item has no resourceId`);
  const apiShape = typeof raw.configuration === 'string';
  const configuration = decodeIamDocuments(resourceType, asObject(decodeJson(raw.configuration)));
  const supplementaryConfiguration = decodeSupplementary(raw.supplementaryConfiguration, apiShape);
  return {
    resourceType,
    resourceId,
    resourceName: str(raw.resourceName),
    arn: str(raw.arn) ?? str(raw.ARN),
    accountId: str(raw.accountId) ?? str(raw.awsAccountId) ?? defaults.accountId ?? '',
    awsRegion: str(raw.awsRegion) ?? defaults.awsRegion ?? '',
    availabilityZone: str(raw.availabilityZone) ?? str(raw.availibilityZone),
    captureTime: isoDate(raw.configurationItemCaptureTime),
    stateId: str(raw.configurationStateId) ?? str(raw.configurationStateID),
    status: str(raw.configurationItemStatus) ?? 'OK',
    configuration,
    supplementaryConfiguration,
    tags: tagsOf(raw.tags, configuration, supplementaryConfiguration),
    relationships: relationshipsOf(raw.relationships),
  };
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v === '' ? undefined : v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

function asObject(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** Parses a string that holds JSON, as often as Config encoded it (S3's ACL is encoded twice). */
function decodeJson(v: unknown): unknown {
  for (let depth = 0; depth < 3 && typeof v === 'string'; depth++) {
    const t = v.trimStart();
    const c = t.charCodeAt(0);
    // `{`, `[`, `"`, or the literal null: anything else is a plain string value
    if (c !== 123 && c !== 91 && c !== 34 && t !== 'null') return v;
    try {
      v = JSON.parse(t);
    } catch {
      return v;
    }
  }
  return v;
}

/**
 * In the API shape every supplementary value is JSON text, scalars included
 * (`"true"`); elsewhere only objects are encoded, and a plain string stays one.
 */
function decodeSupplementary(v: unknown, apiShape: boolean): Record<string, unknown> {
  const source = asObject(decodeJson(v));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    let decoded = decodeJson(value);
    if (apiShape && typeof decoded === 'string' && /^(true|false|-?\d+(\.\d+)?)$/.test(decoded)) {
      decoded = JSON.parse(decoded);
    }
    out[key] = decodePolicies(key, decoded);
  }
  return out;
}

/** Bucket policy text and key policy are documents: give rules the object. */
function decodePolicies(key: string, value: unknown): unknown {
  if (key === 'BucketPolicy' && value && typeof value === 'object') {
    const policy = value as Record<string, unknown>;
    if (typeof policy.policyText === 'string') return { ...policy, policyText: decodeDocument(policy.policyText) };
  }
  if (key === 'Policy' && typeof value === 'string') return decodeDocument(value);
  return value;
}

const IAM_DOCUMENT_KEYS = new Set(['assumeRolePolicyDocument', 'policyDocument', 'document']);

/** IAM documents inside role, user, group and managed-policy items are URL-encoded JSON. */
function decodeIamDocuments(type: string, configuration: Record<string, unknown>): Record<string, unknown> {
  if (!type.startsWith('AWS::IAM::')) return configuration;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v))
      out[k] = IAM_DOCUMENT_KEYS.has(k) && typeof x === 'string' ? decodeDocument(x) : walk(x);
    return out;
  };
  return walk(configuration) as Record<string, unknown>;
}

/** A policy document as an object; the text itself when it is neither JSON nor URL-encoded JSON. */
export function decodeDocument(text: string): unknown {
  let t = text.trim();
  if (/^%7b/i.test(t)) {
    try {
      t = decodeURIComponent(t.replace(/\+/g, '%20'));
    } catch {
      return text;
    }
  }
  const parsed = decodeJson(t);
  return parsed !== null && typeof parsed === 'object' ? parsed : text;
}

/**
 * ISO-8601 from an ISO string, a `Date`, epoch seconds or milliseconds, Java's
 * `Apr 25, 2023 7:24:50 PM`, or the Python renderings that third-party tools left
 * in published items (`datetime.datetime(2020, 4, 22, …)`, `{"__class__": "datetime", …}`),
 * read as UTC.
 */
export function isoDate(v: unknown): string | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  let d: Date;
  const python = typeof v === 'string' ? /^datetime\.datetime\(([\d, ]+)/.exec(v) : null;
  if (python) {
    const [y, mo, day, h = 0, mi = 0, s = 0, us = 0] = python[1]
      .split(',')
      .filter((x) => x.trim())
      .map(Number);
    d = new Date(Date.UTC(y, mo - 1, day, h, mi, s, Math.floor(us / 1000)));
  } else if (v && typeof v === 'object' && (v as Record<string, unknown>).__class__ === 'datetime') {
    const o = v as Record<string, number>;
    d = new Date(
      Date.UTC(o.year, o.month - 1, o.day, o.hour ?? 0, o.minute ?? 0, o.second ?? 0, Math.floor((o.microsecond ?? 0) / 1000)),
    );
  } else if (v instanceof Date) d = v;
  else if (typeof v === 'number') d = new Date(v < 1e11 ? v * 1000 : v);
  else if (typeof v === 'string')
    d = /^\d+(\.\d+)?$/.test(v) ? new Date(Number(v) < 1e11 ? Number(v) * 1000 : Number(v)) : new Date(v);
  else return undefined;
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/**
 * Tags from whichever place carried them: the item's `tags` (a map, or a list of
 * `{key, value}` / `{Key, Value}`), else the configuration's own `tags`, else a
 * supplementary `Tags` list of `{tagKey, tagValue}` (KMS keys, trails).
 */
function tagsOf(
  top: unknown,
  configuration: Record<string, unknown>,
  supplementary: Record<string, unknown>,
): Record<string, string> {
  for (const candidate of [decodeJson(top), configuration.tags, configuration.Tags, supplementary.Tags]) {
    const tags = tagMap(candidate);
    if (tags) return tags;
  }
  return {};
}

function tagMap(v: unknown): Record<string, string> | undefined {
  if (Array.isArray(v)) {
    if (v.length === 0) return undefined;
    const out: Record<string, string> = {};
    for (const t of v) {
      if (!t || typeof t !== 'object') continue;
      const o = t as Record<string, unknown>;
      const key = o.key ?? o.Key ?? o.tagKey ?? o.TagKey;
      const value = o.value ?? o.Value ?? o.tagValue ?? o.TagValue;
      if (typeof key === 'string') out[key] = value === null || value === undefined ? '' : String(value);
    }
    return out;
  }
  if (v && typeof v === 'object') {
    const entries = Object.entries(v);
    if (entries.length === 0) return undefined;
    return Object.fromEntries(entries.map(([k, x]) => [k, x === null || x === undefined ? '' : String(x)]));
  }
  return undefined;
}

function relationshipsOf(v: unknown): ConfigRelationship[] {
  const list = decodeJson(v);
  if (!Array.isArray(list)) return [];
  const out: ConfigRelationship[] = [];
  for (const r of list) {
    if (!r || typeof r !== 'object') continue;
    const o = r as Record<string, unknown>;
    out.push({
      resourceType: str(o.resourceType) ?? '',
      resourceId: str(o.resourceId),
      resourceName: str(o.resourceName),
      relationshipName: str(o.relationshipName) ?? str(o.name) ?? '',
    });
  }
  return out;
}
