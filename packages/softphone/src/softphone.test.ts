import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { REPLACED_DIALOG_GRACE_MS, Softphone, type SoftphoneEvents, type TransferOutcome } from './softphone';

/*
 * The Softphone's own rules over JsSIP — one line, the consultation call of an attended transfer,
 * REFER with Replaces, what ends a call — against a stand-in for JsSIP's UA and sessions (the
 * signalling itself is JsSIP's and is exercised end to end by the WebRTC and portal phone tests).
 */

interface ReferOptions {
  replaces?: FakeSession;
  eventHandlers: Record<string, (e?: unknown) => void>;
}

class FakeSession extends EventEmitter {
  readonly remote_identity: { uri: { toString(): string }; display_name: string };
  readonly connection = undefined;
  readonly hold = vi.fn(() => true);
  readonly unhold = vi.fn(() => true);
  readonly refer = vi.fn((_uri: string, _options: ReferOptions) => undefined);
  readonly answer = vi.fn();
  #ended = false;
  readonly isEnded = vi.fn(() => this.#ended);
  readonly terminate = vi.fn((_options?: unknown) => this.end('Terminated'));

  /** The session ends (hung up here or by the far end). */
  end(cause: string): void {
    this.#ended = true;
    this.emit('ended', { cause });
  }

  constructor(uri: string) {
    super();
    this.remote_identity = { uri: { toString: () => uri }, display_name: '' };
  }

  confirm(): void {
    this.emit('confirmed');
  }
}

const uas: FakeUa[] = [];

class FakeUa extends EventEmitter {
  readonly calls: FakeSession[] = [];
  readonly register = vi.fn();
  constructor(readonly config: unknown) {
    super();
    uas.push(this);
  }
  start(): void {}
  stop(): void {}
  isRegistered(): boolean {
    return true;
  }
  call(uri: string): FakeSession {
    const session = new FakeSession(uri);
    this.calls.push(session);
    this.emit('newRTCSession', { originator: 'local', session });
    return session;
  }
  ring(uri: string): FakeSession {
    const session = new FakeSession(uri);
    this.emit('newRTCSession', { originator: 'remote', session });
    return session;
  }
}

// Getters: the factory is hoisted above the classes, which exist by the time a Softphone is made.
vi.mock('jssip', () => ({
  default: {
    get UA() {
      return FakeUa;
    },
    WebSocketInterface: class {
      constructor(readonly url: string) {}
    },
  },
}));

function started(events: SoftphoneEvents = {}) {
  const phone = new Softphone(
    { websocketUrl: 'wss://edge.test:8089', username: '201-web-abc', password: 'x', domain: 'acme.test' },
    events,
  );
  phone.start();
  const ua = uas.at(-1);
  if (!ua) throw new Error('no UA');
  return { phone, ua };
}

function inCallWith(target: string, events: SoftphoneEvents = {}) {
  const { phone, ua } = started(events);
  phone.dial(target);
  const primary = ua.calls[0];
  if (!primary) throw new Error('no call');
  primary.confirm();
  return { phone, ua, primary };
}

beforeEach(() => {
  uas.length = 0;
});

describe('Softphone attended transfer (RFC 5589 §7)', () => {
  it('holds the call, consults the target, then REFERs the held party with Replaces naming the consultation', () => {
    const outcomes: TransferOutcome[] = [];
    const { phone, ua, primary } = inCallWith('202', { transferred: (o) => outcomes.push(o) });

    phone.consult('203');
    expect(primary.hold).toHaveBeenCalledOnce();
    expect(phone.state).toBe('on-hold');
    const consult = ua.calls[1];
    expect(consult?.remote_identity.uri.toString()).toBe('sip:203@acme.test');
    expect(() => phone.completeTransfer()).toThrow(/not established/);
    consult?.confirm();
    expect(phone.consultState).toBe('established');

    phone.completeTransfer();
    expect(primary.refer).toHaveBeenCalledOnce();
    const [uri, options] = primary.refer.mock.calls[0] ?? [];
    expect(uri).toBe('sip:203@acme.test');
    expect(options?.replaces).toBe(consult);
    // The final NOTIFY (sipfrag 200): the transferee took over; our leg of the call ends.
    vi.useFakeTimers();
    try {
      options?.eventHandlers.accepted?.();
      expect(outcomes).toEqual([{ ok: true }]);
      expect(primary.terminate).toHaveBeenCalledOnce();
      expect(phone.state).toBe('idle');
      // The target ends the replaced consultation (RFC 5589 §7.1); only when it does not, we do.
      expect(consult?.terminate).not.toHaveBeenCalled();
      vi.advanceTimersByTime(REPLACED_DIALOG_GRACE_MS);
      expect(consult?.terminate).toHaveBeenCalledOnce();
      expect(phone.consultState).toBe('none');
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves the consultation alone when the target already ended it (RFC 5589 §7.1)', () => {
    const { phone, ua, primary } = inCallWith('202');
    phone.consult('203');
    const consult = ua.calls[1];
    consult?.confirm();
    phone.completeTransfer();
    vi.useFakeTimers();
    try {
      primary.refer.mock.calls[0]?.[1].eventHandlers.accepted?.();
      consult?.end('BYE');
      vi.advanceTimersByTime(REPLACED_DIALOG_GRACE_MS);
      expect(consult?.terminate).not.toHaveBeenCalled();
      expect(phone.state).toBe('idle');
      expect(phone.consultState).toBe('none');
    } finally {
      vi.useRealTimers();
    }
  });

  it('makes the consultation the line’s call when the held party hangs up during it', () => {
    const promoted: string[] = [];
    const ended: string[] = [];
    const { phone, ua, primary } = inCallWith('202', {
      consultPromoted: (uri) => promoted.push(uri),
      ended: (cause) => ended.push(cause),
    });
    phone.consult('203');
    const consult = ua.calls[1];
    consult?.confirm();
    primary.end('BYE');
    expect(ended).toEqual(['BYE']);
    expect(promoted).toEqual(['sip:203@acme.test']);
    expect(phone.state).toBe('established');
    expect(phone.consultState).toBe('none');
    // It is now the call hang-up ends.
    phone.hangup();
    expect(consult?.terminate).toHaveBeenCalledOnce();
    expect(phone.state).toBe('idle');
    expect(ended).toEqual(['BYE', 'Terminated']);
  });

  it('reports a refused REFER with its status and keeps both calls', () => {
    const outcomes: TransferOutcome[] = [];
    const { phone, ua, primary } = inCallWith('202', { transferred: (o) => outcomes.push(o) });
    phone.consult('203');
    ua.calls[1]?.confirm();
    phone.completeTransfer();
    const options = primary.refer.mock.calls[0]?.[1];
    options?.eventHandlers.requestFailed?.({
      response: { status_code: 405, reason_phrase: 'Method Not Allowed' },
    });
    expect(outcomes).toEqual([{ ok: false, status: 405, reason: 'Method Not Allowed' }]);
    expect(primary.terminate).not.toHaveBeenCalled();
    expect(phone.state).toBe('on-hold');
    expect(phone.consultState).toBe('established');
  });

  it('cancelling the consultation hangs it up and takes the held call back', () => {
    const { phone, ua, primary } = inCallWith('202');
    phone.consult('203');
    phone.cancelConsultation();
    expect(ua.calls[1]?.terminate).toHaveBeenCalledOnce();
    expect(primary.unhold).toHaveBeenCalledOnce();
    expect(phone.state).toBe('established');
    expect(phone.consultState).toBe('none');
  });

  it('allows one consultation at a time, and no blind transfer while one is up', () => {
    const { phone } = inCallWith('202');
    phone.consult('203');
    expect(() => phone.consult('204')).toThrow(/already/);
    expect(() => phone.blindTransfer('204')).toThrow(/consultation/);
  });

  it('needs an established call to consult or transfer', () => {
    const { phone } = started();
    expect(() => phone.consult('203')).toThrow(/no established call/);
    expect(() => phone.blindTransfer('203')).toThrow(/no established call/);
  });
});

describe('Softphone line', () => {
  it('answers a second incoming call 486 while one is up', () => {
    const { ua } = inCallWith('202');
    const second = ua.ring('sip:204@acme.test');
    expect(second.terminate).toHaveBeenCalledWith({ status_code: 486 });
  });

  it('blind transfer REFERs without Replaces and ends the call once the target took it', () => {
    const { phone, primary } = inCallWith('202');
    phone.blindTransfer('+49 30 1234-56');
    const [uri, options] = primary.refer.mock.calls[0] ?? [];
    expect(uri).toBe('sip:+4930123456@acme.test');
    expect(options?.replaces).toBeUndefined();
    options?.eventHandlers.accepted?.();
    expect(primary.terminate).toHaveBeenCalledOnce();
  });

  it('registers again on request (after the edge refused a freshly re-keyed device)', () => {
    const { phone, ua } = started();
    phone.register();
    expect(ua.register).toHaveBeenCalledOnce();
  });
});
