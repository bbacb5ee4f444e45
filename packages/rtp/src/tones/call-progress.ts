import { dbm0ToDbfs, type G711Law } from '../g711';
import { renderCadencedTone } from './generator';

export type CallProgressToneName = 'dial' | 'ringback' | 'busy' | 'congestion' | 'callWaiting';
export type CallProgressCountry = 'DE' | 'NL' | 'GB' | 'US' | 'FR';

/**
 * A call-progress tone: frequencies (a single tone, or a dual tone summed), the level of each
 * frequency in dBm0, and the cadence as alternating on/off times in ms (empty: continuous).
 */
export interface CallProgressTone {
  readonly frequencies: readonly number[];
  readonly levelDbm0: number;
  readonly cadenceMs: readonly number[];
}

const tone = (frequencies: number[], levelDbm0: number, cadenceMs: number[] = []): CallProgressTone => ({
  frequencies,
  levelDbm0,
  cadenceMs,
});

/**
 * Frequencies and cadences from ITU-T E.180 Supplement 2 ("Various tones used in national
 * networks"), the same figures as Asterisk's indications.conf. Levels: the US values are those of
 * the North American Precise Tone Plan (dial −13, ringback −19, busy/reorder −24 dBm0 per
 * frequency); for the European 425/440/400 Hz tones E.180 gives a range per administration and a
 * nominal −10 dBm0 is used.
 */
export const CALL_PROGRESS_TONES: Readonly<
  Record<CallProgressCountry, Readonly<Record<CallProgressToneName, CallProgressTone>>>
> = {
  DE: {
    dial: tone([425], -10),
    ringback: tone([425], -10, [1000, 4000]),
    busy: tone([425], -10, [480, 480]),
    congestion: tone([425], -10, [240, 240]),
    callWaiting: tone([425], -10, [200, 200, 200, 5000]),
  },
  NL: {
    dial: tone([425], -10),
    ringback: tone([425], -10, [1000, 4000]),
    busy: tone([425], -10, [500, 500]),
    congestion: tone([425], -10, [250, 250]),
    callWaiting: tone([425], -10, [500, 9500]),
  },
  GB: {
    dial: tone([350, 440], -13),
    ringback: tone([400, 450], -13, [400, 200, 400, 2000]),
    busy: tone([400], -10, [375, 375]),
    congestion: tone([400], -10, [400, 350, 225, 525]),
    callWaiting: tone([400], -10, [100, 4000]),
  },
  US: {
    dial: tone([350, 440], -13),
    ringback: tone([440, 480], -19, [2000, 4000]),
    busy: tone([480, 620], -24, [500, 500]),
    congestion: tone([480, 620], -24, [250, 250]),
    callWaiting: tone([440], -13, [300, 9700]),
  },
  FR: {
    dial: tone([440], -10),
    ringback: tone([440], -10, [1500, 3500]),
    busy: tone([440], -10, [500, 500]),
    congestion: tone([440], -10, [250, 250]),
    callWaiting: tone([440], -10, [300, 10000]),
  },
};

/**
 * Renders `out.length` samples of a call-progress tone starting at absolute sample `startSample`
 * of the tone (so the edge can render it 20 ms at a time). Levels are set for the G.711 law the
 * tone will be encoded with (dBm0 is defined relative to the law's overload point).
 */
export function renderCallProgressTone(
  spec: CallProgressTone,
  sampleRate: number,
  out: Int16Array,
  startSample = 0,
  law: G711Law = 'alaw',
): Int16Array {
  const levelDbfs = dbm0ToDbfs(spec.levelDbm0, law);
  const components = spec.frequencies.map((frequency) => ({ frequency, levelDbfs }));
  return renderCadencedTone(components, spec.cadenceMs, sampleRate, out, startSample);
}

export function callProgressTone(country: CallProgressCountry, name: CallProgressToneName): CallProgressTone {
  return CALL_PROGRESS_TONES[country][name];
}
