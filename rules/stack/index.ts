import { Rule } from '../../lib/engine/rule';
import { StackDpiaReferenced } from './StackDpiaReferenced';
import { StackOwnershipTagged } from './StackOwnershipTagged';
import { StackRegionUkOnly } from './StackRegionUkOnly';

export const rules: Rule[] = [StackRegionUkOnly, StackOwnershipTagged, StackDpiaReferenced];
