import type { FastifyInstance } from "fastify";
import type { SessionStore } from "../interview/session-store";
import { recordingListRoutes } from "../routes/recording-list-routes";
import { recordingRoutes, registerRecordingCleanup } from "../routes/recording-routes";
import type { AppServices } from "../services";
import { RecordingService } from "./recording-service";
import { S3RecordingStore } from "./s3-recording-store";

/** Recordings kept on the server: the routes, the file clean-up after deletes, and a start-up sweep. */
export async function setupRecordings(
  app: FastifyInstance,
  services: AppServices,
  sessions: SessionStore,
): Promise<RecordingService> {
  const { config, db, recordingStore } = services;
  // A bucket that cannot be reached fails the start-up with its name, not the first upload.
  if (recordingStore instanceof S3RecordingStore) await recordingStore.check();
  const recordings = new RecordingService(db, sessions, recordingStore, {
    quotaBytes: config.RECORDING_QUOTA_BYTES,
  });
  registerRecordingCleanup(app, recordings);
  await app.register(recordingRoutes(recordings, { maxBytes: config.RECORDING_MAX_BYTES }));
  await app.register(recordingListRoutes(recordings));
  // Files whose rows went while the server was down (a crash between the delete and the clean-up).
  const swept = await recordings.sweep();
  if (swept > 0) app.log.info({ swept }, "removed recordings of deleted sessions");
  return recordings;
}
