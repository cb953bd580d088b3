import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { asList } from '../rds/values';

interface Facts {
  readonly protocols: unknown[] | Unknown;
}

export const TransferServerNoFtp = defineRule<Facts>({
  id: 'TransferServerNoFtp',
  title: 'Transfer Family servers do not offer plain FTP',
  description: 'FTP sends credentials and files in clear text; partners exchanging patient data must use SFTP, FTPS or AS2.',
  severity: 'error',
  controls: { ncscCsp: ['1', '2.5'], tenSteps: ['data-security'], cyberEssentials: ['secure-configuration'] },
  configRule: 'TRANSFER_FAMILY_SERVER_NO_FTP',
  remediation: 'Remove FTP from Protocols and offer SFTP or FTPS instead (CDK: protocols: ["SFTP"]).',
  template: {
    resourceTypes: ['AWS::Transfer::Server'],
    facts: (server) => ({ protocols: asList(server.get('Protocols')) }),
  },
  evaluate({ protocols }) {
    if (isUnknown(protocols)) return needsReview(`Protocols is not known: ${protocols.reason}`);
    if (protocols.some((p) => typeof p === 'string' && p.toUpperCase() === 'FTP')) return fail('Protocols includes FTP');
    const undecided = protocols.find(isUnknown);
    if (undecided) return needsReview(`a protocol is not known: ${undecided.reason}`);
    return pass(protocols.length ? `offers ${protocols.join(', ')}` : 'Protocols is not set, so the server offers SFTP only');
  },
});
