/**
 * CloudFormation logical IDs of the stateful resources. CloudFormation
 * identifies a resource by its logical ID, so a changed ID means "delete the
 * old table, create a new one". Pinning them here keeps construct refactors
 * (renames, moves between constructs) from ever replacing stored data.
 * The tests assert these exact strings; change one only with a migration plan.
 */
export const PINNED_LOGICAL_IDS = {
  table: 'CarillonTable',
  accessLogBucket: 'CarillonAccessLogBucket',
  bucket: {
    media: 'CarillonMediaBucket',
    exports: 'CarillonExportsBucket',
  },
} as const;
