import { Rule } from '../../../lib/engine/rule';
import { Unknown } from '../../../lib/engine/unknown';
import { TransferServerNoFtp } from '../../../rules/transfer/TransferServerNoFtp';
import { decideOn } from '../harness';

const open = new Unknown('not known until deployment');

describe('decisions', () => {
  it.each<[string, Rule, unknown, string]>([
    ['sftp', TransferServerNoFtp, { protocols: ['SFTP'] }, 'COMPLIANT'],
    ['ftp', TransferServerNoFtp, { protocols: ['SFTP', 'FTP', open] }, 'NON_COMPLIANT'],
    ['protocol open', TransferServerNoFtp, { protocols: ['SFTP', open] }, 'INSUFFICIENT_DATA'],
    ['protocols open', TransferServerNoFtp, { protocols: open }, 'INSUFFICIENT_DATA'],
  ])('%s', (_, rule, facts, expected) => expect(decideOn(rule, facts)).toBe(expected));
});
