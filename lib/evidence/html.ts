import { escape } from '../report/junit';
import { FRAMEWORK_NAMES } from '../report/summary';
import { Evidence } from './build';
import { CePlusHelper } from './ce-plus';
import { FRAMEWORK_ORDER, Framework } from './controls';
import { ExceptionRow, stateOf } from './exceptions';
import { EvidenceResult } from './input';
import { CONTROL_STATUSES, CheckEvidence, ControlEvidence, ControlStatus, Outcome, outcomeOf, tally } from './model';
import { CSS, STATUS_COLOUR } from './style';

const e = (s: string | number | undefined): string => escape(String(s ?? ''));

const FRAMEWORK_TITLES: Record<Framework, string> = {
  cyberEssentials: 'Cyber Essentials',
  ncscCsp: 'NCSC Cloud Security Principles',
  tenSteps: 'NCSC 10 Steps to Cyber Security',
  internetFirst: 'NHS Internet First',
};

/**
 * The evidence pack as one self-contained HTML page: inline CSS and SVG, no
 * script, font or image from anywhere, readable offline and on paper. The first
 * page is what an assessor needs first: the Cyber Essentials verdicts and the scope.
 */
export function evidenceHtml(ev: Evidence): string {
  const ce = ev.controls.filter((c) => c.def.framework === 'cyberEssentials');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="palisade ${e(ev.scope.tool)}">
<title>Evidence pack: Cyber Essentials and NHS assurance, ${e(ev.today)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header class="cover">
<p class="kicker">Palisade evidence pack</p>
<h1>Cyber Essentials Plus and NHS assurance evidence</h1>
<p class="lede">${lede(ev)}</p>
${coverageBanner(ev)}
<section aria-labelledby="ce-summary">
<h2 id="ce-summary">Cyber Essentials controls</h2>
<ul class="tiles">${ce.map(tile).join('')}</ul>
${legend()}
</section>
${scopeSection(ev)}
</header>
${contents(ev)}
${frameworkSummaries(ev)}
${cePlusSection(ev.cePlus)}
${processSection(ev)}
${exceptionsSection(ev.exceptions)}
${sideBySideSection(ev)}
${changesSection(ev)}
${FRAMEWORK_ORDER.map((f) => controlDetails(ev, f)).join('\n')}
</main>
<footer>
<p>Made by Palisade ${e(ev.scope.tool)} on ${e(ev.scope.generatedAt)}. Every file of this pack is listed with its SHA-256 in <code>manifest.json</code>; check it with <code>palisade evidence verify DIR</code> (and <code>--key</code> with the supplier’s published public key when the pack is signed). <code>results.csv</code> holds one row per evaluation; <code>assessment-results.json</code> is the same evidence in OSCAL 1.2.1.</p>
</footer>
</body>
</html>
`;
}

function lede(ev: Evidence): string {
  const s = ev.scope;
  const n = ev.results.length;
  const sources = [
    s.sources.synth ? `${s.sources.synth} synth-time` : '',
    s.sources.runtime ? `${s.sources.runtime} runtime` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return `Made on ${e(ev.today)} from ${s.files.length} findings file(s): ${n} evaluations (${e(sources || 'none')}) of ${s.resources} resources${s.stacks.length ? ` in ${s.stacks.length} stack(s)` : ''}${s.accounts.length ? `, ${s.accounts.length} account(s)` : ''}. Every result is here, passes included.`;
}

function coverageBanner(ev: Evidence): string {
  if (ev.scope.complete) return '';
  return `<p class="banner" role="note"><strong>Incomplete:</strong> a scan could not read ${ev.scope.gaps.length || 'some'} scope(s) (see <a href="#scope">Scope</a>). Controls those scopes could affect are shown as needs review, never as met.</p>`;
}

/** A small icon per status, so that status never rests on colour alone. */
function icon(status: ControlStatus): string {
  const c = STATUS_COLOUR[status];
  const shapes: Record<ControlStatus, string> = {
    met: `<circle cx="7" cy="7" r="7" fill="${c}"/><path d="M3.5 7.2l2.3 2.3 4.7-4.8" stroke="#fff" stroke-width="2" fill="none"/>`,
    attested: `<circle cx="7" cy="7" r="7" fill="${c}"/><path d="M4 4h6M4 7h6M4 10h4" stroke="#fff" stroke-width="1.6"/>`,
    'not met': `<circle cx="7" cy="7" r="7" fill="${c}"/><path d="M4.5 4.5l5 5M9.5 4.5l-5 5" stroke="#fff" stroke-width="2"/>`,
    'attestation missing': `<rect x="0.8" y="0.8" width="12.4" height="12.4" fill="none" stroke="${c}" stroke-width="1.6" stroke-dasharray="2.4 1.6"/><path d="M7 3.5v4.5M7 9.6v1.2" stroke="${c}" stroke-width="1.8"/>`,
    'needs review': `<path d="M7 0.6L13.6 13H0.4z" fill="${c}"/><path d="M7 4.8v4M7 10.2v1.2" stroke="#fff" stroke-width="1.6"/>`,
    'not evaluated': `<circle cx="7" cy="7" r="6" fill="none" stroke="${c}" stroke-width="1.6"/><path d="M4 7h6" stroke="${c}" stroke-width="1.6"/>`,
  };
  return `<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">${shapes[status]}</svg>`;
}

function badge(status: ControlStatus): string {
  return `<span class="status" style="--c:${STATUS_COLOUR[status]}">${icon(status)}${e(status)}</span>`;
}

function legend(): string {
  const meaning: Record<ControlStatus, string> = {
    met: 'checks passed, none failed or undecided',
    'not met': 'at least one check failed',
    'needs review': 'a check could not decide, or coverage is incomplete',
    'not evaluated': 'no rule ran (no resource of the types checked)',
    attested: 'a named owner attests the process requirement',
    'attestation missing': 'a process requirement with no attestation',
  };
  return `<ul class="legend" aria-label="Status vocabulary">${CONTROL_STATUSES.map((s) => `<li>${badge(s)} <span class="muted">${e(meaning[s])}</span></li>`).join('')}</ul>`;
}

function countsLine(c: ControlEvidence): string {
  const parts = [
    `${c.counts.passed} passed`,
    `${c.counts.failed} failed`,
    `${c.counts.review} undecided`,
    `${c.counts.excepted} excepted`,
  ];
  return `${parts.join(' · ')} · ${c.resources} resources`;
}

function tile(c: ControlEvidence): string {
  return `<li class="tile" style="--c:${STATUS_COLOUR[c.status]}"><a href="#${e(c.def.oscalId)}">${e(c.def.name)}</a>${badge(c.status)}<p class="counts">${e(countsLine(c))}</p></li>`;
}

function scopeSection(ev: Evidence): string {
  const s = ev.scope;
  const list = (xs: readonly string[], none: string) =>
    xs.length ? xs.map((x) => `<code>${e(x)}</code>`).join(', ') : `<span class="muted">${e(none)}</span>`;
  const inputs = s.files.flatMap((f) => [
    `<tr><td><code>${e(f.path)}</code><br><span class="small muted">findings report by Palisade ${e(f.tool.version)}, produced ${e(f.generatedAt)}</span></td><td class="mono">${e(f.sha256)}</td><td class="num">${f.results.length}</td></tr>`,
    ...f.inputs.map(
      (i) =>
        `<tr><td class="small">&nbsp;&nbsp;↳ <code>${e(i.path)}</code>${i.error ? ` <strong>unreadable: ${e(i.error)}</strong>` : ''}</td><td class="mono small">${e(i.sha256 ?? '')}</td><td></td></tr>`,
    ),
  ]);
  const gaps = s.gaps.length
    ? `<table><caption>Coverage gaps: what the scan could not read</caption><thead><tr><th>Account</th><th>Region</th><th>Resource type</th><th>Reason</th><th>Permission needed</th></tr></thead><tbody>${s.gaps
        .map(
          (g) =>
            `<tr><td>${e(g.account)}</td><td>${e(g.region)}</td><td>${e(g.resourceType ?? 'all types')}</td><td>${e(g.reason)}</td><td><code>${e(g.action ?? '')}</code></td></tr>`,
        )
        .join('')}</tbody></table>`
    : '';
  return `<section id="scope" aria-labelledby="scope-h">
<h2 id="scope-h">Scope</h2>
<dl class="scope">
<dt>Accounts</dt><dd>${list(s.accounts, 'not bound (synth-time templates name no account)')}</dd>
<dt>Regions</dt><dd>${list(s.regions, 'none recorded')}</dd>
<dt>Stacks</dt><dd>${list(s.stacks, 'none')}</dd>
<dt>Coverage</dt><dd>${s.complete ? 'complete: every scope in the inputs was read' : '<strong>incomplete</strong>: see the gaps below'}</dd>
<dt>Tool</dt><dd>Palisade ${e(s.tool)}; catalogue of ${s.catalogue.rules} rules, digest <code>${e(s.catalogue.digest)}</code></dd>
<dt>Source revision</dt><dd>${s.git ? `git commit <code>${e(s.git.commit)}</code>${s.git.branch ? ` (branch <code>${e(s.git.branch)}</code>)` : ''}` : '<span class="muted">not made in a git checkout</span>'}</dd>
</dl>
<table><caption>Inputs and their SHA-256</caption><thead><tr><th>File</th><th>SHA-256</th><th class="num">Results</th></tr></thead><tbody>${inputs.join('')}</tbody></table>
${gaps}
</section>`;
}

function contents(ev: Evidence): string {
  const items: [string, string][] = [
    ['frameworks', 'Summary per framework'],
    ['ce-plus', 'Cyber Essentials Plus helpers'],
    ['process', 'Process requirements and attestations'],
    ['exceptions', 'Exceptions'],
  ];
  if (ev.pairs.length) items.push(['side-by-side', 'Synth time and runtime']);
  if (ev.changes) items.push(['changes', 'Changes since the previous pack']);
  for (const f of FRAMEWORK_ORDER) items.push([`detail-${f}`, `${FRAMEWORK_TITLES[f]}: evidence per control`]);
  return `<nav aria-label="Contents"><h2>Contents</h2><ol>${items.map(([id, t]) => `<li><a href="#${id}">${e(t)}</a></li>`).join('')}</ol></nav>`;
}

/** A stacked bar of statuses, drawn in SVG and described in words for screen readers. */
function statusBar(controls: readonly ControlEvidence[]): string {
  const t = tally(controls);
  const total = controls.length || 1;
  let x = 0;
  const parts = CONTROL_STATUSES.filter((s) => t[s] > 0).map((s) => {
    const w = (t[s] / total) * 300;
    const rect = `<rect x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="12" fill="${STATUS_COLOUR[s]}"/>`;
    x += w;
    return rect;
  });
  const words = CONTROL_STATUSES.filter((s) => t[s] > 0)
    .map((s) => `${t[s]} ${s}`)
    .join(', ');
  return `<svg class="bar" width="300" height="12" viewBox="0 0 300 12" role="img" aria-label="${e(words)}"><title>${e(words)}</title>${parts.join('')}</svg><span class="small">${e(words)}</span>`;
}

function frameworkSummaries(ev: Evidence): string {
  const blocks = FRAMEWORK_ORDER.map((f) => {
    const cs = ev.controls.filter((c) => c.def.framework === f);
    const rows = cs
      .map(
        (c) =>
          `<tr><td>${c.def.parent ? '&nbsp;&nbsp;&nbsp;' : ''}<a href="#${e(c.def.oscalId)}">${e(label(c))}</a>${c.def.evidenceOnly ? ' <span class="small muted">(evidence only: no rule maps to it)</span>' : ''}</td><td>${badge(c.status)}</td><td class="num">${c.counts.passed}</td><td class="num">${c.counts.failed}</td><td class="num">${c.counts.review}</td><td class="num">${c.counts.excepted}</td></tr>`,
      )
      .join('');
    return `<h3 id="summary-${f}">${e(FRAMEWORK_TITLES[f])}</h3>${statusBar(cs)}
<table><thead><tr><th>Control</th><th>Status</th><th class="num">Passed</th><th class="num">Failed</th><th class="num">Undecided</th><th class="num">Excepted</th></tr></thead><tbody>${rows}</tbody></table>`;
  });
  return `<section id="frameworks" aria-labelledby="frameworks-h"><h2 id="frameworks-h">Summary per framework</h2>
<p class="small muted">A principle counts the results of its sub-principles. Counts are evaluations (a rule on a resource); not-applicable evaluations are left out.</p>${blocks.join('\n')}</section>`;
}

function label(c: ControlEvidence): string {
  switch (c.def.framework) {
    case 'ncscCsp':
      return `${c.def.id}. ${c.def.name}`;
    case 'internetFirst':
      return `${c.def.id} ${c.def.name}`;
    default:
      return c.def.name;
  }
}

function resourceCell(r: EvidenceResult): string {
  const res = r.resource;
  const name =
    r.source === 'runtime'
      ? (res.arn ?? [res.account, res.region, res.resourceId].filter(Boolean).join(' / '))
      : `${res.stack ?? ''}/${res.logicalId ?? ''}`;
  const where =
    r.source === 'runtime'
      ? `runtime${res.stack ? `, stack ${res.stack}/${res.logicalId}` : ''}`
      : `${res.template ?? ''}${res.line ? `:${res.line}` : ''}`;
  return `<code>${e(name)}</code><br><span class="small muted">${e(res.type)} · ${e(where)}</span>`;
}

const OUTCOME_WORDS: Record<Outcome, string> = {
  passed: 'passed',
  failed: 'failed',
  review: 'needs review',
  excepted: 'excepted',
  'not applicable': 'not applicable',
};

function outcomeCell(r: EvidenceResult): string {
  const o = outcomeOf(r);
  return `<span class="outcome ${o === 'not applicable' ? '' : o}">${e(OUTCOME_WORDS[o])}</span>`;
}

function exceptionNote(r: EvidenceResult, today: string): string {
  const x = r.suppression;
  if (x) {
    const state = stateOf(x.expires, today);
    const flag =
      state === 'expired'
        ? ' <span class="flag expired">expired</span>'
        : state === 'expiring'
          ? ' <span class="flag expiring">expires within 30 days</span>'
          : '';
    return `<br><span class="small">Exception (${e(x.source)}): ${e(x.reason)}${x.owner ? `; owner ${e(x.owner)}` : ''}${x.expires ? `; expires ${e(x.expires)}` : '; no expiry'}${flag}</span>`;
  }
  if (r.expiredException)
    return `<br><span class="small"><span class="flag expired">expired exception</span> ${e(r.expiredException.reason)}; owner ${e(r.expiredException.owner)}; expired ${e(r.expiredException.expires)}</span>`;
  return '';
}

/** One check on a control: every failing, undecided and excepted result in full, passes as a list of resources. */
function checkRows(check: CheckEvidence, today: string): string {
  const shown = check.results.filter((r) => outcomeOf(r) !== 'passed' && outcomeOf(r) !== 'not applicable');
  const passed = check.results.filter((r) => outcomeOf(r) === 'passed');
  const na = check.results.length - shown.length - passed.length;
  const head = `<strong>${e(check.ruleId)}</strong><br><span class="small">${e(check.title)}${check.configRule ? ` · AWS Config <code>${e(check.configRule)}</code>` : ''}</span>`;
  const rows = shown.map(
    (r) =>
      `<tr><td>${head}</td><td>${resourceCell(r)}</td><td>${outcomeCell(r)}</td><td>${e(r.message)}${exceptionNote(r, today)}</td></tr>`,
  );
  if (passed.length) {
    const names = passed
      .map(
        (r) =>
          `<code>${e(r.source === 'runtime' ? (r.resource.arn ?? r.resource.resourceId) : `${r.resource.stack}/${r.resource.logicalId}`)}</code>`,
      )
      .join(', ');
    const messages = [...new Set(passed.map((r) => r.message))].slice(0, 3).map(e).join('; ');
    rows.push(
      `<tr><td>${head}</td><td class="passed-list">${names}</td><td><span class="outcome passed">passed (${passed.length})</span></td><td class="small">${messages}</td></tr>`,
    );
  }
  if (na && !rows.length)
    rows.push(
      `<tr><td>${head}</td><td class="muted small" colspan="2">not applicable to ${na} resource(s)</td><td class="small muted">${e(check.results[0].message)}</td></tr>`,
    );
  return rows.join('');
}

function attestationBlock(c: ControlEvidence): string {
  if (!c.def.attestation) return '';
  if (!c.attestations.length)
    return `<div class="attest missing"><strong>Attestation missing.</strong> Configuration cannot show this. Add to <code>evidence.yaml</code> an entry with <code>control: ${e(attestationId(c))}</code> covering ${e(c.def.attestation)}.</div>`;
  return c.attestations
    .map(
      (a) =>
        `<div class="attest"><strong>Attested</strong> by ${e(a.owner)} on ${e(a.date)}: ${e(a.statement)}${a.link ? ` <span class="small">(evidence: <code>${e(a.link)}</code>)</span>` : ''}</div>`,
    )
    .join('');
}

function attestationId(c: ControlEvidence): string {
  return /^\d/.test(c.def.id) ? `${c.def.framework}:${c.def.id}` : c.def.id;
}

function controlDetails(ev: Evidence, framework: Framework): string {
  const cs = ev.controls.filter((c) => c.def.framework === framework);
  const sections = cs.map((c) => {
    // A principle with sub-principles shows its own checks here; the sub-principles show theirs.
    const checks =
      framework === 'ncscCsp' && !c.def.parent
        ? c.checks.filter((k) => k.results.some((r) => r.controls.ncscCsp.includes(c.def.id)))
        : c.checks;
    const subs = framework === 'ncscCsp' && !c.def.parent ? cs.filter((s) => s.def.parent === c.def.id) : [];
    const table = checks.length
      ? `<table><caption class="small">Checks and results per resource</caption><thead><tr><th style="width:24%">Check</th><th style="width:30%">Resource</th><th style="width:10%">Result</th><th>Detail</th></tr></thead><tbody>${checks.map((k) => checkRows(k, ev.today)).join('')}</tbody></table>`
      : subs.length
        ? ''
        : '<p class="muted small">No result: no rule evaluated a resource for this control.</p>';
    const gaps = c.gaps.length
      ? `<p class="banner small"><strong>Coverage incomplete for this control:</strong> ${c.gaps.map((g) => `${e(g.account)} ${e(g.region)} ${e(g.resourceType ?? 'all types')} (${e(g.reason)})`).join('; ')}</p>`
      : '';
    return `<section class="control" id="${e(c.def.oscalId)}" aria-labelledby="h-${e(c.def.oscalId)}">
<h3 id="h-${e(c.def.oscalId)}"><span class="cid">${e(FRAMEWORK_NAMES[framework])} ${e(c.def.id)}</span> ${e(c.def.name)} ${badge(c.status)}</h3>
<p class="req"><strong>Requires:</strong> ${e(c.def.requirement)}</p>
<p class="why">${e(c.why)}. ${e(countsLine(c))}.</p>
${subs.length ? `<p class="small">Sub-principles: ${subs.map((s) => `<a href="#${e(s.def.oscalId)}">${e(s.def.id)} ${e(s.def.name)}</a> (${e(s.status)})`).join('; ')}.</p>` : ''}
${attestationBlock(c)}${gaps}${table}
${c.idle.length ? `<p class="small muted">Not evaluated (no resource of their types in scope): ${c.idle.map((id) => `<code>${e(id)}</code>`).join(', ')}.</p>` : ''}
</section>`;
  });
  return `<section id="detail-${framework}" aria-labelledby="detail-${framework}-h"><h2 id="detail-${framework}-h">${e(FRAMEWORK_TITLES[framework])}: evidence per control</h2>${sections.join('\n')}</section>`;
}

function cePlusSection(helpers: readonly CePlusHelper[]): string {
  const blocks = helpers.map((h) => {
    const rows = h.rows.length
      ? `<table><thead><tr><th style="width:36%">Resource</th><th style="width:18%">Check</th><th>What the results show</th></tr></thead><tbody>${h.rows
          .map(
            (r) =>
              `<tr><td>${resourceCell(r.result)}</td><td class="small">${e(h.id === 'TC1' ? '' : r.result.ruleId)}</td><td>${r.outcome && h.id !== 'TC1' ? `${outcomeCell(r.result)} ` : ''}${e(r.detail)}</td></tr>`,
          )
          .join('')}</tbody></table>`
      : '<p class="muted">Nothing in scope: no result bears on this test.</p>';
    const slot = h.attestation
      ? h.attestation.given.length
        ? h.attestation.given
            .map(
              (a) =>
                `<div class="attest"><strong>Attested</strong> by ${e(a.owner)} on ${e(a.date)}: ${e(a.statement)}${a.link ? ` (<code>${e(a.link)}</code>)` : ''}</div>`,
            )
            .join('')
        : `<div class="attest missing"><strong>Attestation missing:</strong> ${e(h.attestation.asks)}. Add an entry with <code>control: user-access-control</code> to <code>evidence.yaml</code>.</div>`
      : '';
    return `<h3 id="ce-plus-${h.id.toLowerCase()}">${e(h.id)} ${e(h.title)}</h3><p>${e(h.purpose)}</p>${rows}${slot}<p class="small muted">Limits: ${e(h.limits)}</p>`;
  });
  return `<section id="ce-plus" aria-labelledby="ce-plus-h"><h2 id="ce-plus-h">Cyber Essentials Plus helpers</h2>
<p class="small muted">One per test case the assessor runs. They gather what the results show; the tests themselves are the assessor’s.</p>${blocks.join('\n')}</section>`;
}

function processSection(ev: Evidence): string {
  const cs = ev.controls.filter((c) => c.def.attestation);
  const rows = cs
    .map((c) => {
      const given = c.attestations.length
        ? c.attestations
            .map(
              (a) =>
                `${e(a.statement)} <span class="small muted">(${e(a.owner)}, ${e(a.date)}${a.link ? `, <code>${e(a.link)}</code>` : ''})</span>`,
            )
            .join('<br>')
        : `<strong>missing</strong><br><span class="small">needs ${e(c.def.attestation)}</span>`;
      return `<tr><td><a href="#${e(c.def.oscalId)}">${e(FRAMEWORK_NAMES[c.def.framework])} ${e(c.def.id)}</a><br><span class="small">${e(c.def.name)}</span></td><td>${badge(c.status)}</td><td>${given}</td></tr>`;
    })
    .join('');
  return `<section id="process" aria-labelledby="process-h"><h2 id="process-h">Process requirements and attestations</h2>
<p class="small muted">What no configuration can show, attested in <code>evidence.yaml</code> by a named owner with a date and a link to the proof. A control that is also checked shows not met when a check fails, whatever the attestation.</p>
<table><thead><tr><th style="width:28%">Requirement</th><th style="width:16%">Status</th><th>Attestation</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function exceptionsSection(rows: readonly ExceptionRow[]): string {
  const body = rows.length
    ? `<table><thead><tr><th>Check</th><th>Resource</th><th>Reason</th><th>Owner</th><th>Expires</th></tr></thead><tbody>${rows
        .map(
          (x) =>
            `<tr><td><strong>${e(x.result.ruleId)}</strong><br><span class="small muted">${e(x.source)}</span></td><td>${resourceCell(x.result)}</td><td>${e(x.reason)}</td><td>${x.owner ? e(x.owner) : '<span class="muted">none given</span>'}</td><td>${x.expires ? e(x.expires) : '<span class="muted">none</span>'}${x.state === 'expired' ? ' <span class="flag expired">expired</span>' : x.state === 'expiring' ? ' <span class="flag expiring">within 30 days</span>' : ''}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p>No exception: no failing result is hidden.</p>';
  const counts = (['expired', 'expiring', 'current', 'no expiry'] as const).map(
    (s) => `${rows.filter((r) => r.state === s).length} ${s === 'expiring' ? 'expiring within 30 days' : s}`,
  );
  return `<section id="exceptions" aria-labelledby="exceptions-h"><h2 id="exceptions-h">Exceptions</h2>
<p>${rows.length} exception(s): ${e(counts.join(', '))}. An expired exception no longer hides its result, which counts as failed. CDK acknowledgements carry a reason but no owner or expiry.</p>${body}</section>`;
}

function sideBySideSection(ev: Evidence): string {
  if (!ev.pairs.length) return '';
  const drift = ev.pairs.filter((p) => p.drift).length;
  return `<section id="side-by-side" aria-labelledby="sbs-h"><h2 id="sbs-h">Synth time and runtime, side by side</h2>
<p>${ev.pairs.length} check(s) ran on both the template and the deployed resource; <strong>${drift} differ (drift)</strong>.</p>
<table><thead><tr><th>Check</th><th>Resource (template)</th><th>Synth time</th><th>Runtime</th><th>Deployed resource</th></tr></thead><tbody>${ev.pairs
    .map(
      (p) =>
        `<tr><td>${e(p.ruleId)}</td><td><code>${e(p.stack)}/${e(p.logicalId)}</code><br><span class="small muted">${e(p.type)}</span></td><td>${e(p.synth)}</td><td>${e(p.runtime)}${p.drift ? ' <span class="flag drift">drift</span>' : ''}</td><td class="mono small">${e(p.runtimeResource)}</td></tr>`,
    )
    .join('')}</tbody></table></section>`;
}

function changesSection(ev: Evidence): string {
  const c = ev.changes;
  if (!c) return '';
  const controls = (xs: typeof c.newlyMet) =>
    xs.length
      ? xs.map((d) => `<a href="#${e(d.oscalId)}">${e(FRAMEWORK_NAMES[d.framework])} ${e(d.id)} ${e(d.name)}</a>`).join('; ')
      : 'none';
  const results = (xs: readonly EvidenceResult[]) =>
    xs.length
      ? `<table><thead><tr><th>Check</th><th>Resource</th><th>Detail</th></tr></thead><tbody>${xs.map((r) => `<tr><td>${e(r.ruleId)}</td><td>${resourceCell(r)}</td><td>${e(r.message)}</td></tr>`).join('')}</tbody></table>`
      : '<p class="muted">none</p>';
  return `<section id="changes" aria-labelledby="changes-h"><h2 id="changes-h">Changes since the previous pack</h2>
<p>Compared with the pack in <code>${e(c.previous.dir)}</code>${c.previous.generatedAt ? ` made on ${e(c.previous.generatedAt)}` : ''} (verified against its manifest first). Control changes compare what configuration shows, attestations aside.</p>
<p><strong>Newly met:</strong> ${controls(c.newlyMet)}.</p>
<p><strong>No longer met:</strong> ${controls(c.noLongerMet)}.</p>
<h3>Newly failing (${c.newlyFailing.length})</h3>${results(c.newlyFailing)}
<h3>Resolved (${c.resolved.length})</h3>${results(c.resolved)}</section>`;
}
