import { Aspects, Validations } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import {
  AccountBaseline,
  AuditTrail,
  DataKey,
  EncryptedBucket,
  EncryptedDatabase,
  InternetFirstNetwork,
  ProtectedIngress,
  ThreatDetection,
  UkDataResidency,
} from '../../lib/constructs';
import { Checked, nagFailures, openFailures, palisadeFailures, synthWithChecks, testApp, testStack } from './harness';

/**
 * Every construct with default props (required props only), each in its own stack of
 * one app, checked by PalisadeChecks, by the engine over the cloud assembly, and by
 * cdk-nag's AwsSolutionsChecks. Account-wide rules (a trail, a GuardDuty detector)
 * see the whole app, as they would see an account.
 */
describe('dogfood: every construct with default props', () => {
  let checked: Checked;
  beforeAll(() => {
    const app = testApp();
    new DataKey(testStack(app, 'Key'), 'Key');
    new EncryptedBucket(testStack(app, 'Bucket'), 'Bucket');
    const network = new InternetFirstNetwork(testStack(app, 'Network'), 'Network');
    new ThreatDetection(testStack(app, 'Detection'), 'ThreatDetection');
    // A network's alerts are reported only once ThreatDetection watches it (NetworkFirewallAlertsAlarmed says so).
    new ThreatDetection(testStack(app, 'NetworkDetection'), 'ThreatDetection', { network });
    const ingressStack = testStack(app, 'Ingress');
    new ProtectedIngress(ingressStack, 'Ingress', {
      vpc: network.vpc,
      certificate: acm.Certificate.fromCertificateArn(
        ingressStack,
        'Certificate',
        'arn:aws:acm:eu-west-2:111111111111:certificate/00000000-0000-0000-0000-000000000000',
      ),
    });
    new EncryptedDatabase(testStack(app, 'Database'), 'Database', { vpc: network.vpc });
    new AuditTrail(testStack(app, 'Audit'), 'AuditTrail');
    new AccountBaseline(testStack(app, 'Baseline'), 'AccountBaseline');
    Aspects.of(app).add(new UkDataResidency());
    checked = synthWithChecks(app);
  });

  it('gives no open NON_COMPLIANT result from the Palisade engine', () => {
    expect(openFailures(checked.findings)).toEqual([]);
  });

  it('gives no PalisadeChecks failure during synthesis', () => {
    expect(palisadeFailures(checked.palisade)).toEqual([]);
  });

  it('leaves no AwsSolutionsChecks finding unacknowledged', () => {
    expect(nagFailures(checked.awsSolutions)).toEqual([]);
  });

  it('evaluated the constructs at all', () => {
    const compliant = checked.findings.filter((f) => f.status === 'COMPLIANT');
    expect(compliant.length).toBeGreaterThan(200);
    expect(Validations).toBeDefined();
  });
});
