import { Maybe, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly authType: Maybe<string>;
}

export const LambdaFunctionUrlAuth = defineRule<Facts>({
  id: 'LambdaFunctionUrlAuth',
  title: 'Lambda function URLs require IAM authentication',
  description:
    'A function URL with AuthType NONE is a public HTTPS endpoint with no authentication, no WAF and no throttling in front of it, outside the service boundary.',
  severity: 'error',
  controls: {
    ncscCsp: ['11', '10', '14.1'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls', 'secure-configuration'],
    internetFirst: ['IF-1'],
  },
  remediation:
    'Set AuthType: AWS_IAM (CDK: authType: FunctionUrlAuthType.AWS_IAM) and put CloudFront with origin access control and WAF in front for public traffic.',
  template: {
    resourceTypes: ['AWS::Lambda::Url'],
    facts: (url) => ({ authType: asString(url.get('AuthType')) }),
  },
  evaluate({ authType }) {
    if (isUnknown(authType)) return needsReview(`AuthType is not known: ${authType.reason}`);
    if (authType === 'AWS_IAM') return pass('the function URL requires IAM authentication');
    return fail(`AuthType is ${authType === undefined ? 'not set' : String(authType)}, so the function URL is public`);
  },
});
