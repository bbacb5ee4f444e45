import type { Context } from 'hono';

export type JsonBody = { ok: true; value: unknown } | { ok: false; message: string };

/** The request body as JSON; a body that is not JSON is the client's error, named as such. */
export async function readJson(c: Context): Promise<JsonBody> {
  const text = await c.req.text();
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      message: `body is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
