import type { CallContext } from './call-context';
import { sendInDialog } from './in-dialog';
import { refreshDelayMs, teardownDelayMs } from './session-timer';

/**
 * The running session timer of one call (RFC 4028; negotiated in session-timer.ts): when the caller
 * refreshes, a deadline after which the call is torn down; when we refresh, a bodiless UPDATE at
 * half the interval. Re-armed by every answer and every successful refresh.
 */
export class SessionRefresh {
  readonly #ctx: CallContext;
  readonly #expired: (reason: string) => void;
  #timer: NodeJS.Timeout | undefined;

  /** `expired`: no refresh came in time, or ours failed — the call ends. */
  constructor(ctx: CallContext, expired: (reason: string) => void) {
    this.#ctx = ctx;
    this.#expired = expired;
  }

  arm(): void {
    clearTimeout(this.#timer);
    const ctx = this.#ctx;
    const timer = ctx.init.sessionTimer;
    // A party that replaced the caller by transfer never negotiated the caller's session timer.
    if (timer.kind !== 'on' || ctx.ended || ctx.joined.a) return;
    if (timer.refresher === 'uac') {
      this.#timer = setTimeout(() => this.#expired('Session timer expired'), teardownDelayMs(timer.interval));
      return;
    }
    this.#timer = setTimeout(async () => {
      const dialog = ctx.a.dialog;
      if (!dialog || ctx.ended) return;
      // §7.4 / §10: we refresh with a bodiless UPDATE; no answer means the caller is gone.
      const { response } = await sendInDialog(ctx.deps.stack, dialog, ctx.a.destination, 'UPDATE', {
        headers: [['Session-Expires', `${timer.interval};refresher=uas`]],
      });
      if (response.status >= 200 && response.status < 300) this.arm();
      else this.#expired('Session refresh failed');
    }, refreshDelayMs(timer.interval));
  }

  stop(): void {
    clearTimeout(this.#timer);
  }
}
