import { SsmDocumentNotPublic as rule } from '../../../rules/ssm/SsmDocumentNotPublic';
import { statusOf, template } from '../harness';

describe('SsmDocumentNotPublic', () => {
  it('passes a document created by CloudFormation (it cannot be shared from a template)', () => {
    expect(
      statusOf(
        rule,
        'Doc',
        template({ Doc: { Type: 'AWS::SSM::Document', Properties: { DocumentType: 'Command', Content: {} } } }),
      ),
    ).toBe('COMPLIANT');
  });
  it('fails when the facts (from a configuration item) show a share with all accounts', () => {
    expect(rule.evaluate({ sharedWith: ['all'] }).status).toBe('NON_COMPLIANT');
  });
  // No template value can leave this undecided: sharing is not a CloudFormation property.
});
