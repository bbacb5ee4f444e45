import { describe, expect, it } from 'vitest';
import { addressProblem, PRODUCTION_URL_POLICY, urlProblems } from './url-policy';

const TEST_POLICY = { allowLoopbackHttp: true };

describe('SSRF guard: addresses', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    'fc12:3456::1',
    'ff02::1',
    '::ffff:10.0.0.1',
    '::ffff:7f00:1',
    '64:ff9b::a9fe:a9fe',
    '2001:db8::1',
  ])('refuses %s in production', (address) => {
    expect(addressProblem(address, PRODUCTION_URL_POLICY)).toMatch(/not a public address/);
  });

  it.each(['93.184.215.14', '1.1.1.1', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'allows the public address %s',
    (address) => {
      expect(addressProblem(address, PRODUCTION_URL_POLICY)).toBeUndefined();
    },
  );

  it('allows loopback IPv4 only under the embedded/test policy, and private ranges never', () => {
    expect(addressProblem('127.0.0.1', TEST_POLICY)).toBeUndefined();
    expect(addressProblem('127.8.9.10', TEST_POLICY)).toBeUndefined();
    expect(addressProblem('::1', TEST_POLICY)).toMatch(/not a public/);
    expect(addressProblem('10.0.0.1', TEST_POLICY)).toMatch(/not a public/);
    expect(addressProblem('169.254.169.254', TEST_POLICY)).toMatch(/not a public/);
  });
});

describe('SSRF guard: URLs', () => {
  it('takes https to a public host', () => {
    expect(urlProblems('https://hooks.example.com/carillon', PRODUCTION_URL_POLICY)).toEqual([]);
    expect(urlProblems('https://93.184.215.14:8443/x', PRODUCTION_URL_POLICY)).toEqual([]);
  });

  it('refuses http in production, even to a public host', () => {
    expect(urlProblems('http://hooks.example.com/', PRODUCTION_URL_POLICY)).toEqual(['url must be https']);
  });

  it('refuses literal private addresses in every spelling the URL parser normalises', () => {
    for (const url of [
      'https://127.0.0.1/',
      'https://2130706433/',
      'https://0x7f.0.0.1/',
      'https://[::1]/',
      'https://[::ffff:169.254.169.254]/',
      'https://169.254.169.254/latest/meta-data/',
    ]) {
      expect(urlProblems(url, PRODUCTION_URL_POLICY).join(), url).toMatch(/not a public address/);
    }
  });

  it('refuses names that are local by definition', () => {
    expect(urlProblems('https://localhost/', PRODUCTION_URL_POLICY)).toEqual([
      'url host must be a public host name',
    ]);
    expect(urlProblems('https://metadata.google.internal/', PRODUCTION_URL_POLICY)).toHaveLength(1);
  });

  it('takes http://127.0.0.1 only under the embedded/test policy', () => {
    expect(urlProblems('http://127.0.0.1:8099/hook', TEST_POLICY)).toEqual([]);
    expect(urlProblems('http://127.0.0.1:8099/hook', PRODUCTION_URL_POLICY)).toHaveLength(2);
    expect(urlProblems('http://localhost:8099/hook', TEST_POLICY)).toContain(
      'url must be https (http only to 127.0.0.1)',
    );
    expect(urlProblems('http://10.0.0.1/', TEST_POLICY)).toHaveLength(2);
  });

  it('refuses other schemes and non-URLs', () => {
    expect(urlProblems('ftp://example.com/', PRODUCTION_URL_POLICY)).toEqual(['url must be https']);
    expect(urlProblems('not a url', PRODUCTION_URL_POLICY)).toEqual(['url must be an absolute URL']);
  });
});
