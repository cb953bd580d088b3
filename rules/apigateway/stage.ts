import { ConfigItem, ConfigScope } from '../../lib/engine/config-item';
import { Maybe, asString, field, listOf, recorded } from '../../lib/engine/facts';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

export const STAGE = 'AWS::ApiGateway::Stage';
const REST_API = 'AWS::ApiGateway::RestApi';

/** One MethodSettings entry in the CloudFormation shape: ResourcePath, HttpMethod and the settings by name. */
export interface MethodSetting {
  readonly path: Maybe<string>;
  readonly method: Maybe<string>;
  readonly get: (key: string) => unknown;
}

/** A stage's MethodSettings as the template lists them. */
export function methodSettings(stage: TemplateResource): MethodSetting[] | Unknown {
  const list = listOf(stage.get('MethodSettings'));
  if (isUnknown(list)) return list;
  return list.map((s) => ({
    path: asString(field(s, 'ResourcePath')),
    method: asString(field(s, 'HttpMethod')),
    get: (key: string) => field(s, key),
  }));
}

/**
 * A stage item's method settings. GetStage returns them as a map keyed by
 * `resourcePath/httpMethod`, the path's slashes written `~1` (`*\/*` is the
 * stage-wide entry), with lowerCamelCase settings; they become the template's
 * ResourcePath/HttpMethod pairs and PascalCase keys here.
 */
export function methodSettingsOfItem(item: ConfigItem): MethodSetting[] | Unknown {
  const map = recorded(item.configuration, 'methodSettings');
  if (isUnknown(map)) return map;
  if (map === null) return [];
  if (typeof map !== 'object' || Array.isArray(map)) return new Unknown('the recorded method settings are not a map');
  return Object.entries(map as Record<string, unknown>).map(([key, value]) => {
    const cut = key.lastIndexOf('/');
    const path = key.slice(0, cut).replace(/~1/g, '/');
    return {
      path: path.startsWith('/') ? path : `/${path}`,
      method: key.slice(cut + 1),
      get: (k: string) => field(value, k.charAt(0).toLowerCase() + k.slice(1)),
    };
  });
}

/** The endpoint types of the REST API a stage item belongs to, from the related RestApi item. */
export function endpointTypesOfItem(stage: ConfigItem, scope: ConfigScope): Array<Maybe<string>> | Unknown {
  const relation = stage.relationships.find((r) => r.resourceType === REST_API);
  const id = relation?.resourceId ?? /\/restapis\/([^/]+)\//.exec(stage.resourceId)?.[1];
  if (id === undefined) return new Unknown('the stage item does not name its REST API');
  if (!scope.records(REST_API)) return new Unknown(`REST APIs are not recorded, so the endpoint type of ${id} cannot be read`);
  const api = scope.get(REST_API, id) ?? scope.get(REST_API, id.split('/').pop()!);
  if (!api) return new Unknown(`REST API ${id} is not among the scanned items`);
  const types = listOf(recorded(api.configuration, 'endpointConfiguration.types'));
  return isUnknown(types) ? types : types.length ? types.map(asString) : ['EDGE'];
}
