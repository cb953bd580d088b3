import { hasProperty } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly clientCertificate: boolean | Unknown;
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
    resourceTypes: ['AWS::ApiGateway::Stage'],
    facts: (stage) => ({ clientCertificate: hasProperty(stage, 'ClientCertificateId') }),
  },
  evaluate({ clientCertificate }) {
    if (isUnknown(clientCertificate)) return needsReview(`ClientCertificateId is not known: ${clientCertificate.reason}`);
    return clientCertificate ? pass('a client certificate is configured') : fail('no ClientCertificateId is set');
  },
});
