import { ConfigItem } from '../../lib/engine/config-item';
import { Maybe, asString, recorded } from '../../lib/engine/facts';
import { Verdict, needsReview, notApplicable } from '../../lib/engine/rule';
import { isUnknown, unknownsIn } from '../../lib/engine/unknown';

/*
 * AWS Config records DocumentDB and Neptune clusters as AWS::RDS::DBCluster (one RDS
 * API serves all three), told apart by their engine. A DocumentDB or Neptune rule
 * reads every recorded cluster and judges only those of its engine; a template
 * names the engine by its resource type.
 */

export const RDS_CLUSTER = 'AWS::RDS::DBCluster';

/** A cluster check's facts with the cluster's engine (`docdb`, `neptune`, `aurora-mysql` …). */
export type OnEngine<F> = F & { readonly engine: Maybe<string> };

/** A configItem adapter over recorded RDS clusters, reading the check's facts from the configuration. */
export function clusterItems<F>(read: (configuration: Readonly<Record<string, unknown>>) => F) {
  return {
    resourceTypes: [RDS_CLUSTER],
    facts: (item: ConfigItem): OnEngine<F> => ({
      ...read(item.configuration),
      engine: asString(recorded(item.configuration, 'engine')),
    }),
  };
}

/** The check's verdict on clusters of `engine`; clusters of any other engine are not its concern. */
export function onEngine<F>(engine: string, name: string, evaluate: (facts: F) => Verdict) {
  return (facts: OnEngine<F>): Verdict => {
    if (isUnknown(facts.engine)) return needsReview(`the cluster’s engine is not known: ${facts.engine.reason}`);
    if (facts.engine !== engine)
      return notApplicable(`the cluster runs ${facts.engine ?? 'another engine'}, not ${name}`, unknownsIn(facts));
    return evaluate(facts);
  };
}
