import { ConfigItem } from '../../lib/engine/config-item';
import { Maybe, asNumber, asString, field, listOf, recorded } from '../../lib/engine/facts';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

export const DISTRIBUTION = 'AWS::CloudFront::Distribution';

/*
 * Rules read a distribution's configuration in the CloudFormation shape
 * (DistributionConfig). A template gives it directly; a configuration item gives
 * the CloudFront API's shape (lowerCamelCase, lists wrapped in {quantity, items}),
 * which `configOfItem` rewrites into the same shape once, so that every rule reads
 * both sources through one path.
 */

/** The DistributionConfig of a template resource. */
export function configOf(distribution: TemplateResource): unknown {
  return distribution.get('DistributionConfig');
}

/** The cache behaviours of a distribution (default first) with the origin each targets and its viewer protocol policy. */
export function behaviorsOf(config: unknown): Array<{ target: Maybe<string>; viewer: Maybe<string> }> | Unknown {
  if (isUnknown(config)) return config;
  const others = listOf(field(config, 'CacheBehaviors'));
  if (isUnknown(others)) return others;
  const defaultBehavior = field(config, 'DefaultCacheBehavior');
  const all = defaultBehavior === undefined ? others : [defaultBehavior, ...others];
  return all.map((b) => ({
    target: asString(field(b, 'TargetOriginId')),
    viewer: asString(field(b, 'ViewerProtocolPolicy')),
  }));
}

/** The origins of a distribution, as resolved items. */
export function originsOf(config: unknown): unknown[] | Unknown {
  if (isUnknown(config)) return config;
  return listOf(field(config, 'Origins'));
}

/** Origin ids by origin-group id, so behaviours that target a group reach its members. */
export function originGroupMembers(config: unknown): Map<string, unknown[]> {
  const groups = new Map<string, unknown[]>();
  const items = listOf(field(field(config, 'OriginGroups'), 'Items'));
  if (isUnknown(items)) return groups;
  for (const g of items) {
    const id = field(g, 'Id');
    const members = listOf(field(field(g, 'Members'), 'Items'));
    if (typeof id === 'string' && !isUnknown(members))
      groups.set(
        id,
        members.map((m) => field(m, 'OriginId')),
      );
  }
  return groups;
}

/** Member count of each origin group (Members.Quantity, or the length of Members.Items). */
export function originGroupSizes(config: unknown): Array<Maybe<number>> | Unknown {
  const groups = field(config, 'OriginGroups');
  if (isUnknown(groups)) return groups;
  const items = listOf(field(groups, 'Items'));
  if (isUnknown(items)) return items;
  return items.map((g) => {
    const members = field(g, 'Members');
    const quantity = asNumber(field(members, 'Quantity'));
    if (quantity !== undefined) return quantity;
    const list = listOf(field(members, 'Items'));
    return isUnknown(list) ? list : list.length;
  });
}

/** The distribution configuration of a Config item, rewritten into the CloudFormation shape. */
export function configOfItem(item: ConfigItem): unknown {
  const c = recorded(item.configuration, 'distributionConfig');
  if (isUnknown(c) || c === null || typeof c !== 'object') return c;
  const wrapped = (value: unknown, name: string): unknown[] | Unknown => {
    if (value === undefined) return new Unknown(`the configuration item does not record ${name}`);
    return listOf(field(value, 'items'));
  };
  const list = <T>(value: unknown[] | Unknown, map: (v: unknown) => T): T[] | Unknown =>
    isUnknown(value) ? value : value.map(map);
  const behavior = (b: unknown) => ({
    TargetOriginId: field(b, 'targetOriginId'),
    ViewerProtocolPolicy: field(b, 'viewerProtocolPolicy'),
  });
  /** A setting the API always returns (an empty string when unset): absent means the item does not say. */
  const always = (key: string): unknown => field(c, key) ?? new Unknown(`the configuration item does not record ${key}`);
  const viewer = field(c, 'viewerCertificate');
  const logging = field(c, 'logging');
  return {
    Origins: list(wrapped(field(c, 'origins'), 'origins'), (o) => {
      const custom = field(o, 'customOriginConfig');
      const s3 = field(o, 's3OriginConfig');
      return {
        Id: field(o, 'id'),
        DomainName: field(o, 'domainName'),
        OriginAccessControlId: field(o, 'originAccessControlId'),
        S3OriginConfig: s3 === undefined || s3 === null ? undefined : { OriginAccessIdentity: field(s3, 'originAccessIdentity') },
        CustomOriginConfig:
          custom === undefined || custom === null
            ? undefined
            : {
                OriginProtocolPolicy: field(custom, 'originProtocolPolicy'),
                OriginSSLProtocols: wrapped(field(custom, 'originSslProtocols'), 'originSslProtocols'),
              },
        VpcOriginConfig: field(o, 'vpcOriginConfig') ?? undefined,
      };
    }),
    DefaultCacheBehavior: behavior(field(c, 'defaultCacheBehavior')),
    CacheBehaviors: list(wrapped(field(c, 'cacheBehaviors'), 'cacheBehaviors'), behavior),
    OriginGroups: {
      Items: list(wrapped(field(c, 'originGroups'), 'originGroups'), (g) => ({
        Id: field(g, 'id'),
        Members: {
          Quantity: field(field(g, 'members'), 'quantity'),
          Items: list(listOf(field(field(g, 'members'), 'items')), (m) => ({ OriginId: field(m, 'originId') })),
        },
      })),
    },
    // The API always returns logging; only an enabled one counts as configured.
    Logging:
      logging === undefined
        ? new Unknown('the configuration item does not record logging')
        : field(logging, 'enabled') === true
          ? { Bucket: field(logging, 'bucket') }
          : undefined,
    DefaultRootObject: always('defaultRootObject'),
    ViewerCertificate:
      viewer === undefined
        ? new Unknown('the configuration item does not record the viewer certificate')
        : {
            CloudFrontDefaultCertificate: field(viewer, 'cloudFrontDefaultCertificate'),
            MinimumProtocolVersion: field(viewer, 'minimumProtocolVersion'),
          },
    WebACLId: always('webACLId'),
  };
}
