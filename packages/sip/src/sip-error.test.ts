import { describe, expect, it } from 'vitest';
import { parseMessage, parseSdp, SipError, SipParseError } from './index';

describe('SipError', () => {
  it('is the one base a caller catches for anything the library rejects, per layer', () => {
    const parse = (() => {
      try {
        parseMessage(Buffer.from('NOT SIP\r\n\r\n'));
      } catch (error) {
        return error;
      }
    })();
    expect(parse).toBeInstanceOf(SipParseError);
    expect(parse).toBeInstanceOf(SipError);
    expect(() => parseSdp('garbage')).toThrow(SipError);
  });
});
