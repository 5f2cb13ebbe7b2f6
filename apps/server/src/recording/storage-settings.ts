import type { ServiceStatus } from "@studio/protocol";
import type { Config } from "../config";
import { FileRecordingStore, type RecordingStore } from "./recording-store";
import { S3RecordingStore } from "./s3-recording-store";

type StorageSettings = Pick<
  Config,
  | "DATA_DIR"
  | "STORAGE_PROVIDER"
  | "S3_ENDPOINT"
  | "S3_REGION"
  | "S3_BUCKET"
  | "S3_PREFIX"
  | "S3_ACCESS_KEY_ID"
  | "S3_SECRET_ACCESS_KEY"
  | "S3_FORCE_PATH_STYLE"
>;

/** Settings that only make sense together, named so the operator fixes them at once. */
export function storageProblems(config: StorageSettings): string[] {
  if (config.STORAGE_PROVIDER !== "s3") return [];
  const problems: string[] = [];
  if (!config.S3_BUCKET) problems.push("S3_BUCKET: required with STORAGE_PROVIDER=s3");
  if (Boolean(config.S3_ACCESS_KEY_ID) !== Boolean(config.S3_SECRET_ACCESS_KEY)) {
    problems.push("S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set both or neither");
  }
  if (config.S3_PREFIX && !config.S3_PREFIX.endsWith("/")) {
    problems.push('S3_PREFIX: must end with "/" (or be empty)');
  }
  return problems;
}

/** The recording store the configuration picks: local files by default, a bucket with STORAGE_PROVIDER=s3. */
export function createRecordingStore(config: StorageSettings): RecordingStore {
  if (config.STORAGE_PROVIDER !== "s3") return new FileRecordingStore(config.DATA_DIR);
  return new S3RecordingStore({
    endpoint: config.S3_ENDPOINT,
    region: config.S3_REGION,
    bucket: config.S3_BUCKET ?? "",
    prefix: config.S3_PREFIX,
    accessKeyId: config.S3_ACCESS_KEY_ID,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY,
    forcePathStyle: config.S3_FORCE_PATH_STYLE === "true",
  });
}

/** /api/status: which store holds recordings and where (bucket and endpoint, never the keys). */
export function storageStatus(store: RecordingStore): ServiceStatus {
  return { enabled: true, provider: store.provider, detail: `recordings in ${store.location}` };
}
