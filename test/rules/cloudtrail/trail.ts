import { Template } from '../../../lib/engine/model';
import { PARAMETERS, template } from '../harness';

/** A template with a trail (IsLogging true) plus extra properties and resources. */
export function trailTemplate(
  props: Record<string, unknown>,
  resources: Record<string, unknown> = {},
  options: { stack?: string; account?: string; region?: string } = {},
): Template {
  return template(
    {
      Parameters: PARAMETERS,
      Conditions: { Maybe: { 'Fn::Equals': [{ Ref: 'Input' }, 'yes'] } },
      Resources: {
        Trail: { Type: 'AWS::CloudTrail::Trail', Properties: { S3BucketName: 'audit-bucket', IsLogging: true, ...props } },
        ...resources,
      } as never,
    },
    options,
  );
}
