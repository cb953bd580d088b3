/**
 * AWS Config limits a conformance pack must respect. Sources:
 * - rules per pack (single-account and organisation packs alike): "Service Limits" in the
 *   AWS Config Developer Guide (docs.aws.amazon.com/config/latest/developerguide/configlimits.html,
 *   archived copy of 2023-04-21; not adjustable); AWS trimmed its own sample packs to 130 in
 *   awslabs/aws-config-rules PR #433 (2025-01) after a 131-rule pack failed to deploy (issue #430);
 * - TemplateBody: PutConformancePack and PutOrganizationConformancePack API references, at most
 *   51,200 bytes (a template in S3 may be 300 KB; we always inline);
 * - Description and InputParameters: the ConfigRule API type (EmptiableStringWithCharLimit256 and
 *   StringWithCharLimit1024); ComplianceResourceTypes: at most 100 entries.
 */
export const LIMITS = {
  rulesPerPack: 130,
  templateBodyBytes: 51_200,
  descriptionChars: 256,
  inputParametersChars: 1024,
  scopeResourceTypes: 100,
  /** Conformance pack names: 1 to 256 characters matching [a-zA-Z][-a-zA-Z0-9]* (DescribeConformancePackCompliance). */
  packNameChars: 256,
  /** ConfigRuleName: 1 to 128 characters. */
  ruleNameChars: 128,
} as const;
