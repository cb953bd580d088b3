import { Maybe, Tri, asString, hasProperty } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { valueAt } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';
import { RUNTIME_DEPRECATION, isDeprecated } from './runtimes';

interface Facts {
  readonly runtime: Maybe<string>;
  /** Zip or Image; container images bring their own runtime. */
  readonly packageType: Maybe<string>;
  /** Whether the code is a container image URI. */
  readonly imageUri: Tri;
  /** The date of the evaluation (yyyy-mm-dd): deprecation depends on it. */
  readonly today: string;
}

export const LambdaSupportedRuntime = defineRule<Facts>({
  id: 'LambdaSupportedRuntime',
  title: 'Lambda functions use a runtime AWS still patches',
  description:
    'After a runtime’s deprecation date AWS stops patching its language and OS; Cyber Essentials requires software to be supported and updated within 14 days of a fix.',
  severity: 'error',
  controls: { ncscCsp: ['5.1'], tenSteps: ['vulnerability-management'], cyberEssentials: ['security-update-management'] },
  configRule: 'LAMBDA_FUNCTION_SETTINGS_CHECK',
  remediation:
    'Move to a supported runtime (for example nodejs22.x, python3.13, java21; CDK: Runtime.NODEJS_LATEST) and test before the deprecation date.',
  template: {
    resourceTypes: ['AWS::Lambda::Function'],
    facts: (fn) => ({
      runtime: asString(fn.get('Runtime')),
      packageType: asString(fn.get('PackageType')),
      imageUri: hasProperty(fn, 'Code.ImageUri'),
      today: new Date().toISOString().slice(0, 10),
    }),
  },
  configItem: {
    resourceTypes: ['AWS::Lambda::Function'],
    // The API reports the package type of every function, so an image function is known by it alone.
    facts: (item) => ({
      runtime: asString(valueAt(item.configuration, 'runtime')),
      packageType: asString(valueAt(item.configuration, 'packageType')),
      imageUri: false,
      today: new Date().toISOString().slice(0, 10),
    }),
  },
  evaluate({ runtime, packageType, imageUri, today }) {
    if (packageType === 'Image' || (packageType === undefined && imageUri === true))
      return notApplicable('container image functions bring their own runtime');
    // Whether or not the function turns out to be an image, a deprecated runtime on a zip function fails.
    if (isUnknown(runtime)) return needsReview(`the runtime is not known: ${runtime.reason}`);
    if (runtime === undefined) return needsReview('no runtime is set');
    const deprecated = isDeprecated(runtime, today);
    if (deprecated === undefined)
      return needsReview(`runtime ${runtime} is not in Palisade's runtime list; check its deprecation date with AWS`);
    if (deprecated)
      return fail(`runtime ${runtime} was deprecated on ${RUNTIME_DEPRECATION[runtime]} and no longer receives security patches`);
    if (isUnknown(packageType)) return needsReview(`the package type is not known: ${packageType.reason}`);
    return pass(`runtime ${runtime} is supported until ${RUNTIME_DEPRECATION[runtime]}`, isUnknown(imageUri) ? [imageUri] : []);
  },
});
