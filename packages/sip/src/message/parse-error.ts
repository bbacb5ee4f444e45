import { SipError } from '../sip-error';
/**
 * What an edge needs to answer a message it could not fully parse (RFC 3261 §8.2, §16.3: a 400 with
 * Via/From/To/Call-ID/CSeq copied). Filled from whatever part of the message was readable.
 */
export interface SipParsePartial {
  readonly kind?: 'request' | 'response';
  readonly method?: string;
  readonly callId?: string;
  /** CSeq header text as received. */
  readonly cseq?: string;
  /** Via header values, topmost first, as received. */
  readonly via?: readonly string[];
  readonly from?: string;
  readonly to?: string;
}

/**
 * The one error class of the SIP message layer. `reason` is a short phrase fit for the Reason-Phrase
 * of a 400 response (`Bad Request - Malformed CSeq`); `partial` carries what was readable.
 */
export class SipParseError extends SipError {
  override readonly name = 'SipParseError';
  readonly reason: string;
  readonly partial: SipParsePartial;

  constructor(reason: string, partial: SipParsePartial = {}) {
    super(reason);
    this.reason = reason;
    this.partial = partial;
  }

  /** The same error with more partial info (used when a header error surfaces at message level). */
  withPartial(partial: SipParsePartial): SipParseError {
    return new SipParseError(this.reason, { ...partial, ...this.partial });
  }
}
