import { Stack, Token } from 'aws-cdk-lib';
import * as config from 'aws-cdk-lib/aws-config';
import { Construct } from 'constructs';
import { PACKS, PackId } from '../../rules/frameworks';
import { ConformancePack, conformancePacks } from '../conformance/pack';
import { InputError } from '../errors';
import { invalidProp, isKnown, warnWeakened } from './support';

export interface CompliancePackProps {
  /** The Palisade pack whose managed-rule twins are deployed: ncsc-csp, ten-steps, cyber-essentials, internet-first or all. */
  readonly pack: string;
  /**
   * Deploy to every account of the organisation (`AWS::Config::OrganizationConformancePack`,
   * from the management or delegated administrator account) instead of this account.
   * @default false
   */
  readonly organization?: boolean;
  /** With `organization`: accounts left out. @default - none */
  readonly excludedAccounts?: string[];
  /**
   * Region whose managed-rule availability decides what is left out (rules AWS does
   * not offer there would fail the deployment). @default - the stack's region; with an
   * unresolved region nothing is left out
   */
  readonly region?: string;
  /** Day for dated parameters (supported Lambda runtimes, Kubernetes versions), yyyy-mm-dd. @default - today */
  readonly evaluationDate?: string;
}

/**
 * The AWS Config conformance pack(s) of the managed rules a Palisade pack mirrors,
 * with Palisade's thresholds as input parameters: continuous evaluation inside AWS,
 * in this account or across the organisation. AWS allows 130 rules and a
 * 51,200-byte template per pack, so a large pack deploys as several, numbered
 * `palisade-<pack>-1`, `-2`… (children `Pack1`, `Pack2`…). Rules with no managed
 * twin need Palisade's own Config rules; they are not in a conformance pack.
 */
export class CompliancePack extends Construct {
  /** The conformance packs deployed, in order. */
  public readonly packs: readonly (config.CfnConformancePack | config.CfnOrganizationConformancePack)[];
  /** Managed rules left out because the region does not offer them (or its availability is not recorded). */
  public readonly omittedRules: readonly string[];

  constructor(scope: Construct, id: string, props: CompliancePackProps) {
    super(scope, id);
    if (!(props.pack in PACKS)) invalidProp(this, 'pack', props.pack, `use one of ${Object.keys(PACKS).join(', ')}`);
    if (props.excludedAccounts && !props.organization) {
      invalidProp(this, 'excludedAccounts', props.excludedAccounts, 'it applies only with organization: true');
    }
    const today = props.evaluationDate ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) invalidProp(this, 'evaluationDate', today, 'use yyyy-mm-dd');

    const stackRegion = Stack.of(this).region;
    const region = props.region ?? (Token.isUnresolved(stackRegion) ? undefined : stackRegion);
    let generated;
    try {
      generated = conformancePacks(props.pack as PackId, { region: isKnown(region) ? region : undefined, today });
    } catch (e) {
      if (e instanceof InputError) invalidProp(this, 'region', region, e.message.replace(/^--region \S+: /, ''));
      throw e;
    }
    this.omittedRules = generated.omitted.map((o) => o.configRule);
    if (generated.omitted.length > 0) {
      warnWeakened(
        this,
        'compliance-pack',
        'rules-left-out',
        `${generated.omitted.length} managed rules left out for ${region}: ` +
          generated.omitted.map((o) => `${o.configRule} (${o.reason})`).join(', '),
      );
    }
    this.packs = generated.packs.map((p, i) => this.deploy(p, i + 1, props));
  }

  private deploy(pack: ConformancePack, n: number, props: CompliancePackProps) {
    if (props.organization) {
      return new config.CfnOrganizationConformancePack(this, `Pack${n}`, {
        organizationConformancePackName: pack.name,
        templateBody: pack.body,
        excludedAccounts: props.excludedAccounts,
      });
    }
    return new config.CfnConformancePack(this, `Pack${n}`, { conformancePackName: pack.name, templateBody: pack.body });
  }
}
