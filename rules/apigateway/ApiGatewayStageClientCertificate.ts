import { Tri, hasProperty, isSet } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { STAGE } from './stage';

interface Facts {
  readonly clientCertificate: Tri;
}

export const ApiGatewayStageClientCertificate = defineRule<Facts>({
  id: 'ApiGatewayStageClientCertificate',
  title: 'REST API stages present a client certificate to their backends',
  description:
    'A client certificate lets an HTTP backend verify that requests come from API Gateway and not from someone calling it directly; it matters for HTTP integrations reachable outside the VPC.',
  severity: 'warning',
  controls: { ncscCsp: ['1'], tenSteps: ['data-security'] },
  configRule: 'API_GW_SSL_ENABLED',
  remediation:
    'Create an AWS::ApiGateway::ClientCertificate, set the stage’s ClientCertificateId to it, and make the backend require it (CDK: deployOptions.clientCertificateId).',
  template: {
    resourceTypes: [STAGE],
    facts: (stage) => ({ clientCertificate: hasProperty(stage, 'ClientCertificateId') }),
  },
  configItem: {
    resourceTypes: [STAGE],
    // GetStage leaves clientCertificateId out when none is set, so its absence is recorded, not unknown.
    facts: (item) => ({ clientCertificate: isSet(item.configuration.clientCertificateId) }),
  },
  evaluate({ clientCertificate }) {
    if (isUnknown(clientCertificate))
      return needsReview(`whether a client certificate is set is not known: ${clientCertificate.reason}`);
    return clientCertificate ? pass('a client certificate is configured') : fail('no client certificate is set');
  },
});
