import { serve } from '@hono/node-server';
import { app } from './app';

const port = Number(process.env.PORT ?? 8080);
serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
