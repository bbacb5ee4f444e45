import { emailSchema } from '@carillon/domain';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { clientAddress } from '../auth/client-address';
import { PasswordResets, RESET_PATH } from '../auth/password-reset';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { PROBLEM_CONTENT_TYPE, problemSchema } from '../http/problem';
import { validationHook } from '../http/validation-hook';

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } },
});

const requestInputSchema = z.strictObject({ email: emailSchema }).openapi('PasswordResetRequest');
const acceptedSchema = z
  .object({ status: z.literal('accepted'), detail: z.string() })
  .openapi('PasswordResetAccepted');
const confirmInputSchema = z
  .strictObject({
    token: z
      .string({ error: 'token must be a string' })
      .min(1, { error: 'token is required' })
      .max(200)
      .openapi({ description: `The \`token\` of the link's fragment (\`${RESET_PATH}#token=…\`)` }),
    password: z.string({ error: 'password must be a string' }).max(1024).openapi({
      description: 'The new portal password (at least 12 characters, not the login or e-mail name)',
    }),
  })
  .openapi('PasswordResetConfirm');

const ACCEPTED_DETAIL = 'if the address belongs to an account, a reset link is on its way';
const tags = ['Session'];

/** Forgotten password: request a link by e-mail, then set a new password with its token. Both public. */
export function passwordResetRoutes(deps: ApiDeps) {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  const resets = new PasswordResets(deps);
  const minutes = Math.round(deps.config.PASSWORD_RESET_TTL_SECONDS / 60);

  app.openapi(
    createRoute({
      method: 'post',
      path: '/password-reset',
      tags,
      summary: 'Ask for a password-reset link by e-mail',
      description: `Always 202 with the same body, whether the address has an account or not. The mail links to the portal's \`${RESET_PATH}#token=…\`; the token works once, for ${minutes} minutes. Limited per source address (429 with Retry-After) and to a few mails per address and hour (beyond: still 202, no mail).`,
      request: { body: { required: true, content: { 'application/json': { schema: requestInputSchema } } } },
      responses: {
        202: { description: 'Accepted', content: { 'application/json': { schema: acceptedSchema } } },
        400: problem('Malformed JSON'),
        422: problem('e-mail missing or not an address'),
        429: problem('Too many requests from this address; see Retry-After'),
      },
    }),
    async (c) => {
      const address = clientAddress(c, deps.config.TRUSTED_PROXY_HOPS);
      if (address !== undefined) await deps.rateLimiter.enforce(deps.limits.resetRequest, address);
      await resets.request(c.req.valid('json').email);
      return c.json({ status: 'accepted' as const, detail: ACCEPTED_DETAIL }, 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/password-reset/confirm',
      tags,
      summary: 'Set a new password with the token of a reset link',
      description:
        'Spends the token, sets the new password and ends every session of the user (log in again). A second factor stays enrolled and is still asked at login.',
      request: { body: { required: true, content: { 'application/json': { schema: confirmInputSchema } } } },
      responses: {
        204: { description: 'Password changed' },
        400: problem('`invalid-reset-token`: unknown, used or expired token (field `token`)'),
        422: problem('The new password breaks the policy (field `password`)'),
        429: problem('Too many attempts from this address; see Retry-After'),
      },
    }),
    async (c) => {
      const address = clientAddress(c, deps.config.TRUSTED_PROXY_HOPS);
      if (address !== undefined) await deps.rateLimiter.enforce(deps.limits.login, address);
      const { token, password } = c.req.valid('json');
      await resets.confirm(token, password, c.var.requestId);
      return c.body(null, 204);
    },
  );

  return app;
}
