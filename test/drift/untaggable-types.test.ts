import * as cdk from 'aws-cdk-lib';
import { recordedType } from '../../lib/drift/declared';
import { CONFIG_TYPES } from '../../lib/drift/missing';
import { UNTAGGABLE_TYPES } from '../../lib/drift/untaggable-types';

/**
 * The list of types CloudFormation cannot tag is data: it must say what the
 * CloudFormation resource classes of aws-cdk-lib say (a class that can be
 * tagged makes a TagManager), for every type AWS Config records.
 */
describe('UNTAGGABLE_TYPES', () => {
  it('is every recorded type whose CloudFormation resource has no tags, and no other', () => {
    const recordable = new Set([...CONFIG_TYPES, 'AWS::Config::ConfigurationRecorder']);
    const untaggable = new Set<string>();
    for (const module of Object.values(cdk)) {
      if (!module || typeof module !== 'object') continue;
      for (const [name, cls] of Object.entries(module as Record<string, unknown>)) {
        const cfnType =
          typeof cls === 'function' && name.startsWith('Cfn')
            ? (cls as { CFN_RESOURCE_TYPE_NAME?: unknown }).CFN_RESOURCE_TYPE_NAME
            : undefined;
        if (typeof cfnType !== 'string') continue;
        const type = recordedType(cfnType);
        if (type !== undefined && recordable.has(type) && !/TagManager\(/.test(String(cls))) untaggable.add(type);
      }
    }
    expect([...UNTAGGABLE_TYPES].sort()).toEqual([...untaggable].sort());
    expect(UNTAGGABLE_TYPES).toContain('AWS::EC2::SubnetRouteTableAssociation');
    expect(UNTAGGABLE_TYPES).not.toContain('AWS::S3::Bucket');
  });
});
