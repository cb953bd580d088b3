import { Rule } from '../../../lib/engine/rule';
import { Unknown } from '../../../lib/engine/unknown';

import { EksControlPlaneLogging } from '../../../rules/eks/EksControlPlaneLogging';
import { EksEndpointNoPublicAccess, isWholeInternet } from '../../../rules/eks/EksEndpointNoPublicAccess';
import { EksSecretsEncrypted } from '../../../rules/eks/EksSecretsEncrypted';
import { EksSupportedVersion } from '../../../rules/eks/EksSupportedVersion';
import { decideOn } from '../harness';

const open = new Unknown('not known until deployment');

describe('decisions', () => {
  it.each<[string, Rule, unknown, string]>([
    ['all logs', EksControlPlaneLogging, { enabled: ['api', 'audit', 'authenticator'] }, 'COMPLIANT'],
    ['audit missing', EksControlPlaneLogging, { enabled: ['api', 'authenticator'] }, 'NON_COMPLIANT'],
    ['audit may be the open one', EksControlPlaneLogging, { enabled: ['api', 'authenticator', open] }, 'INSUFFICIENT_DATA'],
    ['two missing, one open', EksControlPlaneLogging, { enabled: ['api', open] }, 'NON_COMPLIANT'],
    ['all logs plus an open one', EksControlPlaneLogging, { enabled: ['api', 'audit', 'authenticator', open] }, 'COMPLIANT'],
    ['private endpoint', EksEndpointNoPublicAccess, { publicAccess: false, publicCidrs: open }, 'COMPLIANT'],
    ['public by default', EksEndpointNoPublicAccess, { publicAccess: undefined, publicCidrs: [] }, 'NON_COMPLIANT'],
    ['public to ::0/0', EksEndpointNoPublicAccess, { publicAccess: true, publicCidrs: ['::0/0'] }, 'NON_COMPLIANT'],
    ['public to a named range', EksEndpointNoPublicAccess, { publicAccess: true, publicCidrs: ['203.0.113.0/24'] }, 'COMPLIANT'],
    ['public to an open range', EksEndpointNoPublicAccess, { publicAccess: true, publicCidrs: [open] }, 'INSUFFICIENT_DATA'],
    ['public access open', EksEndpointNoPublicAccess, { publicAccess: open, publicCidrs: [] }, 'INSUFFICIENT_DATA'],
    ['secrets encrypted', EksSecretsEncrypted, { configs: [{ secrets: true, key: true }] }, 'COMPLIANT'],
    ['no encryption', EksSecretsEncrypted, { configs: [] }, 'NON_COMPLIANT'],
    ['key open', EksSecretsEncrypted, { configs: [{ secrets: true, key: open }] }, 'INSUFFICIENT_DATA'],
    ['encryption open', EksSecretsEncrypted, { configs: open }, 'INSUFFICIENT_DATA'],
    ['version current', EksSupportedVersion, { version: '1.99', today: '2026-01-01' }, 'COMPLIANT'],
    ['version old', EksSupportedVersion, { version: '1.27', today: '2026-01-01' }, 'NON_COMPLIANT'],
    ['version open', EksSupportedVersion, { version: open, today: '2026-01-01' }, 'INSUFFICIENT_DATA'],
  ])('%s', (_, rule, facts, expected) => expect(decideOn(rule, facts)).toBe(expected));

  it.each([
    ['0.0.0.0/0', true],
    ['0:0:0:0:0:0:0:0/0', true],
    ['0::/0', true],
    ['10.0.0.0/8', false],
    ['not a range', false],
  ])('%s is the whole internet: %s', (cidr, expected) => expect(isWholeInternet(cidr)).toBe(expected));
});
