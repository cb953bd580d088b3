import { Maybe, asString, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly version: Maybe<string>;
  /** The date of the evaluation (yyyy-mm-dd). */
  readonly today: string;
}

/**
 * End of standard support per Kubernetes version on EKS, from the EKS version
 * calendar (docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html),
 * last reviewed 2026-11-23; 1.35 is AWS's projected date. Extended support
 * (12 more months, at extra cost) still gets patches, but it is a stop-gap, not a
 * plan. Versions older than this table are long out of support.
 */
export const EKS_STANDARD_SUPPORT_END: Readonly<Record<string, string>> = {
  '1.23': '2023-10-11',
  '1.24': '2024-01-31',
  '1.25': '2024-05-01',
  '1.26': '2024-06-11',
  '1.27': '2024-07-24',
  '1.28': '2024-11-26',
  '1.29': '2025-03-23',
  '1.30': '2025-07-23',
  '1.31': '2025-11-26',
  '1.32': '2026-03-23',
  '1.33': '2026-07-29',
  '1.34': '2026-12-02',
  '1.35': '2027-03-27',
};

const minor = (v: string) => Number(v.split('.')[1]);
const OLDEST = Math.min(...Object.keys(EKS_STANDARD_SUPPORT_END).map(minor));
const NEWEST = Math.max(...Object.keys(EKS_STANDARD_SUPPORT_END).map(minor));

export const EksSupportedVersion = defineRule<Facts>({
  id: 'EksSupportedVersion',
  title: 'EKS clusters run a Kubernetes version in standard support',
  description:
    'Once a version leaves standard support the cluster is on paid extended support and must be upgraded soon; past that it gets no security fixes at all (Cyber Essentials: supported software only).',
  severity: 'error',
  controls: { ncscCsp: ['5.1'], tenSteps: ['vulnerability-management'], cyberEssentials: ['security-update-management'] },
  configRule: 'EKS_CLUSTER_SUPPORTED_VERSION',
  remediation:
    'Upgrade the cluster (Version, one minor version at a time) to a version in standard support, and plan upgrades before each end-of-support date.',
  template: {
    resourceTypes: ['AWS::EKS::Cluster'],
    facts: (cluster) => ({ version: asString(cluster.get('Version')), today: new Date().toISOString().slice(0, 10) }),
  },
  configItem: {
    resourceTypes: ['AWS::EKS::Cluster'],
    facts: (cluster) => ({
      version: asString(recorded(cluster.configuration, 'Version')),
      today: new Date().toISOString().slice(0, 10),
    }),
  },
  evaluate({ version, today }) {
    if (isUnknown(version)) return needsReview(`Version is not known: ${version.reason}`);
    // Without Version EKS creates the cluster on its current default version.
    if (version === undefined) return pass('Version is not set, so EKS uses its current default version');
    const v = String(version);
    if (!/^1\.\d+$/.test(v)) return needsReview(`Version ${v} is not a Kubernetes minor version Palisade knows`);
    const end = EKS_STANDARD_SUPPORT_END[v];
    if (minor(v) < OLDEST) return fail(`Kubernetes ${v} is long out of support`);
    if (minor(v) > NEWEST) return pass(`Kubernetes ${v} is newer than every version with a known end of support`);
    if (end <= today) return fail(`Kubernetes ${v} left standard support on ${end}`);
    return pass(`Kubernetes ${v} is in standard support until ${end}`);
  },
});
