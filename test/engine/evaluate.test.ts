import { evaluate } from '../../lib/engine/evaluate';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { parseTemplate } from '../../lib/sources/template/parse';

const t = (resources: object, extra: object = {}) => parseTemplate(JSON.stringify({ Resources: resources, ...extra }), 't.json');

const naive = defineRule<{ encrypted: unknown }>({
  id: 'NaiveEncrypted',
  title: 't',
  description: 't',
  severity: 'error',
  controls: { ncscCsp: ['2.3'] },
  remediation: 'r',
  template: {
    resourceTypes: ['AWS::EC2::Volume'],
    facts: (r) => ({ encrypted: r.get('Encrypted') }),
  },
  // Deliberately careless: passes on anything truthy, including an Unknown.
  evaluate: ({ encrypted }) => (encrypted ? pass('encrypted') : fail('not encrypted')),
});

const throwing = defineRule<{}>({
  ...naive,
  id: 'Throws',
  template: {
    resourceTypes: ['AWS::EC2::Volume'],
    facts: () => {
      throw new Error('boom');
    },
  },
});

describe('evaluate', () => {
  it('refuses a pass that rests on an unknown fact', () => {
    const [f] = evaluate(
      [naive],
      [
        t(
          { V: { Type: 'AWS::EC2::Volume', Properties: { Encrypted: { Ref: 'P' } } } },
          { Parameters: { P: { Type: 'String' } } },
        ),
      ],
    );
    expect(f.status).toBe('INSUFFICIENT_DATA');
    expect(f.message).toContain('parameter P');
  });

  it('turns a rule that throws into needs-review, never a crash', () => {
    const [f] = evaluate([throwing], [t({ V: { Type: 'AWS::EC2::Volume' } })]);
    expect(f.status).toBe('INSUFFICIENT_DATA');
    expect(f.message).toContain('boom');
  });

  it('skips resources whose Condition is false and evaluates undecidable ones', () => {
    const findings = evaluate(
      [naive],
      [
        t(
          {
            Off: { Type: 'AWS::EC2::Volume', Condition: 'No', Properties: { Encrypted: false } },
            Maybe: { Type: 'AWS::EC2::Volume', Condition: 'ByParam', Properties: { Encrypted: false } },
          },
          {
            Parameters: { P: { Type: 'String' } },
            Conditions: { No: { 'Fn::Equals': ['a', 'b'] }, ByParam: { 'Fn::Equals': [{ Ref: 'P' }, 'x'] } },
          },
        ),
      ],
    );
    expect(findings.map((f) => f.resource.logicalId)).toEqual(['Maybe']);
  });

  it('returns compliant results too, with location and controls', () => {
    const [f] = evaluate([naive], [t({ V: { Type: 'AWS::EC2::Volume', Properties: { Encrypted: true } } })]);
    expect(f).toMatchObject({
      status: 'COMPLIANT',
      resource: { logicalId: 'V', template: 't.json', line: 1 },
      controls: { ncscCsp: ['2.3'] },
    });
  });

  it('honours a reasoned acknowledgement in template metadata and ignores one without a reason', () => {
    const findings = evaluate(
      [naive],
      [
        t({
          A: {
            Type: 'AWS::EC2::Volume',
            Metadata: { palisade: { acknowledge: [{ id: 'NaiveEncrypted', reason: 'scratch disk' }] } },
          },
          B: { Type: 'AWS::EC2::Volume', Metadata: { palisade: { acknowledge: [{ id: 'NaiveEncrypted' }] } } },
        }),
      ],
    );
    expect(findings.find((f) => f.resource.logicalId === 'A')?.suppression?.reason).toBe('scratch disk');
    expect(findings.find((f) => f.resource.logicalId === 'B')?.suppression).toBeUndefined();
  });
});

describe('evaluate across stacks', () => {
  const producer = parseTemplate(
    JSON.stringify({
      Resources: { Subnet: { Type: 'AWS::EC2::Subnet', Properties: { AvailabilityZone: 'eu-west-2a' } } },
      Outputs: { SubnetOut: { Value: { Ref: 'Subnet' }, Export: { Name: 'Net:Subnet' } } },
    }),
    'net.json',
    { stack: 'Net' },
  );
  const consumer = (name: string) =>
    parseTemplate(
      JSON.stringify({
        Resources: { Fn: { Type: 'AWS::Lambda::Function', Properties: { SubnetId: { 'Fn::ImportValue': name } } } },
      }),
      'app.json',
      { stack: 'App' },
    );

  const zoneOfImportedSubnet = defineRule<{ zone: unknown }>({
    ...naive,
    id: 'ZoneOfImport',
    template: {
      resourceTypes: ['AWS::Lambda::Function'],
      facts: (fn, { index }) => ({ zone: index.target(fn.get('SubnetId'))?.get('AvailabilityZone') ?? fn.get('SubnetId') }),
    },
    evaluate: ({ zone }) =>
      isUnknown(zone) ? needsReview(zone.reason) : zone === 'eu-west-2a' ? pass('zone a') : fail(String(zone)),
  });

  it('follows an import to the resource another checked stack exports', () => {
    const [f] = evaluate([zoneOfImportedSubnet], [producer, consumer('Net:Subnet')]);
    expect(f.status).toBe('COMPLIANT');
  });

  it('keeps an import no checked stack exports unknown', () => {
    const [f] = evaluate([zoneOfImportedSubnet], [producer, consumer('Elsewhere:Subnet')]);
    expect(f.status).toBe('INSUFFICIENT_DATA');
    expect(f.message).toContain('which no checked stack exports');
  });
});

describe('relations looked up from the exporting stack', () => {
  it('finds a flow log that another checked stack attaches to an exported VPC', () => {
    const { VpcFlowLogsEnabled } = jest.requireActual('../../rules/ec2/VpcFlowLogsEnabled');
    const network = parseTemplate(
      JSON.stringify({
        Resources: { Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } } },
        Outputs: { VpcId: { Value: { Ref: 'Vpc' }, Export: { Name: 'Network:VpcId' } } },
      }),
      'network.json',
      { stack: 'Network' },
    );
    const monitoring = parseTemplate(
      JSON.stringify({
        Resources: {
          Log: {
            Type: 'AWS::EC2::FlowLog',
            Properties: { ResourceId: { 'Fn::ImportValue': 'Network:VpcId' }, ResourceType: 'VPC', TrafficType: 'ALL' },
          },
        },
      }),
      'monitoring.json',
      { stack: 'Monitoring' },
    );
    expect(evaluate([VpcFlowLogsEnabled], [network]).map((f) => f.status)).toEqual(['NON_COMPLIANT']);
    expect(evaluate([VpcFlowLogsEnabled], [network, monitoring]).map((f) => f.status)).toEqual(['COMPLIANT']);
  });
});
