import { Template } from '../../../lib/engine/model';
import { PARAMETERS, template } from '../harness';

/** A template with a Redshift cluster called Cluster (plus any other resources). */
export function cluster(props: Record<string, unknown>, resources: Record<string, unknown> = {}): Template {
  return template({
    Parameters: PARAMETERS,
    Resources: {
      Cluster: {
        Type: 'AWS::Redshift::Cluster',
        Properties: {
          ClusterType: 'multi-node',
          NodeType: 'ra3.xlplus',
          NumberOfNodes: 2,
          DBName: 'warehouse',
          MasterUsername: 'warehouse_admin',
          ...props,
        },
      },
      ...resources,
    } as never,
  });
}
