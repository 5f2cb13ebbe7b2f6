import type { AppServices } from "../services";

export const CLEANUP_JOB = "cleanup-expired-sessions";
export const CLEANUP_EVERY_MS = 5 * 60_000;

/** Expired login sessions and mailed tokens are deleted every five minutes, on whichever queue is configured. */
export async function registerCleanupJob(services: AppServices): Promise<void> {
  services.queue.register(CLEANUP_JOB, async () => {
    await services.loginSessions.deleteExpired();
    await services.accountMailer.tokens.deleteExpired();
  });
  await services.queue.repeat(CLEANUP_JOB, CLEANUP_EVERY_MS, {});
}
