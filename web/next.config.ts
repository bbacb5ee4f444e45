import type { NextConfig } from 'next';

/**
 * The portal. It talks only to the public API: the browser reaches it
 * same-origin under `/v1` (src/app/v1/[...path]/route.ts forwards to
 * CARILLON_API_URL, read at run time), so the API's session cookie and CSRF
 * token work without CORS.
 */
const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The typed API client and the browser softphone are TypeScript source in the workspace.
  transpilePackages: ['@carillon/api-client', '@carillon/softphone'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'x-frame-options', value: 'DENY' },
          { key: 'x-content-type-options', value: 'nosniff' },
          { key: 'referrer-policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default config;
