/**
 * Regions that may hold NHS data by default (DAT-07): London. Others need a
 * declared exception, acknowledged on the finding with the reason.
 */
export const APPROVED_REGIONS: readonly string[] = ['eu-west-2'];

/** The region field of an ARN (`arn:partition:service:region:account:…`), when it is written literally. */
export function regionOfArn(arn: string): string | undefined {
  // Placeholders such as ${AWS::Partition} contain colons of their own.
  const parts = arn.replace(/\$\{[^}]*\}/g, '${}').split(':');
  const region = parts.length >= 6 ? parts[3] : undefined;
  return region && !region.includes('${') ? region : undefined;
}
