export { readAccount, AccountOptions, ReadOptions } from './account';
export { ClientOptions } from './client';
export { ConfigRead, Coverage, CoverageGap, CoverageStats, ProgressListener, ReadCoverage, RecordedTypes } from './coverage';
export { normaliseItem, itemDisposition, ItemDefaults, MalformedItemError } from './normalise';
export { readOrganisation, OrganisationOptions } from './organisation';
export { ConfigScopes } from './scope';
export { readSnapshots, snapshotFiles, SnapshotOptions } from './snapshot';
