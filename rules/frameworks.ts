import type { CyberEssentialsControl, InternetFirstRequirement, TenStep } from '../lib/engine/model';

/** NCSC Cloud Security Principles, version 2.1 numbering (sub-principles imply their principle). */
export const NCSC_CSP: Record<string, string> = {
  '1': 'Data in transit protection',
  '2': 'Asset protection and resilience',
  '2.1': 'Physical location and legal jurisdiction',
  '2.2': 'Data centre security',
  '2.3': 'Data encryption',
  '2.4': 'Data sanitisation and equipment disposal',
  '2.5': 'Physical resilience and availability',
  '3': 'Separation between customers',
  '4': 'Governance framework',
  '5': 'Operational security',
  '5.1': 'Vulnerability management',
  '5.2': 'Protective monitoring',
  '5.3': 'Incident management',
  '5.4': 'Configuration and change management',
  '6': 'Personnel security',
  '6.1': 'People and security culture',
  '6.2': 'Technical controls for service administration',
  '7': 'Secure development',
  '8': 'Supply chain security',
  '9': 'Secure user management',
  '10': 'Identity and authentication',
  '11': 'External interface protection',
  '12': 'Secure service administration',
  '13': 'Audit information and alerting for customers',
  '13.1': 'Audit information',
  '13.2': 'Security alerts',
  '14': 'Secure use of the service',
  '14.1': 'Security by design and by default',
  '14.2': 'Help customers meet their security responsibilities',
};

/** Principles that are about the provider's processes and people: evidenced by documents, not configuration. */
export const NCSC_CSP_EVIDENCE_ONLY: Record<string, string> = {
  '4': 'Governance framework: the supplier’s security governance, evidenced by policy documents and board ownership.',
  '6': 'Personnel security: screening and training of staff, evidenced by HR records (CloudTrail shows what administrators did, which rules under 13 cover).',
  '8': 'Supply chain security: third-party assurance, evidenced by supplier contracts and their certifications.',
};

export const TEN_STEPS: Record<TenStep, string> = {
  'risk-management': 'Risk management',
  'engagement-and-training': 'Engagement and training',
  'asset-management': 'Asset management',
  'architecture-and-configuration': 'Architecture and configuration',
  'vulnerability-management': 'Vulnerability management',
  'identity-and-access-management': 'Identity and access management',
  'data-security': 'Data security',
  'logging-and-monitoring': 'Logging and monitoring',
  'incident-management': 'Incident management',
  'supply-chain-security': 'Supply chain security',
};

export const CYBER_ESSENTIALS: Record<CyberEssentialsControl, string> = {
  firewalls: 'Firewalls',
  'secure-configuration': 'Secure configuration',
  'security-update-management': 'Security update management',
  'user-access-control': 'User access control',
  'malware-protection': 'Malware protection',
};

export const INTERNET_FIRST: Record<InternetFirstRequirement, string> = {
  'IF-1': 'Boundary protection with context-based access control and a stateful firewall',
  'IF-2': 'Detection and reporting of anomalous network traffic',
  'IF-3': 'Data protection impact assessment before the service goes live',
};

/** The packs, as filters over the catalogue: a rule belongs to a pack when it evidences that framework. */
export const PACKS = {
  'ncsc-csp': { name: 'NcscCloudSecurityPrinciplesChecks', framework: 'ncscCsp' },
  'ten-steps': { name: 'NcscTenStepsChecks', framework: 'tenSteps' },
  'cyber-essentials': { name: 'CyberEssentialsChecks', framework: 'cyberEssentials' },
  'internet-first': { name: 'InternetFirstChecks', framework: 'internetFirst' },
  all: { name: 'PalisadeChecks', framework: undefined },
} as const;

export type PackId = keyof typeof PACKS;
