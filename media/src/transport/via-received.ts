import { formatVia, getVia, type SipRequest, splitHeaderValues } from '@carillon/sip';

/**
 * RFC 3261 §18.2.1 and RFC 3581 §4: note where a request really came from in its top Via, so that
 * responses find their way back through NAT. `received` is added when the sent-by host differs
 * from the source address — and always when the client asked for `rport`, which is then filled in
 * with the source port. Returns whether the Via changed.
 */
export function stampReceived(request: SipRequest, sourceAddress: string, sourcePort: number): boolean {
  const top = getVia(request)[0];
  if (!top) return false;
  const params = new Map(top.params);
  const wantsRport = params.has('rport');
  if (!wantsRport && stripBrackets(top.host) === sourceAddress) return false;
  if (wantsRport) params.set('rport', String(sourcePort));
  params.set('received', sourceAddress);
  const value = formatVia({ ...top, params });
  // The top via-parm is the first element of the first Via field (§7.3.1 list form).
  const first = request.headers.getAll('via')[0] ?? '';
  const rest = splitHeaderValues(first).slice(1);
  request.headers.removeFirst('via');
  request.headers.prepend('Via', [value, ...rest].join(', '));
  return true;
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
