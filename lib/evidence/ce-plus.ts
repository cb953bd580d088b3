import { Attestation } from './attestations';
import { controlKey } from './controls';
import { EvidenceResult } from './input';
import { Outcome, outcomeOf, resourceKey } from './model';

/** One line of a helper: a resource and what the results say about it. */
export interface HelperRow {
  readonly result: EvidenceResult;
  readonly detail: string;
  readonly outcome?: Outcome;
}

/** What the pack gives the assessor for one Cyber Essentials Plus test case. */
export interface CePlusHelper {
  readonly id: string;
  readonly title: string;
  readonly purpose: string;
  readonly rows: readonly HelperRow[];
  /** What the results cannot show, said plainly. */
  readonly limits: string;
  readonly attestation?: { readonly asks: string; readonly given: readonly Attestation[] };
}

/** Resource types that are reachable from the internet by design (some have a private variant: noted). */
const PUBLIC_BY_DESIGN: Record<string, string> = {
  'AWS::CloudFront::Distribution': 'CloudFront distribution',
  'AWS::ApiGateway::RestApi': 'API Gateway REST API (unless its endpoint type is PRIVATE)',
  'AWS::ApiGatewayV2::Api': 'API Gateway HTTP or WebSocket API',
  'AWS::EC2::EIP': 'Elastic IP address',
  'AWS::Lambda::Url': 'Lambda function URL',
  'AWS::Transfer::Server': 'Transfer Family server (unless its endpoint is in a VPC without public IPs)',
};
const LOAD_BALANCERS = ['AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::ElasticLoadBalancing::LoadBalancer'];

/** The five CE+ test cases an assessor runs that configuration can help with. */
export function cePlusHelpers(results: readonly EvidenceResult[], attestations: readonly Attestation[]): CePlusHelper[] {
  const applicable = results.filter((r) => r.status !== 'NOT_APPLICABLE');
  const mapped = (control: string) =>
    applicable.filter((r) => (r.controls.cyberEssentials as readonly string[]).includes(control)).map(row);
  return [
    {
      id: 'TC1',
      title: 'External vulnerability scan: internet-facing endpoints',
      purpose: 'The targets to give the external scan: every endpoint the results show as reachable from the internet.',
      rows: endpoints(results),
      limits:
        'Templates hold no DNS names or IP addresses: resolve each resource to its address after deployment (console, or a runtime scan whose results carry the ARN). A load balancer is internet-facing when the WAF check applied to it.',
    },
    {
      id: 'TC2',
      title: 'Patching: supported software and updates within 14 days',
      purpose: 'Supported runtimes and engines, automatic minor upgrades and patch baselines, per resource.',
      rows: mapped('security-update-management'),
      limits: results.some((r) => r.resource.type === 'AWS::SSM::PatchCompliance')
        ? 'Patch compliance comes from the scanned AWS::SSM::PatchCompliance items; the 14-day test also needs the fix release dates (Inspector or SSM).'
        : 'No patch compliance was scanned: templates cannot show installed patches. Run a runtime scan with AWS Config recording AWS::SSM::PatchCompliance, and export Inspector findings with their fix dates.',
    },
    {
      id: 'TC3',
      title: 'Malware protection',
      purpose:
        'GuardDuty malware protection and runtime monitoring, DNS filtering of malicious domains, and S3 scanning where configured.',
      rows: mapped('malware-protection'),
      limits:
        'Configuration shows that protection is switched on, not that an agent runs on each instance: agent status per instance comes from SSM association compliance in a runtime scan.',
    },
    {
      id: 'TC4',
      title: 'Multi-factor authentication',
      purpose: 'What configuration shows about MFA: user pools that require it, and IAM users (who need MFA) present or not.',
      rows: applicable.filter((r) => /mfa/i.test(r.ruleId) || r.ruleId === 'IamNoUsersOrAccessKeys').map(row),
      limits:
        'AWS Config does not record MFA on the root user, IAM users or IAM Identity Center: the IAM credential report and the Identity Center MFA setting must be attested.',
      attestation: {
        asks: 'the IAM credential report (root and every IAM user with MFA) and the IAM Identity Center MFA setting',
        given: attestations.filter((a) => a.key === controlKey('cyberEssentials', 'user-access-control')),
      },
    },
    {
      id: 'TC5',
      title: 'Account separation: identities with administrative access',
      purpose: 'Policies, roles, users and groups granting every action (administrator) or every action of a service.',
      rows: applicable.filter((r) => r.ruleId === 'IamNoAdminAccess' || r.ruleId === 'IamNoFullServiceAccess').map(row),
      limits:
        'IAM Identity Center permission sets and their assignments are not in templates or Config items: list who holds administrator permission sets from Identity Center.',
    },
  ];
}

function row(r: EvidenceResult): HelperRow {
  return { result: r, detail: r.message, outcome: outcomeOf(r) };
}

function endpoints(results: readonly EvidenceResult[]): HelperRow[] {
  const out = new Map<string, HelperRow>();
  const add = (r: EvidenceResult, detail: string) => {
    if (!out.has(resourceKey(r))) out.set(resourceKey(r), { result: r, detail });
  };
  for (const r of results) {
    const kind = PUBLIC_BY_DESIGN[r.resource.type];
    if (kind) add(r, kind);
    else if (r.ruleId === 'AlbWafEnabled' && r.status !== 'NOT_APPLICABLE') add(r, 'internet-facing Application Load Balancer');
    else if (/Public/.test(r.ruleId) && r.status === 'NON_COMPLIANT') add(r, `public: ${r.message}`);
  }
  // Load balancers whose scheme no result shows (a network load balancer, say) are listed for the
  // assessor to confirm, never dropped; only the WAF check's own "internal" verdict leaves one out.
  const internal = new Set(
    results
      .filter((x) => x.ruleId === 'AlbWafEnabled' && x.status === 'NOT_APPLICABLE' && /internal/.test(x.message))
      .map(resourceKey),
  );
  for (const r of results) {
    if (LOAD_BALANCERS.includes(r.resource.type) && !internal.has(resourceKey(r)))
      add(r, 'load balancer whose scheme no check shows: confirm whether it is internet-facing');
  }
  return [...out.values()];
}
