import type { Action, ApiKeyScope, Resource } from '@carillon/domain';

/** The API key scope family that covers each resource. */
const SCOPE_FAMILY: Readonly<Record<Resource, string>> = {
  reseller: 'tenants',
  tenant: 'tenants',
  'api-key': 'tenants',
  number: 'numbers',
  user: 'users',
  'voicemail-box': 'users',
  contact: 'users',
  device: 'devices',
  extension: 'devices',
  registration: 'devices',
  site: 'routing',
  group: 'routing',
  queue: 'routing',
  ivr: 'routing',
  trunk: 'routing',
  'outbound-route': 'routing',
  'authorisation-group': 'routing',
  schedule: 'routing',
  holiday: 'routing',
  'audio-file': 'routing',
  cdr: 'cdrs',
  'audit-entry': 'audit',
  webhook: 'webhooks',
};

/** The scope an API key needs for `action` on `resource`; writes need `:write`, reads `:read`. */
export function requiredScope(resource: Resource, action: Action): ApiKeyScope {
  const family = SCOPE_FAMILY[resource];
  return `${family}:${action === 'read' ? 'read' : 'write'}` as ApiKeyScope;
}

/** A `:write` scope implies `:read` of the same family. */
export function hasScope(scopes: readonly ApiKeyScope[] | 'all', needed: ApiKeyScope): boolean {
  if (scopes === 'all') return true;
  if (scopes.includes(needed)) return true;
  return needed.endsWith(':read') && scopes.includes(needed.replace(/:read$/, ':write') as ApiKeyScope);
}
