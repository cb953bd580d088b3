import { PartialString } from '../../lib/engine/intrinsics';

/**
 * Regions that may hold NHS data by default (DAT-07): London. Others need a
 * declared exception, acknowledged on the finding with the reason.
 */
export const APPROVED_REGIONS: readonly string[] = ['eu-west-2'];

/**
 * The region field of an ARN (`arn:partition:service:region:account:…`), when it is
 * written literally: in a string built with Fn::Sub or Fn::Join only that field must be
 * literal, whatever the unknown partition or account are.
 */
export function regionOfArn(arn: unknown): string | undefined {
  const text = typeof arn === 'string' ? arn : arn instanceof PartialString ? arn.text : undefined;
  if (text === undefined) return undefined;
  // Placeholders such as ${AWS::Partition} contain colons of their own.
  const parts = text.replace(/\$\{[^}]*\}/g, '${}').split(':');
  const region = parts.length >= 6 ? parts[3] : undefined;
  return region && !region.includes('${') ? region : undefined;
}
