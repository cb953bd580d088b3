import { TransferServerNoFtp as rule } from '../../../rules/transfer/TransferServerNoFtp';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const server = (protocols?: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: { S: { Type: 'AWS::Transfer::Server', Properties: protocols === undefined ? {} : { Protocols: protocols } } },
  });

describe('TransferServerNoFtp', () => {
  it('passes SFTP and FTPS', () => expect(statusOf(rule, 'S', server(['SFTP', 'FTPS']))).toBe('COMPLIANT'));
  it('passes when Protocols is absent (SFTP by default)', () => expect(statusOf(rule, 'S', server())).toBe('COMPLIANT'));
  it('fails when FTP is offered', () => expect(statusOf(rule, 'S', server(['SFTP', 'FTP']))).toBe('NON_COMPLIANT'));
  it('needs review when Protocols is a parameter', () => expect(statusOf(rule, 'S', server(PARAM))).toBe('INSUFFICIENT_DATA'));
});
