/** The sandbox cannot run here (no bwrap, no namespaces, a toolchain missing): HTTP 503. */
export class SandboxUnavailableError extends Error {
  readonly code = "SANDBOX_UNAVAILABLE";
}

/** A sandbox failed to start or its supervisor did not report, through no fault of the program: 503. */
export class SandboxFailure extends Error {
  readonly code = "SANDBOX_FAILURE";
}

/** Source or stdin over the size the API accepts: 413. */
export class InvalidSubmissionError extends Error {
  readonly code = "INVALID_SUBMISSION";
}

/** Every slot busy and the queue full: 429 or 503 with Retry-After. */
export class SandboxBusyError extends Error {
  readonly code = "SANDBOX_BUSY";
  constructor(queued: number, why = `the sandbox queue is full (${queued} waiting)`) {
    super(`${why}; try again shortly`);
  }
}
