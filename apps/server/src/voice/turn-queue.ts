/**
 * The socket's one queue: client messages and answers recognised on the server run here one at a time,
 * in order. A task that fails is handed to `onError` (which sends an `error` message) and the queue
 * goes on: nothing a turn does can become an unhandled rejection that stops the server.
 */
export class TurnQueue {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly onError: (error: unknown) => void) {}

  run(task: () => unknown): Promise<void> {
    const next = this.tail.then(task).then(
      () => undefined,
      (error: unknown) => {
        try {
          this.onError(error);
        } catch {
          // Reporting failed too (the socket is gone): nothing left to tell anyone.
        }
      },
    );
    this.tail = next;
    return next;
  }

  /** Resolves once every task queued so far has run. */
  idle(): Promise<void> {
    return this.tail;
  }
}
