import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { palisade } from './binary';

/** Plain templates carry no environment: --account and --region bind them, so account-wide checks can count across them. */
describe('palisade check --account --region', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-env-'));
  writeFileSync(join(dir, 'app.json'), JSON.stringify({ Resources: { Bucket: { Type: 'AWS::S3::Bucket' } } }));
  writeFileSync(
    join(dir, 'security.json'),
    JSON.stringify({ Resources: { Detector: { Type: 'AWS::GuardDuty::Detector', Properties: { Enable: true } } } }),
  );
  const guardDuty = (args: string[]) => {
    const r = palisade(['check', 'app.json', 'security.json', '-f', 'json', '--fail-on', 'none', ...args], { cwd: dir });
    const results = JSON.parse(r.stdout).results.filter((f: { ruleId: string }) => f.ruleId === 'GuardDutyDetectorPresent');
    return results.map((f: { resource: { stack: string }; status: string }) => `${f.resource.stack}: ${f.status}`).sort();
  };

  it('without them, each template is its own account and region: the detector elsewhere leaves the app undecided', () =>
    expect(guardDuty([])).toEqual(['app: INSUFFICIENT_DATA', 'security: COMPLIANT']));

  it('with them, both templates share one account and region, reported once', () =>
    expect(guardDuty(['--account', '111122223333', '--region', 'eu-west-2'])).toEqual(['app: COMPLIANT']));
});
