import type { SipRequest } from '@carillon/sip';
import type { DialogOwner, LegDialogs } from './leg-dialogs';
import { parseReplaces, replacedDialogIds } from './refer-request';

/** What a call must offer for the Replaces check: its tenant. */
interface TenantDialogOwner extends DialogOwner {
  readonly tenantId: string;
}

/**
 * A new INVITE with Replaces (RFC 3891) from an authenticated device. This edge does transfers
 * itself on REFER (transfer.ts) and does not let an outside INVITE take over a leg of a call:
 * no dialog of the tenant matches → 481 (RFC 3891 §3); a malformed header → 400; a match → 403
 * with the reason, so the phone's user sees why (the phone should transfer with REFER instead).
 * A dialog of another tenant is reported as no match, never as existing.
 */
export function refuseReplaces<C extends TenantDialogOwner>(
  request: SipRequest,
  dialogs: LegDialogs<C>,
  tenantId: string,
): { status: number; reason: string } {
  const values = request.headers.getAll('replaces');
  const replaces = values.length === 1 ? parseReplaces(values[0] ?? '') : undefined;
  if (!replaces) return { status: 400, reason: 'Bad Request - Malformed Replaces' };
  const match = replacedDialogIds(replaces)
    .map((id) => dialogs.find(id))
    .find((found) => found !== undefined && found.call.tenantId === tenantId);
  if (!match) return { status: 481, reason: 'Call/Transaction Does Not Exist' };
  return { status: 403, reason: 'Forbidden - Replaces not accepted here, transfer with REFER' };
}
