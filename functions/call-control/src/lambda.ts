import { handle } from 'hono/aws-lambda';
import { createCallControlApp } from './app';
import { loadCallControlConfig } from './config';

export const handler = handle(createCallControlApp(loadCallControlConfig()));
