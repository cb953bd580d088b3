import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/** The REST API a stage or method belongs to, or an Unknown when the template does not define it. */
export function restApiOf(resource: TemplateResource, index: TemplateIndex): TemplateResource | Unknown {
  const id = resource.get('RestApiId');
  const api = index.target(id);
  if (api?.type === 'AWS::ApiGateway::RestApi') return api;
  return new Unknown(
    `the REST API of ${resource.logicalId} is not defined in this template${isUnknown(id) ? `: ${id.reason}` : ''}`,
  );
}
