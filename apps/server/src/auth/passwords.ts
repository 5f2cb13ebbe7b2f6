import argon2 from "argon2";

/**
 * argon2id with the library's defaults (m=64 MiB, t=3, p=4), OWASP-grade. Each hash takes ~1 s of CPU
 * and 64 MiB, so only a few run at once: a burst of sign-ups queues here instead of starving the server.
 */
let maxParallel = 2;
let running = 0;
const waiting: (() => void)[] = [];

export function setPasswordHashConcurrency(limit: number): void {
  maxParallel = Math.max(1, limit);
}

async function limited<T>(task: () => Promise<T>): Promise<T> {
  if (running >= maxParallel) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

export function hashPassword(password: string): Promise<string> {
  return limited(() => argon2.hash(password, { type: argon2.argon2id }));
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return limited(() => argon2.verify(hash, password)).catch(() => false);
}

// Verifying against a real hash when the email is unknown keeps both failures equally slow.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("not-a-real-password-placeholder");
  await verifyPassword(await dummyHash, password);
}
