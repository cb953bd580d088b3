import { Template } from '../../../lib/engine/model';
import { PARAMETERS, template } from '../harness';

/** A template with one domain of the given type, called Domain, and a log group called Logs. */
export function domain(type: string, props: Record<string, unknown>): Template {
  return template({
    Parameters: PARAMETERS,
    Resources: { Logs: { Type: 'AWS::Logs::LogGroup' }, Domain: { Type: type, Properties: props } },
  });
}

export const OPENSEARCH = 'AWS::OpenSearchService::Domain';
export const ELASTICSEARCH = 'AWS::Elasticsearch::Domain';
