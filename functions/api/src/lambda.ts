import { handle } from 'hono/aws-lambda';
import { createApiApp } from './app';
import { loadApiConfig } from './config';

export const handler = handle(createApiApp(loadApiConfig()));
