import { defineRule, needsReview, pass } from '../../lib/engine/rule';
import { STACK_TYPE } from '../../lib/engine/template-index';
import { hasSnippetTransform, macrosOf, scopedTransformOf } from '../../lib/engine/transforms';

interface Facts {
  /** Template-level transforms other than AWS::LanguageExtensions (SAM, custom macros). */
  readonly macros: readonly string[];
  /** Resources an AWS transform rewrites (SAM's AWS::Serverless types, hosted secret rotation), which are not what deploys. */
  readonly rewritten: readonly string[];
  /** Resources holding an Fn::Transform snippet (AWS::Include or a macro). */
  readonly snippets: readonly string[];
  /** Parts no transform here could produce: a loop over a parameter, an included Resources section. */
  readonly unprocessed: readonly string[];
}

/**
 * A template whose transforms are not applied is not what CloudFormation deploys:
 * a macro can rewrite any resource, and SAM resources are not resources yet. This
 * rule makes that visible on the stack, so a run over such a template is never a
 * quiet pass; the engine also marks every affected resource's results undecided.
 */
export const TemplateTransformsProcessed = defineRule<Facts>({
  id: 'TemplateTransformsProcessed',
  title: 'Templates are checked as CloudFormation will deploy them, transforms applied',
  description:
    'A macro, AWS::Include or the SAM transform can add, remove or change any resource before deployment; checks on the unprocessed template would judge something that is never deployed.',
  severity: 'error',
  controls: { tenSteps: ['architecture-and-configuration'], cyberEssentials: ['secure-configuration'] },
  remediation:
    'Check the processed template: for SAM, `sam build` and the template it writes; for other macros, the Processed stage of the deployed stack’s template (aws cloudformation get-template --template-stage Processed). AWS::LanguageExtensions is expanded by Palisade itself.',
  template: {
    resourceTypes: [STACK_TYPE],
    facts(_stack, { index }) {
      const body = index.template.body;
      return {
        macros: macrosOf(body),
        rewritten: index.resources
          .filter((r) => r.type.startsWith('AWS::Serverless::') || scopedTransformOf(body, r.type, r.raw.Properties))
          .map((r) => r.logicalId),
        snippets: index.resources.filter((r) => hasSnippetTransform(r.raw)).map((r) => r.logicalId),
        unprocessed: (index.template.unprocessed ?? []).map((p) => p.reason),
      };
    },
  },
  evaluate({ macros, rewritten, snippets, unprocessed }) {
    const open = [
      ...(macros.length ? [`Transform ${macros.join(', ')} is applied by CloudFormation at deployment`] : []),
      ...(rewritten.length
        ? [
            `${rewritten.length} resource(s) (${rewritten.slice(0, 3).join(', ')}) are rewritten by an AWS transform before deployment`,
          ]
        : []),
      ...(snippets.length ? [`Fn::Transform in ${snippets.slice(0, 3).join(', ')}`] : []),
      ...unprocessed,
    ];
    if (open.length) return needsReview(`the template is not what CloudFormation deploys: ${open.join('; ')}`);
    return pass('no transform is left to CloudFormation: the template is checked as it deploys');
  },
});
