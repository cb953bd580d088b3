import fc from 'fast-check';
import { evaluate } from '../../lib/engine/evaluate';
import { parseTemplate } from '../../lib/sources/template/parse';
import { CATALOGUE } from '../../rules/catalogue';

/**
 * No rule echoes a secret. Literal credentials are placed in every property
 * where templates carry them; whatever the catalogue reports about these
 * resources, no message, remediation or location may contain the value.
 */
function templateWithSecret(secret: string) {
  return parseTemplate(
    JSON.stringify({
      Resources: {
        Db: {
          Type: 'AWS::RDS::DBInstance',
          Properties: { Engine: 'postgres', MasterUsername: 'appowner', MasterUserPassword: secret },
        },
        Cluster: {
          Type: 'AWS::RDS::DBCluster',
          Properties: { Engine: 'aurora-postgresql', MasterUsername: 'appowner', MasterUserPassword: secret },
        },
        Docs: { Type: 'AWS::DocDB::DBCluster', Properties: { MasterUsername: 'appowner', MasterUserPassword: secret } },
        Warehouse: {
          Type: 'AWS::Redshift::Cluster',
          Properties: { MasterUsername: 'appowner', MasterUserPassword: secret, NodeType: 'ra3.xlplus', DBName: 'w' },
        },
        Source: {
          Type: 'AWS::DMS::Endpoint',
          Properties: { EndpointType: 'source', EngineName: 'postgres', Password: secret, Username: 'u' },
        },
        Task: {
          Type: 'AWS::ECS::TaskDefinition',
          Properties: {
            ContainerDefinitions: [
              {
                Name: 'app',
                Image: 'x',
                Environment: [
                  { Name: 'DB_PASSWORD', Value: secret },
                  { Name: 'AWS_SECRET_ACCESS_KEY', Value: secret },
                ],
              },
            ],
          },
        },
        Build: {
          Type: 'AWS::CodeBuild::Project',
          Properties: {
            Environment: {
              Type: 'LINUX_CONTAINER',
              ComputeType: 'BUILD_GENERAL1_SMALL',
              Image: 'aws/codebuild/standard:7.0',
              EnvironmentVariables: [{ Name: 'AWS_SECRET_ACCESS_KEY', Value: secret }],
            },
            Source: { Type: 'GITHUB', Location: `https://user:${secret}@github.com/org/repo.git` },
            Artifacts: { Type: 'NO_ARTIFACTS' },
          },
        },
        Fn: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            Runtime: 'python3.12',
            Handler: 'h',
            Code: { ZipFile: 'x' },
            Environment: { Variables: { API_TOKEN: secret } },
          },
        },
      },
    }),
    'secrets.json',
    { stack: 'Secrets', region: 'eu-west-2' },
  );
}

describe('secrets in properties', () => {
  it('are never echoed into results', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9]{12,24}$/).map((s) => `Zq9${s}`),
        (secret) => {
          const findings = evaluate(CATALOGUE, [templateWithSecret(secret)]);
          expect(findings.length).toBeGreaterThan(0);
          expect(findings.filter((f) => JSON.stringify(f).includes(secret)).map((f) => f.ruleId)).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('are reported where a rule checks for them', () => {
    const findings = evaluate(CATALOGUE, [templateWithSecret('Zq9NotARealPassword1')]);
    const failing = new Set(
      findings.filter((f) => f.status === 'NON_COMPLIANT').map((f) => `${f.ruleId} ${f.resource.logicalId}`),
    );
    for (const expected of [
      'RdsMasterPasswordNotPlaintext Db',
      'DocDbMasterPasswordNotPlaintext Docs',
      'DmsEndpointPasswordNotPlaintext Source',
      'EcsNoEnvironmentSecrets Task',
      'CodeBuildNoAwsCredentialsInEnv Build',
      'CodeBuildSourceUrlNoCredentials Build',
    ]) {
      expect(failing).toContain(expected);
    }
  });
});
