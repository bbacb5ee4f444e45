/** The two functions of the npm `sip` package (0.0.6) that the parse benchmark calls; it ships no types. */
declare module 'sip' {
  export interface SipJsonMessage {
    method?: string;
    uri?: string;
    status?: number;
    reason?: string;
    headers: Record<string, unknown>;
    content?: string;
  }
  export function parse(data: Buffer | string): SipJsonMessage | undefined;
  export function stringify(message: SipJsonMessage | undefined): string;
  const sip: { parse: typeof parse; stringify: typeof stringify };
  export default sip;
}
