import { App, Aspects, CfnWaitConditionHandle, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { UkDataResidency } from '../../lib/constructs';

function stackIn(region: string | undefined, aspect: UkDataResidency): Stack {
  // CDK's built-in template validation is not under test (and costs seconds per synth).
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'S', region ? { env: { region } } : {});
  new CfnWaitConditionHandle(stack, 'Placeholder');
  Aspects.of(app).add(aspect);
  app.synth();
  return stack;
}

describe('UkDataResidency', () => {
  it('passes a stack in eu-west-2', () => {
    const a = Annotations.fromStack(stackIn('eu-west-2', new UkDataResidency()));
    a.hasNoError('*', Match.anyValue());
    a.hasNoWarning('*', Match.anyValue());
  });

  it('fails synthesis of a stack outside the allow-list', () => {
    Annotations.fromStack(stackIn('us-east-1', new UkDataResidency())).hasError(
      '/S',
      Match.stringLikeRegexp('bound to region us-east-1; allowed: eu-west-2'),
    );
  });

  it('accepts a region opted in with a reason, and says so', () => {
    const a = Annotations.fromStack(
      stackIn(
        'eu-west-1',
        new UkDataResidency({ exceptions: [{ region: 'eu-west-1', reason: 'DR copy, DPIA-2026-014 section 4' }] }),
      ),
    );
    a.hasNoError('*', Match.anyValue());
    a.hasWarning('/S', Match.stringLikeRegexp('by exception: DR copy, DPIA-2026-014'));
  });

  it('warns on an environment-agnostic stack, or fails it when asked to', () => {
    Annotations.fromStack(stackIn(undefined, new UkDataResidency())).hasWarning(
      '/S',
      Match.stringLikeRegexp('not bound to a region'),
    );
    Annotations.fromStack(stackIn(undefined, new UkDataResidency({ allowEnvironmentAgnostic: false }))).hasError(
      '/S',
      Match.stringLikeRegexp('not bound to a region'),
    );
  });

  it('rejects an exception without a reason, and a malformed region', () => {
    expect(() => new UkDataResidency({ exceptions: [{ region: 'eu-west-1', reason: ' ' }] })).toThrow(
      /^exceptions: region 'eu-west-1' has reason " "; give the reason/,
    );
    expect(() => new UkDataResidency({ allowedRegions: ['London'] })).toThrow(
      /^allowedRegions: "London" is not allowed; use region names such as 'eu-west-2'/,
    );
  });
});
