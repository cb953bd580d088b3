import { createHash } from 'crypto';
import { Evidence } from './build';
import { EvidenceResult } from './input';
import { ControlStatus, resourceKey } from './model';

/** Namespace of Palisade's name-based UUIDs: the same input gives the same ids, pack after pack. */
const NAMESPACE = '5f2b7c1e-9d43-4a8e-b0c6-3e1f7a9d2c54';
const NS = 'urn:palisade:evidence';

/**
 * The evidence as OSCAL 1.2.1 assessment results: an observation per result
 * and per attestation, a finding per control. OSCAL knows only satisfied and
 * not-satisfied, so a control that needs review or was not evaluated gets no
 * finding (its observations stay): a finding is never a guess.
 */
export function oscalAssessmentResults(ev: Evidence): string {
  const packId = uuid5(`${ev.scope.generatedAt}|${ev.scope.files.map((f) => f.sha256).join('|')}`);
  const observationIds = new Map<EvidenceResult, string>();
  const collected = new Map(ev.scope.files.flatMap((f) => f.results.map((r) => [r, f.generatedAt] as const)));
  const observations = ev.results.map((r, i) => {
    const id = uuid5(`${packId}|result|${i}`);
    observationIds.set(r, id);
    return {
      uuid: id,
      title: text(`${r.ruleId} on ${resourceName(r)}`),
      description: text(r.message || r.ruleId),
      props: props({
        'rule-id': r.ruleId,
        status: r.status,
        severity: r.severity,
        source: r.source,
        'resource-type': r.resource.type,
        'config-rule': r.configRule,
        excepted: r.suppression ? `yes: ${r.suppression.reason}` : undefined,
        'expired-exception': r.expiredException ? r.expiredException.expires : undefined,
      }),
      methods: ['TEST'],
      types: ['finding'],
      subjects: [
        {
          'subject-uuid': uuid5(`resource|${resourceKey(r)}`),
          type: 'resource',
          title: text(resourceName(r)),
          ...optional(
            'props',
            props({ arn: r.resource.arn, account: r.resource.account, region: r.resource.region, template: r.resource.template }),
          ),
        },
      ],
      'relevant-evidence': [
        { href: 'results.csv', description: text(`row of ${r.ruleId} for ${resourceName(r)} in results.csv`) },
      ],
      collected: collected.get(r) ?? ev.scope.generatedAt,
    };
  });
  const attested = new Map<string, string[]>();
  const attestationObservations = ev.attestations.map((a, i) => {
    const id = uuid5(`${packId}|attestation|${i}`);
    attested.set(a.key, [...(attested.get(a.key) ?? []), id]);
    return {
      uuid: id,
      title: text(`Attestation for ${a.control}`),
      description: text(a.statement),
      props: props({ owner: a.owner, link: a.link, control: a.control }),
      methods: ['EXAMINE'],
      types: ['control-objective'],
      collected: `${a.date}T00:00:00Z`,
    };
  });

  const findings = ev.controls
    .filter((c) => STATE[c.status])
    .map((c) => {
      const related = [
        ...c.checks.flatMap((k) => k.results.map((r) => observationIds.get(r)!)),
        ...(attested.get(`${c.def.framework}:${c.def.id}`) ?? []),
      ];
      return {
        uuid: uuid5(`${packId}|finding|${c.def.oscalId}`),
        title: text(`${c.def.oscalId}: ${c.def.name}`),
        description: text(`${c.def.requirement} Palisade status: ${c.status} (${c.why}).`),
        props: props({ 'palisade-status': c.status }),
        target: {
          type: 'objective-id',
          'target-id': c.def.oscalId,
          status: { state: STATE[c.status] },
        },
        ...optional(
          'related-observations',
          related.map((id) => ({ 'observation-uuid': id })),
        ),
      };
    });

  const allObservations = [...observations, ...attestationObservations];
  const start = ev.scope.files.map((f) => f.generatedAt).sort()[0] ?? ev.scope.generatedAt;
  const doc = {
    'assessment-results': {
      uuid: packId,
      metadata: {
        title: 'Palisade evidence pack: Cyber Essentials, NCSC and NHS assurance',
        'last-modified': ev.scope.generatedAt,
        version: ev.scope.tool,
        'oscal-version': '1.2.1',
        props: props({
          'catalogue-digest': ev.scope.catalogue.digest,
          'git-commit': ev.scope.git?.commit,
          coverage: ev.scope.complete ? 'complete' : 'incomplete',
        }),
      },
      // There is no separate assessment plan: the catalogue of this Palisade version is the plan.
      'import-ap': { href: `urn:palisade:assessment-plan:catalogue:${ev.scope.catalogue.digest}` },
      results: [
        {
          uuid: uuid5(`${packId}|result`),
          title: 'Palisade evaluation of the scope in the pack',
          description: text(
            `${ev.results.length} evaluations from ${ev.scope.files.length} findings file(s); coverage ${ev.scope.complete ? 'complete' : 'incomplete'}.`,
          ),
          start,
          end: ev.scope.generatedAt,
          'reviewed-controls': {
            'control-selections': [{ 'include-controls': ev.controls.map((c) => ({ 'control-id': c.def.oscalId })) }],
          },
          ...optional('observations', allObservations),
          ...optional('findings', findings),
        },
      ],
      'back-matter': {
        resources: ev.scope.files.map((f) => ({
          uuid: uuid5(`input|${f.sha256}`),
          title: text(f.path),
          rlinks: [{ href: encodeURI(f.path.split('\\').join('/')), hashes: [{ algorithm: 'SHA-256', value: f.sha256 }] }],
        })),
      },
    },
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

const STATE: Partial<Record<ControlStatus, 'satisfied' | 'not-satisfied'>> = {
  met: 'satisfied',
  attested: 'satisfied',
  'not met': 'not-satisfied',
  'attestation missing': 'not-satisfied',
};

function resourceName(r: EvidenceResult): string {
  return (
    r.resource.arn ??
    (r.resource.logicalId
      ? `${r.resource.stack}/${r.resource.logicalId}`
      : `${r.resource.account}/${r.resource.region}/${r.resource.resourceId}`)
  );
}

/** OSCAL strings may not start or end with white space, nor be empty. */
function text(s: string): string {
  return s.replace(/\s+/g, ' ').trim() || '-';
}

function props(values: Record<string, string | undefined>) {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v.trim() !== '')
    .map(([name, value]) => ({ name, ns: NS, value: text(value!) }));
}

/** OSCAL refuses empty arrays: a key with nothing in it is left out. */
function optional<K extends string, T>(key: K, values: T[]): Partial<Record<K, T[]>> {
  return values.length ? ({ [key]: values } as Record<K, T[]>) : {};
}

/** RFC 4122 name-based UUID, version 5 (SHA-1). */
export function uuid5(name: string, namespace = NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1')
    .update(Buffer.concat([ns, Buffer.from(name, 'utf8')]))
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
