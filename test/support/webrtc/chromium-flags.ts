/*
 * What Chromium needs to make WebRTC calls against the edge in a test; shared by the WebRTC call
 * test (media/test/webrtc) and the portal phone test (test/portal).
 */

/**
 * Chromium flags for a page that makes WebRTC calls against the edge on loopback:
 *   --use-fake-ui-for-media-stream / --use-fake-device-for-media-stream / --use-file-for-fake-audio-capture
 *       microphone permission granted, the WAV file as the microphone;
 *   --allow-loopback-in-peer-connection  a 127.0.0.1 host candidate (Chromium leaves loopback out);
 *   --ignore-certificate-errors  the edge's WSS certificate is self-signed (a person accepts it once
 *       by opening the edge's https:// address, which answers 426);
 *   --autoplay-policy=no-user-gesture-required  WebAudio runs without a click.
 */
export function fakeMediaChromiumArgs(microphoneWav: string): string[] {
  return [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-audio-capture=${microphoneWav}`,
    '--allow-loopback-in-peer-connection',
    '--ignore-certificate-errors',
    '--autoplay-policy=no-user-gesture-required',
  ];
}
