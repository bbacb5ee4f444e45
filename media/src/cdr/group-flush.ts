import { close, fdatasync } from 'node:fs';

/**
 * Group commit for one file descriptor: fdatasync runs on libuv's thread
 * pool instead of blocking the event loop (a flush takes milliseconds, and
 * the same loop relays RTP), and requests made while one flush is running
 * share the next one. The descriptor is closed only after the last flush,
 * so a flush never lands on a recycled descriptor number.
 */
export class GroupFlush {
  readonly #fd: number;
  readonly #onError: (error: Error) => void;
  #running = false;
  #again = false;
  #closeRequested = false;
  #waiters: (() => void)[] = [];

  constructor(fd: number, onError: (error: Error) => void) {
    this.#fd = fd;
    this.#onError = onError;
  }

  /** Flush what has been written so far; resolves when it is on the device. */
  request(): Promise<void> {
    return new Promise((resolve) => {
      this.#waiters.push(resolve);
      if (this.#running) this.#again = true;
      else this.#start();
    });
  }

  /** Close the descriptor once no flush is running. */
  close(): void {
    this.#closeRequested = true;
    if (!this.#running) this.#close();
  }

  #start(): void {
    this.#running = true;
    const waiters = this.#waiters;
    this.#waiters = [];
    fdatasync(this.#fd, (error) => {
      if (error) this.#onError(error);
      for (const resolve of waiters) resolve();
      this.#running = false;
      if (this.#again) {
        this.#again = false;
        this.#start();
      } else if (this.#closeRequested) {
        this.#close();
      }
    });
  }

  #close(): void {
    close(this.#fd, (error) => {
      if (error) this.#onError(error);
    });
  }
}
