/**
 * The S3 buckets Carillon uses, by role. The CDK stateful stack and the
 * embedded bootstrap both create them from this list. Key prefixes always start
 * with the tenant (`t/<tenantId>/…`), mirroring the table's keys.
 */
export interface BucketDefinition {
  /** Logical role; also the suffix of the bucket name (`<prefix>-<role>`). */
  readonly role: 'media' | 'exports';
  readonly purpose: string;
  /** Days after which objects expire (lifecycle rule); undefined keeps them until deleted. */
  readonly expireAfterDays?: number;
  /** Days after which objects move to infrequent access. */
  readonly infrequentAccessAfterDays?: number;
}

export const BUCKET_DEFINITIONS: readonly BucketDefinition[] = [
  {
    role: 'media',
    purpose: 'voicemail messages, call recordings, prompts, music on hold, fax documents',
    infrequentAccessAfterDays: 90,
  },
  {
    role: 'exports',
    purpose: 'CDR exports, tenant backups, bulk-import reports',
    expireAfterDays: 30,
  },
];

export function bucketName(prefix: string, role: BucketDefinition['role']): string {
  return `${prefix}-${role}`;
}
