import type { FastifyInstance } from "fastify";
import type { SessionStore } from "../interview/session-store";
import { recordingListRoutes } from "../routes/recording-list-routes";
import { recordingRoutes, registerRecordingCleanup } from "../routes/recording-routes";
import type { AppServices } from "../services";
import { RecordingService } from "./recording-service";
import { FileRecordingStore } from "./recording-store";

/** Recordings kept on the server: the routes, the file clean-up after deletes, and a start-up sweep. */
export async function setupRecordings(
  app: FastifyInstance,
  services: AppServices,
  sessions: SessionStore,
): Promise<RecordingService> {
  const { config, db } = services;
  const recordings = new RecordingService(db, sessions, new FileRecordingStore(config.DATA_DIR), {
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
