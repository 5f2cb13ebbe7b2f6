import { availableParallelism } from "node:os";

// Each PDF is read in its own child process with its own memory; a burst of uploads waits here instead
// of starting one process per upload and multiplying the memory a hostile file may take.
const MAX_PARALLEL = Math.max(1, Math.min(2, availableParallelism()));
let running = 0;
const waiting: (() => void)[] = [];

async function acquire(): Promise<void> {
  if (running < MAX_PARALLEL) {
    running++;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

/** Runs `task` when fewer than two PDF readers are busy. */
export async function runLimited<T>(task: () => Promise<T>): Promise<T> {
  await acquire();
  try {
    return await task();
  } finally {
    release();
  }
}
