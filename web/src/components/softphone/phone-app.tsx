'use client';
import type { CallState } from '@carillon/softphone';
import Link from 'next/link';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useLocale, useT } from '../../i18n/client';
import type { MessageKey } from '../../i18n/messages';
import { clearHistory, partyLabel } from './call-history';
import { DialPad } from './dial-pad';
import styles from './softphone.module.css';
import { type Incoming, useSoftphone } from './use-softphone';

const AUDIO_PROCESSING_KEY = 'carillon.softphone.audioProcessing';

const STATE_KEYS: Record<CallState, MessageKey> = {
  idle: 'phone.state.idle',
  calling: 'phone.state.calling',
  'ringing-out': 'phone.state.ringingOut',
  'ringing-in': 'phone.state.ringingIn',
  established: 'phone.state.established',
  'on-hold': 'phone.state.onHold',
};

/** The /phone page's client part: status, incoming banner, dial pad, call controls, transfer, history. */
export function PhoneApp(props: {
  websocketUrl: string;
  userId: string;
  displayName: string;
  extension: string;
}) {
  const t = useT();
  const locale = useLocale();
  const [target, setTarget] = useState('');
  const [transferTarget, setTransferTarget] = useState('');
  const [audioProcessing, setAudioProcessing] = useState(true);
  const [notifications, setNotifications] = useState<NotificationPermission | 'unsupported'>('unsupported');
  const remoteAudio = useRef<HTMLAudioElement>(null);
  const consultAudio = useRef<HTMLAudioElement>(null);
  const answerButton = useRef<HTMLButtonElement>(null);
  const notification = useRef<Notification | undefined>(undefined);

  useEffect(() => {
    setAudioProcessing(window.localStorage.getItem(AUDIO_PROCESSING_KEY) !== 'off');
    setNotifications('Notification' in window ? Notification.permission : 'unsupported');
  }, []);

  function onIncoming(incoming: Incoming) {
    const from = caller(incoming, phone.domain ?? '');
    if ('Notification' in window && Notification.permission === 'granted' && document.hidden) {
      notification.current = new Notification(t('phone.incoming', { party: from }), {
        tag: 'carillon-incoming',
        requireInteraction: true,
      });
      notification.current.onclick = () => window.focus();
    }
  }

  const phone = useSoftphone({
    websocketUrl: props.websocketUrl,
    userId: props.userId,
    displayName: props.displayName,
    audioProcessing,
    remoteAudio: () => remoteAudio.current,
    consultAudio: () => consultAudio.current,
    onIncoming,
  });
  const domain = phone.domain ?? '';
  const inCall = phone.state === 'established' || phone.state === 'on-hold';
  const busy = phone.state !== 'idle';
  const partyText = phone.party === undefined ? '' : partyLabel(phone.party, domain);

  useEffect(() => {
    // The banner's Answer takes focus so a keyboard user answers with Enter; the alert role announces it.
    if (phone.state === 'ringing-in') answerButton.current?.focus();
    if (phone.state !== 'ringing-in') {
      notification.current?.close();
      notification.current = undefined;
    }
  }, [phone.state]);

  function dial(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (target.trim() === '') return;
    phone.dial(target);
  }

  function pressKey(key: string) {
    if (inCall && phone.phone) {
      try {
        phone.phone.sendDtmf(key);
      } catch {
        // Not established (on hold): a phone ignores keys then too.
      }
      return;
    }
    setTarget((value) => value + key);
  }

  function toggleAudioProcessing(on: boolean) {
    window.localStorage.setItem(AUDIO_PROCESSING_KEY, on ? 'on' : 'off');
    setAudioProcessing(on);
  }

  async function askNotifications() {
    setNotifications(await Notification.requestPermission());
  }

  const registration = phone.registration;
  const certificateUrl = props.websocketUrl.replace(/^wss:/, 'https:');
  const statusText =
    registration.status === 'keying'
      ? t('phone.status.keying')
      : registration.status === 'connecting'
        ? t('phone.status.connecting', { username: registration.username })
        : registration.status === 'registered'
          ? t('phone.status.registered', { username: registration.username, extension: props.extension })
          : t('phone.status.failed', { cause: registration.cause });

  return (
    <div
      className={styles.phone}
      data-call-state={phone.state}
      data-consult-state={phone.consult}
      data-registration={registration.status}
    >
      <p
        className={`notice ${registration.status === 'failed' ? 'error' : registration.status === 'registered' ? 'ok' : ''}`}
        role="status"
        data-testid="softphone-status"
      >
        {statusText}
      </p>
      {registration.status === 'failed' ? (
        <p className={styles.hint}>
          {t('phone.certificateHint')}{' '}
          <a href={certificateUrl} target="_blank" rel="noreferrer">
            {certificateUrl}
          </a>
        </p>
      ) : null}

      {phone.incoming === undefined || phone.state !== 'ringing-in' ? null : (
        <section className={styles.banner} role="alert" aria-label={t('phone.incomingLabel')}>
          <p>
            {t('phone.incoming', {
              party: caller(phone.incoming, domain),
            })}
          </p>
          <div className={styles.actions}>
            <button ref={answerButton} type="button" className="button" onClick={phone.answer}>
              {t('phone.answer')}
            </button>
            <button type="button" className="button secondary" onClick={phone.reject}>
              {t('phone.reject')}
            </button>
          </div>
        </section>
      )}

      <div className={styles.columns}>
        <section aria-labelledby="phone-line" className={styles.line}>
          <h2 id="phone-line">{t('phone.line')}</h2>
          <p aria-live="polite" data-testid="call-state">
            {t(STATE_KEYS[phone.state], { party: partyText })}
            {phone.state === 'idle' && phone.lastEnded
              ? ` ${t('phone.ended', { cause: phone.lastEnded })}`
              : ''}
          </p>
          {phone.error === undefined ? null : (
            <p className="notice error" role="alert">
              {phone.error}
            </p>
          )}

          <form onSubmit={dial} className={styles.dialForm}>
            <label htmlFor="phone-target">{t('phone.target')}</label>
            <div className={styles.row}>
              <input
                id="phone-target"
                name="target"
                type="tel"
                inputMode="tel"
                autoComplete="off"
                value={target}
                maxLength={64}
                onChange={(event) => setTarget(event.target.value)}
                disabled={busy}
              />
              <button
                type="button"
                className="button secondary"
                aria-label={t('phone.backspace')}
                onClick={() => setTarget((value) => value.slice(0, -1))}
                disabled={busy || target === ''}
              >
                ⌫
              </button>
            </div>
            <DialPad label={inCall ? t('phone.dtmfPad') : t('phone.dialpad')} onKey={pressKey} />
            <div className={styles.actions}>
              {busy && phone.state !== 'ringing-in' ? (
                // Distinct keys: React must not turn this very element into the submit button below
                // while its click is dispatched, or the click would submit the form and dial again.
                <button
                  key="hangup"
                  type="button"
                  className={`button ${styles.hangup}`}
                  onClick={(event) => {
                    event.preventDefault();
                    phone.phone?.hangup();
                  }}
                >
                  {t('phone.hangup')}
                </button>
              ) : (
                <button
                  key="call"
                  type="submit"
                  className={`button ${styles.call}`}
                  disabled={registration.status !== 'registered' || busy}
                >
                  {t('phone.call')}
                </button>
              )}
            </div>
          </form>

          {inCall ? (
            <fieldset className={styles.controls}>
              <legend className={styles.visuallyHidden}>{t('phone.controls')}</legend>
              <button
                type="button"
                className="button secondary"
                aria-pressed={phone.state === 'on-hold'}
                disabled={phone.consult !== 'none'}
                onClick={() => (phone.state === 'on-hold' ? phone.phone?.unhold() : phone.phone?.hold())}
              >
                {phone.state === 'on-hold' ? t('phone.resume') : t('phone.hold')}
              </button>
              <button
                type="button"
                className="button secondary"
                aria-pressed={phone.muted}
                onClick={phone.toggleMute}
              >
                {phone.muted ? t('phone.unmute') : t('phone.mute')}
              </button>
            </fieldset>
          ) : null}

          {inCall ? (
            <fieldset className={styles.transfer}>
              <legend>{t('phone.transfer')}</legend>
              <label htmlFor="phone-transfer-target">{t('phone.transferTarget')}</label>
              <input
                id="phone-transfer-target"
                type="tel"
                autoComplete="off"
                value={transferTarget}
                maxLength={64}
                onChange={(event) => setTransferTarget(event.target.value)}
                disabled={phone.consult !== 'none'}
              />
              <div className={styles.actions}>
                {phone.consult === 'none' ? (
                  <>
                    <button
                      type="button"
                      className="button secondary"
                      disabled={transferTarget.trim() === ''}
                      onClick={() => phone.run(() => phone.phone?.blindTransfer(transferTarget))}
                    >
                      {t('phone.blindTransfer')}
                    </button>
                    <button
                      type="button"
                      className="button secondary"
                      disabled={transferTarget.trim() === ''}
                      onClick={() => phone.run(() => phone.phone?.consult(transferTarget))}
                    >
                      {t('phone.consult')}
                    </button>
                  </>
                ) : (
                  <>
                    <button
                      type="button"
                      className="button"
                      disabled={phone.consult !== 'established'}
                      onClick={() => phone.run(() => phone.phone?.completeTransfer())}
                    >
                      {t('phone.completeTransfer')}
                    </button>
                    <button
                      type="button"
                      className="button secondary"
                      onClick={() => phone.run(() => phone.phone?.cancelConsultation())}
                    >
                      {t('phone.cancelConsult')}
                    </button>
                  </>
                )}
              </div>
              {phone.consult === 'none' ? null : (
                <p aria-live="polite">
                  {t('phone.consulting', { party: partyLabel(transferTarget, domain) })}
                </p>
              )}
            </fieldset>
          ) : null}
          {phone.transfer === undefined ? null : (
            <p className={`notice ${phone.transfer.ok ? 'ok' : 'error'}`} role="status">
              {phone.transfer.ok
                ? t('phone.transferOk')
                : t('phone.transferFailed', {
                    reason: `${phone.transfer.status ?? ''} ${phone.transfer.reason}`.trim(),
                  })}
            </p>
          )}
          {/* The far end's audio; a second element for the consultation call of an attended transfer. */}
          {/* biome-ignore lint/a11y/useMediaCaption: a live phone call has no captions */}
          <audio ref={remoteAudio} autoPlay data-softphone="remote" />
          {/* biome-ignore lint/a11y/useMediaCaption: a live phone call has no captions */}
          <audio ref={consultAudio} autoPlay data-softphone="consult" />
        </section>

        <section aria-labelledby="phone-history" className={styles.history}>
          <h2 id="phone-history">{t('phone.history')}</h2>
          {phone.history.length === 0 ? (
            <p>{t('phone.historyEmpty')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('phone.col.party')}</th>
                    <th scope="col">{t('phone.col.time')}</th>
                    <th scope="col">{t('phone.col.outcome')}</th>
                    <th scope="col">
                      <span className={styles.visuallyHidden}>{t('phone.col.action')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {phone.history.map((call) => {
                    const label = partyLabel(call.party, domain);
                    return (
                      <tr key={`${call.startedAt}-${call.party}`}>
                        <td>
                          {call.direction === 'incoming' ? '↘ ' : '↗ '}
                          <span className={styles.visuallyHidden}>
                            {t(`phone.direction.${call.direction}`)}{' '}
                          </span>
                          {call.displayName ? `${call.displayName} (${label})` : label}
                        </td>
                        <td>
                          {new Date(call.startedAt).toLocaleString(locale, {
                            dateStyle: 'short',
                            timeStyle: 'short',
                          })}
                        </td>
                        <td>
                          {t(`phone.outcome.${call.outcome}`)}
                          {call.durationSeconds > 0 ? ` · ${formatDuration(call.durationSeconds)}` : ''}
                        </td>
                        <td>
                          <button
                            type="button"
                            className="button secondary"
                            disabled={busy || registration.status !== 'registered'}
                            onClick={() => phone.dial(label)}
                            aria-label={t('phone.callBack', { party: label })}
                          >
                            {t('phone.call')}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <div className={styles.actions}>
            <Link href="/me/calls">{t('phone.allCalls')}</Link>
            {phone.history.length === 0 ? null : (
              <button
                type="button"
                className="button secondary"
                onClick={() => {
                  clearHistory(window.localStorage, props.userId);
                  window.location.reload();
                }}
              >
                {t('phone.clearHistory')}
              </button>
            )}
          </div>

          <h2>{t('phone.settings')}</h2>
          <div className="checkbox">
            <input
              id="phone-audio-processing"
              type="checkbox"
              checked={audioProcessing}
              disabled={busy}
              onChange={(event) => toggleAudioProcessing(event.target.checked)}
            />
            <label htmlFor="phone-audio-processing">{t('phone.audioProcessing')}</label>
          </div>
          {notifications === 'default' ? (
            <button type="button" className="button secondary" onClick={askNotifications}>
              {t('phone.notificationsAsk')}
            </button>
          ) : notifications === 'denied' ? (
            <p className={styles.hint}>{t('phone.notificationsBlocked')}</p>
          ) : notifications === 'granted' ? (
            <p className={styles.hint}>{t('phone.notificationsOn')}</p>
          ) : null}
        </section>
      </div>
    </div>
  );
}

/** `Bob Baresip (202)`, or just `202` without a display name. */
function caller(incoming: Incoming, domain: string): string {
  const label = partyLabel(incoming.uri, domain);
  return incoming.displayName ? `${incoming.displayName} (${label})` : label;
}

function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return `${m}:${String(s).padStart(2, '0')}`;
}
