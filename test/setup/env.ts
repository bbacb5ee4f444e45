import { inject } from 'vitest';

// Each worker gets the endpoints of the servers the global setup started,
// through the same variables a deployed function reads.
Object.assign(process.env, inject('carillonEnv'));
