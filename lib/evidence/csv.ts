import { EvidenceResult } from './input';

/** One row per evaluation; framework ids joined with "; " so a spreadsheet can filter on them. */
export const CSV_COLUMNS = [
  'findings_file',
  'source',
  'rule_id',
  'status',
  'excepted',
  'severity',
  'resource_type',
  'stack',
  'logical_id',
  'arn',
  'resource_id',
  'account',
  'region',
  'template',
  'line',
  'construct_path',
  'message',
  'config_rule',
  'ncsc_csp',
  'ten_steps',
  'cyber_essentials',
  'internet_first',
  'exception_reason',
  'exception_owner',
  'exception_expires',
  'exception_source',
  'expired_exception',
] as const;

export function resultsCsv(results: readonly EvidenceResult[]): string {
  const rows = results.map((r) => {
    const x = r.suppression;
    const e = r.expiredException;
    const cells: Record<(typeof CSV_COLUMNS)[number], string | number | undefined> = {
      findings_file: r.file,
      source: r.source,
      rule_id: r.ruleId,
      status: r.status,
      excepted: x ? 'yes' : 'no',
      severity: r.severity,
      resource_type: r.resource.type,
      stack: r.resource.stack,
      logical_id: r.resource.logicalId,
      arn: r.resource.arn,
      resource_id: r.resource.resourceId,
      account: r.resource.account,
      region: r.resource.region,
      template: r.resource.template,
      line: r.resource.line,
      construct_path: r.resource.constructPath,
      message: r.message,
      config_rule: r.configRule,
      ncsc_csp: r.controls.ncscCsp.join('; '),
      ten_steps: r.controls.tenSteps.join('; '),
      cyber_essentials: r.controls.cyberEssentials.join('; '),
      internet_first: r.controls.internetFirst.join('; '),
      exception_reason: x?.reason ?? e?.reason,
      exception_owner: x?.owner ?? e?.owner,
      exception_expires: x?.expires ?? e?.expires,
      exception_source: x?.source,
      expired_exception: e ? 'yes' : 'no',
    };
    return CSV_COLUMNS.map((c) => cell(cells[c])).join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/**
 * RFC 4180 quoting, and a leading apostrophe on text a spreadsheet would run as
 * a formula (=, +, -, @): messages quote template values, which anyone can write.
 */
function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Reads a results.csv this module wrote (for --since): a list of column-name → value records. */
export function parseResultsCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(field), (field = ''));
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      (row.push(field), rows.push(row), (row = []), (field = ''));
    } else field += ch;
  }
  if (field !== '' || row.length) (row.push(field), rows.push(row));
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries((header ?? []).map((h, i) => [h, cells[i] ?? ''])));
}
