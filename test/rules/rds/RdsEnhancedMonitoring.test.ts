import { RdsEnhancedMonitoring as rule } from '../../../rules/rds/RdsEnhancedMonitoring';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const db = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'mysql', ...props } } },
  });

describe('RdsEnhancedMonitoring', () => {
  it('passes with a 60-second interval', () => expect(statusOf(rule, 'Db', db({ MonitoringInterval: 60 }))).toBe('COMPLIANT'));
  it('fails when the interval is 0', () => expect(statusOf(rule, 'Db', db({ MonitoringInterval: 0 }))).toBe('NON_COMPLIANT'));
  it('fails when the interval is absent', () => expect(statusOf(rule, 'Db', db({}))).toBe('NON_COMPLIANT'));
  it('needs review when the interval is a parameter', () =>
    expect(statusOf(rule, 'Db', db({ MonitoringInterval: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
