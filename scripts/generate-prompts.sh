#!/usr/bin/env bash
# Generates the system prompts of the embedded default into media/prompts/: 8 kHz, 16-bit, mono
# WAVs (what the media engine plays as PCMU/PCMA without resampling), spoken by espeak-ng and
# converted by sox. The generated files are committed, so CI and a fresh checkout do not depend on
# espeak-ng or its exact output; run this only to change or add a prompt, then commit the WAVs.
#
#   scripts/generate-prompts.sh            # all prompts
#   VOICE=en-us scripts/generate-prompts.sh
#
# Needs: espeak-ng, sox (Debian: apt-get install espeak-ng sox).
set -euo pipefail

cd "$(dirname "$0")/.."
out=media/prompts
voice="${VOICE:-en-gb}"
# words per minute: a little slower than espeak's 175 default, clearer over G.711
speed="${SPEED:-150}"

for tool in espeak-ng sox; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "generate-prompts: $tool is missing (Debian: apt-get install espeak-ng sox)" >&2
    exit 1
  fi
done

# key|text — the keys the call-control app and the edge's fallbacks use (system/prompts/<key>.wav)
prompts=(
  "service-unavailable|The service is temporarily unavailable. Please try again later."
  "callee-unavailable|The person you are calling is not available."
  "number-unknown|The number you have dialled does not exist."
  "callee-busy|The person you are calling is busy. Please try again later."
  "goodbye|Goodbye."
)

mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for entry in "${prompts[@]}"; do
  key="${entry%%|*}"
  text="${entry#*|}"
  espeak-ng -v "$voice" -s "$speed" -w "$tmp/$key.wav" "$text"
  # 8 kHz mono 16-bit; low-pass below 3.4 kHz is part of sox's rate conversion; peak at -3 dBFS;
  # 200 ms of silence before and after so the first syllable is not clipped by a phone's jitter buffer.
  sox "$tmp/$key.wav" -r 8000 -c 1 -b 16 -e signed-integer "$out/$key.wav" \
    gain -n -3 pad 0.2 0.2
  echo "generate-prompts: $out/$key.wav ($(stat -c %s "$out/$key.wav") bytes)"
done
