import { defineRule, fail, pass } from '../../lib/engine/rule';

interface Facts {
  /** Account ids the document is shared with; `all` means public. */
  readonly sharedWith: string[];
}

export const SsmDocumentNotPublic = defineRule<Facts>({
  id: 'SsmDocumentNotPublic',
  title: 'SSM documents are not shared publicly',
  description: 'A public SSM document exposes its commands, scripts and any embedded configuration to every AWS account.',
  severity: 'error',
  controls: { ncscCsp: ['2', '11'], tenSteps: ['data-security'] },
  configRule: 'SSM_DOCUMENT_NOT_PUBLIC',
  remediation:
    'Remove the public share (aws ssm modify-document-permission --permission-type Share --account-ids-to-remove all) and enable the account’s block public sharing setting.',
  template: {
    resourceTypes: ['AWS::SSM::Document'],
    // CloudFormation cannot share a document: one it creates is private, and only a later
    // ModifyDocumentPermission call (seen at runtime through AWS Config) can make it public.
    facts: () => ({ sharedWith: [] }),
  },
  evaluate({ sharedWith }) {
    if (sharedWith.includes('all')) return fail('the document is shared with all accounts');
    return pass(sharedWith.length ? `shared only with ${sharedWith.join(', ')}` : 'the document is private');
  },
});
