/**
 * What each control asks for, in our own words (after ../shared/research/controls.md
 * §1–4), keyed by the framework ids of the findings contract. Short on purpose:
 * the pack quotes them above the evidence, the frameworks' own texts stay the reference.
 */
export const REQUIREMENTS: Record<'ncscCsp' | 'tenSteps' | 'cyberEssentials' | 'internetFirst', Record<string, string>> = {
  cyberEssentials: {
    firewalls:
      'Inbound connections are blocked unless a documented business need allows them; every inbound rule is approved, described and removed when no longer needed; firewall administration is not open to the internet (or is protected by MFA or an allow-list).',
    'secure-configuration':
      'Unneeded accounts, software and services are removed or disabled; default and guessable passwords are changed; users and services are authenticated before they reach organisational data.',
    'security-update-management':
      'All software, including cloud services, runtimes and engines, is licensed and still supported; automatic updates are on where possible; high and critical fixes are applied within 14 days of release.',
    'user-access-control':
      'Every account is unique, approved and removed when no longer needed; multi-factor authentication is on wherever a cloud service offers it (an automatic fail otherwise); administrators use separate accounts, and privileges are the least needed.',
    'malware-protection':
      'Anti-malware that updates itself and blocks malicious sites runs on every in-scope server, or only approved, signed applications may run.',
  },
  ncscCsp: {
    '1': 'Data crossing any network is protected against interception and tampering, with authenticated endpoints.',
    '2': 'The data, and the assets that store or process it, are protected, including credentials, configuration and logs.',
    '2.1': 'The countries where data is stored, processed and managed, and the laws that apply there, are known.',
    '2.2': 'Sites hosting the service are physically protected against unauthorised access and tampering.',
    '2.3': 'Data at rest is encrypted with an approved algorithm, by default.',
    '2.4': 'Data is erased when resources are re-provisioned or on request, and media is sanitised at end of life.',
    '2.5':
      'Availability and recovery meet the business need without breaking residency, and data can be recovered after ransomware.',
    '3': 'Another customer of the cloud cannot reach or affect this service or its data.',
    '4': 'A security governance framework directs how the service is run, with named ownership at board level.',
    '5': 'The service is operated so that attacks are prevented, detected or impeded.',
    '5.1': 'Vulnerabilities in every component are found, triaged and fixed within agreed timescales.',
    '5.2': 'Audit events are generated and analysed to detect attacks and misuse, and acted on promptly.',
    '5.3': 'Incident processes are planned and used, and affected customers are told.',
    '5.4': 'Components and their configuration are tracked; changes are assessed, and unauthorised changes detected.',
    '6': 'People with access to data and systems are screened, trained, and their actions constrained and audited.',
    '6.1': 'Staff are screened and trained in line with their role and privileges.',
    '6.2': 'Technical measures log and limit what administrators can do.',
    '7': 'The service is designed, built and deployed so that threats to it are minimised.',
    '8': 'Third-party suppliers meet the principles the service claims.',
    '9': 'Access is managed through one account model with least-privilege, granular permissions, including management interfaces.',
    '10': 'Only authenticated and authorised people reach service interfaces, preferably with multi-factor authentication.',
    '11': 'Every external or less trusted interface is identified and defended.',
    '12': 'Administration systems are treated as high value and designed and run securely.',
    '13': 'Logs and alerts are available to detect incidents and show how and when they happened.',
    '13.1':
      'Audit data covers resource, configuration, authentication and data-access events, and cannot be deleted while retained.',
    '13.2': 'Attacks and vulnerabilities affecting the service raise alerts.',
    '14': 'The service is used in a way that protects the data.',
    '14.1': 'Secure defaults: nothing reachable without authentication, security features on unless turned off.',
    '14.2': 'All configuration is set and audited as code, with one view of every deployed resource.',
  },
  tenSteps: {
    'risk-management': 'Risks are owned and managed against a defined appetite, and decide which controls apply.',
    'engagement-and-training': 'Staff get role-based security training and an easy way to report problems.',
    'asset-management': 'Systems, data and services are known, with an owner and a business need each.',
    'architecture-and-configuration':
      'Systems are designed securely: segmented, minimal attack surface, secure baseline configuration.',
    'vulnerability-management': 'Software is supported and patched, and vulnerabilities are found and fixed in good time.',
    'identity-and-access-management':
      'Identities are managed through their lifecycle with strong authentication, MFA and least privilege.',
    'data-security': 'Data is protected in transit and at rest, backed up resiliently, and its location is known.',
    'logging-and-monitoring': 'The right logs are collected, protected and analysed, and raise alerts.',
    'incident-management': 'Incident response and recovery plans exist, are tested, and lessons are learned.',
    'supply-chain-security': 'Risk from suppliers and third-party access is understood and managed.',
  },
  internetFirst: {
    'IF-1': 'Internet connectivity passes boundary protection with context-based access control and a stateful firewall.',
    'IF-2': 'Anomalous network traffic is detected and reported.',
    'IF-3': 'A data protection impact assessment is completed before the service is offered over the internet.',
  },
};

/**
 * Requirements no configuration can show, so the pack asks for an attestation
 * in evidence.yaml: what the statement must cover. Principles no rule maps to
 * are added to these (see evidenceOnlyPrinciples).
 */
export const PROCESS_REQUIREMENTS: ReadonlyArray<{ framework: keyof typeof REQUIREMENTS; id: string; asks: string }> = [
  { framework: 'internetFirst', id: 'IF-3', asks: 'the DPIA, its sign-off date before go-live, and where it is kept' },
  {
    framework: 'tenSteps',
    id: 'engagement-and-training',
    asks: 'security training completed by staff, and the route to report concerns',
  },
  { framework: 'tenSteps', id: 'incident-management', asks: 'the incident response plan and when it was last exercised' },
  { framework: 'tenSteps', id: 'supply-chain-security', asks: 'supplier contracts that make suppliers accountable for security' },
  { framework: 'ncscCsp', id: '4', asks: 'the security governance framework and its board-level owner' },
  { framework: 'ncscCsp', id: '6', asks: 'staff screening and role-based training records' },
  { framework: 'ncscCsp', id: '8', asks: 'supplier assurance: contracts and the suppliers’ certifications' },
  {
    framework: 'cyberEssentials',
    id: 'user-access-control',
    asks: 'MFA for every user: the IAM credential report (root and IAM users) and the IAM Identity Center MFA setting, which AWS Config does not record',
  },
];
