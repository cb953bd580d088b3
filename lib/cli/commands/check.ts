import { CATALOGUE } from '../../../rules/catalogue';
import { Rule } from '../../engine/rule';
import { InputError } from '../../errors';
import { finishRun } from '../../run/finish';
import { prepareRun, RunOptions } from '../../run/prepare';
import { evaluateTemplates, TemplateSourceOptions } from '../../run/templates';
import { IO } from '../io';

export type CheckOptions = RunOptions & TemplateSourceOptions;

/**
 * `palisade check <paths…>`: the run pipeline on templates and cloud
 * assemblies. Returns 0 (nothing at or above --fail-on) or 1 (something is),
 * or throws an InputError (2); everything the user gave is checked before any
 * template is read. The catalogue is a parameter so that tests can run on rules of their own.
 */
export function check(paths: string[], options: CheckOptions, io: IO, catalogue: readonly Rule[] = CATALOGUE): number {
  const plan = prepareRun(options, io, catalogue);
  if (paths.length === 0) throw new InputError('check: name at least one template, directory or cdk.out');
  return finishRun(plan, evaluateTemplates(paths, plan.rules, options, io), io);
}
