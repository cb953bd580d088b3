import { Maybe, asNumber } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { valueAt } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly reserved: Maybe<number>;
}

export const LambdaConcurrencyLimit = defineRule<Facts>({
  id: 'LambdaConcurrencyLimit',
  title: 'Lambda functions reserve a concurrency limit',
  description:
    'Without reserved concurrency one flooded function can take the whole account’s concurrency and starve every other function (denial of service), and run up unbounded cost.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['architecture-and-configuration'] },
  configRule: 'LAMBDA_CONCURRENCY_CHECK',
  remediation: 'Set ReservedConcurrentExecutions to the function’s expected peak (CDK: reservedConcurrentExecutions).',
  template: {
    resourceTypes: ['AWS::Lambda::Function'],
    facts: (fn) => ({ reserved: asNumber(fn.get('ReservedConcurrentExecutions')) }),
  },
  // Config records the reservation as a supplementary value, only when there is one.
  configItem: {
    resourceTypes: ['AWS::Lambda::Function'],
    facts: (fn) => ({ reserved: asNumber(valueAt(fn.supplementaryConfiguration, 'Concurrency.reservedConcurrentExecutions')) }),
  },
  evaluate({ reserved }) {
    if (isUnknown(reserved)) return needsReview(`ReservedConcurrentExecutions is not known: ${reserved.reason}`);
    if (reserved === undefined) return fail('ReservedConcurrentExecutions is not set');
    return pass(`reserved concurrency is ${String(reserved)}`);
  },
});
