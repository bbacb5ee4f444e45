// Offers as real user agents send them, trimmed of nothing that matters to
// negotiation. Written with \n and converted, as SIP carries CRLF.
const crlf = (text: string) => `${text.trim().replace(/\n/g, '\r\n')}\r\n`;

/** baresip 3.x, G.722 first, telephone-event at 8 kHz. */
export const BARESIP_OFFER = crlf(`
v=0
o=- 1180343385 3004213553 IN IP4 10.0.0.5
s=-
c=IN IP4 10.0.0.5
t=0 0
m=audio 10014 RTP/AVP 9 0 8 101
b=AS:64
a=rtpmap:9 G722/8000
a=rtpmap:0 PCMU/8000
a=rtpmap:8 PCMA/8000
a=rtpmap:101 telephone-event/8000
a=fmtp:101 0-15
a=sendrecv
a=label:1
a=rtcp-rsize
a=ssrc:1393862478 cname:c1a5f0e4-0c6c-4f3a-9b9e-3d5f0a9c2b71
a=ptime:20
`);

/** Linphone 5.x: opus with a dynamic PT, speex, static PTs without rtpmap, three telephone-event rates. */
export const LINPHONE_OFFER = crlf(`
v=0
o=alice 3478 1264 IN IP4 192.168.1.20
s=Talk
c=IN IP4 192.168.1.20
t=0 0
a=rtcp-xr:rcvr-rtt=all:10000 stat-summary=loss,dup,jitt,TTL voip-metrics
m=audio 7078 RTP/AVP 96 97 98 0 8 18 101 99 100
a=rtpmap:96 opus/48000/2
a=fmtp:96 useinbandfec=1
a=rtpmap:97 speex/16000
a=fmtp:97 vbr=on
a=rtpmap:98 speex/8000
a=fmtp:98 vbr=on
a=fmtp:18 annexb=yes
a=rtpmap:101 telephone-event/48000
a=rtpmap:99 telephone-event/16000
a=rtpmap:100 telephone-event/8000
a=rtcp-fb:* trr-int 1000
a=rtcp-fb:* ccm tmmbr
`);

/** Chrome 12x: bundled audio and video over DTLS-SRTP with ICE. */
export const CHROME_OFFER = crlf(`
v=0
o=- 4611731400430051336 2 IN IP4 127.0.0.1
s=-
t=0 0
a=group:BUNDLE 0 1
a=extmap-allow-mixed
a=msid-semantic: WMS 5a9a1fd2-6d2f-4f8e-9b36-1c1d2d7e8f90
m=audio 50743 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126
c=IN IP4 203.0.113.45
a=rtcp:9 IN IP4 0.0.0.0
a=candidate:3348148302 1 udp 2113937151 192.168.1.33 50743 typ host generation 0 network-cost 999
a=candidate:842163049 1 udp 1677729535 203.0.113.45 50743 typ srflx raddr 192.168.1.33 rport 50743 generation 0 network-cost 999
a=ice-ufrag:uTqN
a=ice-pwd:p2n9pPFNnHkbLh4mLTr3Sx0y
a=ice-options:trickle
a=fingerprint:sha-256 7B:8B:F0:65:5F:78:E2:51:3B:AC:6F:F3:3F:46:1B:35:DC:B8:5F:64:1A:24:C2:43:F0:A1:58:D0:A1:2C:19:08
a=setup:actpass
a=mid:0
a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level
a=sendrecv
a=msid:5a9a1fd2-6d2f-4f8e-9b36-1c1d2d7e8f90 7a3b2c1d-0e9f-4a8b-b7c6-d5e4f3a2b1c0
a=rtcp-mux
a=rtpmap:111 opus/48000/2
a=rtcp-fb:111 transport-cc
a=fmtp:111 minptime=10;useinbandfec=1
a=rtpmap:63 red/48000/2
a=fmtp:63 111/111
a=rtpmap:9 G722/8000
a=rtpmap:0 PCMU/8000
a=rtpmap:8 PCMA/8000
a=rtpmap:13 CN/8000
a=rtpmap:110 telephone-event/48000
a=rtpmap:126 telephone-event/8000
a=ssrc:3570614608 cname:4TOk42mSjXCkVIa6
a=ssrc:3570614608 msid:5a9a1fd2-6d2f-4f8e-9b36-1c1d2d7e8f90 7a3b2c1d-0e9f-4a8b-b7c6-d5e4f3a2b1c0
m=video 9 UDP/TLS/RTP/SAVPF 96 97
c=IN IP4 0.0.0.0
a=rtcp:9 IN IP4 0.0.0.0
a=ice-ufrag:uTqN
a=ice-pwd:p2n9pPFNnHkbLh4mLTr3Sx0y
a=ice-options:trickle
a=fingerprint:sha-256 7B:8B:F0:65:5F:78:E2:51:3B:AC:6F:F3:3F:46:1B:35:DC:B8:5F:64:1A:24:C2:43:F0:A1:58:D0:A1:2C:19:08
a=setup:actpass
a=mid:1
a=sendrecv
a=rtcp-mux
a=rtpmap:96 VP8/90000
a=rtpmap:97 rtx/90000
a=fmtp:97 apt=96
`);

/** A desk phone offering only codecs we do not implement. */
export const UNSUPPORTED_CODECS_OFFER = crlf(`
v=0
o=- 20518 0 IN IP4 10.1.2.3
s=SDP data
c=IN IP4 10.1.2.3
t=0 0
m=audio 11796 RTP/AVP 18 4 101
a=rtpmap:18 G729/8000
a=fmtp:18 annexb=no
a=rtpmap:4 G723/8000
a=rtpmap:101 telephone-event/8000
a=fmtp:101 0-15
`);

/** A simple RTP offer to turn into the hold forms of RFC 3264 §8.4 and RFC 2543. */
export function plainOffer(
  options: { sessionAttr?: string; mediaAttr?: string; address?: string } = {},
): string {
  const address = options.address ?? '198.51.100.10';
  return crlf(`
v=0
o=- 42 ${options.address === undefined ? 1 : 2} IN IP4 198.51.100.10
s=-
c=IN IP4 ${address}
t=0 0
${options.sessionAttr === undefined ? '' : `a=${options.sessionAttr}\n`}m=audio 20000 RTP/AVP 0 8 101
a=rtpmap:0 PCMU/8000
a=rtpmap:8 PCMA/8000
a=rtpmap:101 telephone-event/8000
a=fmtp:101 0-16
${options.mediaAttr === undefined ? '' : `a=${options.mediaAttr}`}
`);
}
