import { Maybe, asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { V2, attribute, attributeOfItem, lbType, lbTypeOfItem } from './load-balancer';

const KEY = 'routing.http.drop_invalid_header_fields.enabled';

interface Facts {
  readonly type: Maybe<string>;
  /** Whether invalid header fields are dropped; read only for Application Load Balancers, absent is the default (false). */
  readonly dropInvalidHeaders?: Maybe<boolean>;
}

export const AlbDropInvalidHeaders = defineRule<Facts>({
  id: 'AlbDropInvalidHeaders',
  title: 'Application Load Balancers drop invalid HTTP headers',
  description:
    'Headers that do not match the HTTP grammar are a vehicle for request smuggling and header injection into the application; the ALB can drop them before they reach targets.',
  severity: 'warning',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['secure-configuration'],
    internetFirst: ['IF-1'],
  },
  configRule: 'ALB_HTTP_DROP_INVALID_HEADER_ENABLED',
  remediation: `Set the load balancer attribute ${KEY} to true (CDK: dropInvalidHeaderFields: true).`,
  template: {
    resourceTypes: [V2],
    facts(lb) {
      const type = lbType(lb);
      return type === 'application' ? { type, dropInvalidHeaders: asBoolean(attribute(lb, KEY)) } : { type };
    },
  },
  configItem: {
    resourceTypes: [V2],
    facts(item) {
      const type = lbTypeOfItem(item);
      return type === 'application' ? { type, dropInvalidHeaders: asBoolean(attributeOfItem(item, KEY)) } : { type };
    },
  },
  evaluate({ type, dropInvalidHeaders: on }) {
    if (isUnknown(type)) return needsReview(`the load balancer type is not known: ${type.reason}`);
    if (type !== 'application') return notApplicable(`a ${type ?? 'typeless'} load balancer does not parse HTTP headers`);
    if (isUnknown(on)) return needsReview(`whether invalid header fields are dropped is not known: ${on.reason}`);
    if (on) return pass('invalid header fields are dropped');
    return fail(`invalid header fields are passed to the targets${on === undefined ? ' (the default)' : ''}`);
  },
});
