import { Maybe, asString, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly protocols: Maybe<string>[] | Unknown;
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
    facts(server) {
      const list = listOf(server.get('Protocols'));
      return { protocols: isUnknown(list) ? list : list.map(asString) };
    },
  },
  evaluate({ protocols }) {
    if (isUnknown(protocols)) return needsReview(`the protocols are not known: ${protocols.reason}`);
    if (protocols.some((p) => typeof p === 'string' && p.toUpperCase() === 'FTP')) return fail('the server offers plain FTP');
    const undecided = protocols.find(isUnknown);
    if (undecided) return needsReview(`a protocol is not known: ${undecided.reason}`);
    return pass(protocols.length ? `offers ${protocols.join(', ')}` : 'no protocol is set, so the server offers SFTP only');
  },
});
