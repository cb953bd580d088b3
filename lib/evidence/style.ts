import { ControlStatus } from './model';

/**
 * Status colours: dark enough for text contrast (WCAG AA on white), and never
 * the only signal: every status is also written out and drawn as a distinct icon.
 */
export const STATUS_COLOUR: Record<ControlStatus, string> = {
  met: '#00703c',
  attested: '#1d5fa0',
  'not met': '#b3261e',
  'attestation missing': '#8a3d00',
  'needs review': '#6b5900',
  'not evaluated': '#505a5f',
};

/** The pack's stylesheet, inline so the page needs nothing from a network. */
export const CSS = `
:root { color-scheme: light; --ink: #0b0c0c; --muted: #505a5f; --rule: #b1b4b6; --panel: #f3f2f1; --accent: #005eb8; }
* { box-sizing: border-box; }
html { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); }
body { margin: 0 auto; max-width: 1180px; padding: 24px 32px 48px; }
h1 { font-size: 1.9rem; line-height: 1.15; margin: 0 0 6px; }
h2 { font-size: 1.35rem; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 26px 0 6px; }
h4 { font-size: 0.95rem; margin: 14px 0 4px; }
p { margin: 4px 0 8px; }
a { color: var(--accent); }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.86em; overflow-wrap: anywhere; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.78rem; color: var(--muted); margin: 0; font-weight: 600; }
.lede { font-size: 1.02rem; margin: 4px 0 14px; }
.banner { border-left: 6px solid #b3261e; background: #fbeaea; padding: 8px 12px; margin: 10px 0; }
.banner.ok { border-left-color: #00703c; background: #e8f3ec; }
.tiles { display: grid; grid-template-columns: repeat(5, 1fr); gap: 8px; margin: 8px 0 4px; padding: 0; list-style: none; }
.tile { border: 1px solid var(--rule); border-top: 6px solid var(--c); padding: 8px 10px; background: #fff; break-inside: avoid; }
.tile a { color: var(--ink); text-decoration: none; font-weight: 700; display: block; margin-bottom: 4px; }
.tile .counts { font-size: 0.82rem; color: var(--muted); margin: 4px 0 0; }
.status { display: inline-flex; align-items: center; gap: 4px; font-weight: 700; font-size: 0.85rem; color: var(--c); white-space: nowrap; }
.status svg { flex: none; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 0.86rem; }
caption { text-align: left; font-weight: 700; padding: 4px 0; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid var(--rule); }
th { background: var(--panel); font-weight: 700; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.scope { display: grid; grid-template-columns: 10em 1fr; gap: 2px 16px; margin: 0; align-items: baseline; }
.scope dt { font-weight: 700; color: var(--muted); font-size: 0.82rem; }
.scope dd { margin: 0; overflow-wrap: anywhere; }
.bar { display: block; margin: 2px 0; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; padding: 0; margin: 6px 0; list-style: none; font-size: 0.82rem; }
.control { border-top: 1px solid var(--rule); break-inside: auto; }
.control h3 { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.cid { color: var(--muted); font-weight: 600; font-size: 0.9rem; }
.req { background: var(--panel); padding: 6px 10px; border-left: 4px solid var(--accent); }
.why { color: var(--muted); font-size: 0.88rem; }
.passed-list { color: var(--muted); font-size: 0.82rem; }
.outcome { font-weight: 700; white-space: nowrap; }
.outcome.failed { color: #b3261e; } .outcome.review { color: #6b5900; } .outcome.excepted { color: #8a3d00; } .outcome.passed { color: #00703c; }
.flag { display: inline-block; padding: 0 6px; border-radius: 3px; font-weight: 700; font-size: 0.78rem; }
.flag.expired { background: #b3261e; color: #fff; } .flag.expiring { background: #ffdd00; color: #0b0c0c; }
.flag.drift { background: #b3261e; color: #fff; }
.muted { color: var(--muted); }
.small { font-size: 0.82rem; }
.attest { border: 1px dashed var(--rule); padding: 6px 10px; margin: 6px 0; }
.attest.missing { border-color: #8a3d00; background: #fdf3ea; }
nav ol { columns: 2; font-size: 0.9rem; }
.cover { break-after: page; }
footer { margin-top: 36px; border-top: 2px solid var(--ink); padding-top: 8px; font-size: 0.85rem; color: var(--muted); }
@media screen and (max-width: 800px) { .tiles { grid-template-columns: 1fr 1fr; } .scope { grid-template-columns: 1fr; } body { padding: 12px; } }
@page { size: A4; margin: 12mm 11mm 14mm; }
@media print {
  html { font-size: 10.5px; }
  body { max-width: none; padding: 0; }
  a { color: var(--ink); text-decoration: none; }
  h2, h3, h4 { break-after: avoid; }
  .tile, .banner, .attest, .req { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  th, .flag, .tile { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  nav { display: none; }
}
`;
