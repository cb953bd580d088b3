import { Rule } from '../../lib/engine/rule';
import { AlbDesyncMitigationMode } from './AlbDesyncMitigationMode';
import { AlbDropInvalidHeaders } from './AlbDropInvalidHeaders';
import { AlbHttpListenerRedirectsToHttps } from './AlbHttpListenerRedirectsToHttps';
import { AlbWafEnabled } from './AlbWafEnabled';
import { ElbAccessLogsEnabled } from './ElbAccessLogsEnabled';
import { ElbClassicAcmCertificateRequired } from './ElbClassicAcmCertificateRequired';
import { ElbClassicCrossZoneEnabled } from './ElbClassicCrossZoneEnabled';
import { ElbClassicTlsListenersOnly } from './ElbClassicTlsListenersOnly';
import { ElbClassicTlsPolicy } from './ElbClassicTlsPolicy';
import { ElbDeletionProtectionEnabled } from './ElbDeletionProtectionEnabled';
import { ElbListenerEncryptedInTransit } from './ElbListenerEncryptedInTransit';
import { ElbListenerTlsPolicy } from './ElbListenerTlsPolicy';
import { ElbV2AcmCertificateRequired } from './ElbV2AcmCertificateRequired';
import { ElbV2MultipleAz } from './ElbV2MultipleAz';

export const rules: Rule[] = [
  AlbWafEnabled,
  AlbDropInvalidHeaders,
  AlbDesyncMitigationMode,
  AlbHttpListenerRedirectsToHttps,
  ElbAccessLogsEnabled,
  ElbDeletionProtectionEnabled,
  ElbListenerEncryptedInTransit,
  ElbListenerTlsPolicy,
  ElbV2AcmCertificateRequired,
  ElbClassicAcmCertificateRequired,
  ElbClassicTlsListenersOnly,
  ElbClassicTlsPolicy,
  ElbClassicCrossZoneEnabled,
  ElbV2MultipleAz,
];
