import { Rule } from '../../lib/engine/rule';
import { SsmDocumentNotPublic } from './SsmDocumentNotPublic';
import { SsmPatchBaselineAutoApproval } from './SsmPatchBaselineAutoApproval';

export const rules: Rule[] = [SsmPatchBaselineAutoApproval, SsmDocumentNotPublic];
