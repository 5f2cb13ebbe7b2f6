import { describe, expect, it } from "vitest";
import { type ConfigError, loadConfig } from "../config";
import { FileRecordingStore } from "./recording-store";
import { S3RecordingStore } from "./s3-recording-store";
import { createRecordingStore, storageStatus } from "./storage-settings";

const s3 = { STORAGE_PROVIDER: "s3", S3_BUCKET: "recs", S3_ENDPOINT: "http://127.0.0.1:9000" };

describe("recording storage settings", () => {
  it("keeps recordings on disk by default", () => {
    const store = createRecordingStore(loadConfig({ DATA_DIR: "/tmp/x" }));
    expect(store).toBeInstanceOf(FileRecordingStore);
    expect(storageStatus(store)).toMatchObject({
      provider: "disk",
      detail: "recordings in /tmp/x/recordings",
    });
  });

  it("uses the bucket with STORAGE_PROVIDER=s3 and shows where, never the keys", () => {
    const store = createRecordingStore(
      loadConfig({ ...s3, S3_ACCESS_KEY_ID: "AKIDEXAMPLE", S3_SECRET_ACCESS_KEY: "very-secret-key" }),
    );
    expect(store).toBeInstanceOf(S3RecordingStore);
    const status = storageStatus(store);
    expect(status).toMatchObject({
      provider: "s3",
      detail: "recordings in bucket recs at http://127.0.0.1:9000",
    });
    expect(JSON.stringify(status)).not.toMatch(/AKIDEXAMPLE|very-secret-key/);
  });

  it("names every missing or inconsistent S3 setting at once", () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ STORAGE_PROVIDER: "s3" })).toEqual(["S3_BUCKET: required with STORAGE_PROVIDER=s3"]);
    expect(problems({ ...s3, S3_ACCESS_KEY_ID: "only-the-id", S3_PREFIX: "no-slash" })).toHaveLength(2);
    expect(problems({ STORAGE_PROVIDER: "gcs" })[0]).toMatch(/^STORAGE_PROVIDER/);
    expect(problems({ ...s3, S3_PREFIX: "" })).toEqual([]);
  });
});
