import { createServer } from 'node:net';
import { EmbeddedStackError } from './errors';

/** A free TCP port on the loopback interface, chosen by the kernel. */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new EmbeddedStackError('could not determine a free port'));
      });
    });
  });
}

/**
 * Fails early with the service's name and the option to change when a port
 * is taken, instead of letting a child process die with a bind error.
 */
export async function assertPortFree(port: number, service: string, option: string, host = '127.0.0.1') {
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new EmbeddedStackError(
            `port ${port} for ${service} is already in use on ${host}; stop what uses it or choose another with ${option}`,
          ),
        );
      } else reject(error);
    });
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

/** Resolves a port option: 0 means "any free port". */
export async function resolvePort(port: number, service: string, option: string): Promise<number> {
  if (port === 0) return freePort();
  await assertPortFree(port, service, option);
  return port;
}
