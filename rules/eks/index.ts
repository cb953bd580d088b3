import { Rule } from '../../lib/engine/rule';
import { EksControlPlaneLogging } from './EksControlPlaneLogging';
import { EksEndpointNoPublicAccess } from './EksEndpointNoPublicAccess';
import { EksSecretsEncrypted } from './EksSecretsEncrypted';
import { EksSupportedVersion } from './EksSupportedVersion';

export const rules: Rule[] = [EksEndpointNoPublicAccess, EksSecretsEncrypted, EksControlPlaneLogging, EksSupportedVersion];
