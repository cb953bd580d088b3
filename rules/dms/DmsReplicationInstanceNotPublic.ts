import { Maybe, asBoolean, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether the instance has a public address. */
  readonly publiclyAccessible: Maybe<boolean>;
}

export const DmsReplicationInstanceNotPublic = defineRule<Facts>({
  id: 'DmsReplicationInstanceNotPublic',
  title: 'DMS replication instances are not publicly accessible',
  description:
    'A replication instance holds credentials for, and streams data between, the source and target databases; a public address exposes it to the internet.',
  severity: 'error',
  controls: {
    ncscCsp: ['2', '11'],
    tenSteps: ['architecture-and-configuration', 'data-security'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'DMS_REPLICATION_NOT_PUBLIC',
  remediation: 'Set PubliclyAccessible: false and place the instance in private subnets (CDK: publiclyAccessible: false).',
  template: {
    resourceTypes: ['AWS::DMS::ReplicationInstance'],
    facts: (instance) => ({ publiclyAccessible: asBoolean(instance.get('PubliclyAccessible')) }),
  },
  configItem: {
    resourceTypes: ['AWS::DMS::ReplicationInstance'],
    facts: ({ configuration: c }) => ({ publiclyAccessible: asBoolean(recorded(c, 'PubliclyAccessible')) }),
  },
  evaluate({ publiclyAccessible }) {
    if (isUnknown(publiclyAccessible))
      return needsReview(`whether the instance is publicly accessible is not known: ${publiclyAccessible.reason}`);
    if (publiclyAccessible === false) return pass('the replication instance is not publicly accessible');
    // DMS makes replication instances public unless told otherwise.
    return fail(
      publiclyAccessible
        ? 'the replication instance is publicly accessible'
        : 'public accessibility is not set, and DMS makes replication instances public by default',
    );
  },
});
