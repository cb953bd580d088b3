import { Rule } from '../../lib/engine/rule';
import { LambdaCodeSigningEnforced } from './LambdaCodeSigningEnforced';
import { LambdaConcurrencyLimit } from './LambdaConcurrencyLimit';
import { LambdaDlqConfigured } from './LambdaDlqConfigured';
import { LambdaFunctionPublicAccessProhibited } from './LambdaFunctionPublicAccessProhibited';
import { LambdaFunctionUrlAuth } from './LambdaFunctionUrlAuth';
import { LambdaInsideVpc } from './LambdaInsideVpc';
import { LambdaSupportedRuntime } from './LambdaSupportedRuntime';
import { LambdaVpcMultiAz } from './LambdaVpcMultiAz';

export const rules: Rule[] = [
  LambdaFunctionPublicAccessProhibited,
  LambdaFunctionUrlAuth,
  LambdaSupportedRuntime,
  LambdaInsideVpc,
  LambdaVpcMultiAz,
  LambdaDlqConfigured,
  LambdaCodeSigningEnforced,
  LambdaConcurrencyLimit,
];
