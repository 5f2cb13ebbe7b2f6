import type { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import type { ByteRange } from "./byte-range";
import type { RecordingRead, RecordingStore } from "./recording-store";

export interface S3StoreSettings {
  endpoint?: string;
  region: string;
  bucket: string;
  /** Keys live under this prefix inside the bucket (so the bucket can be shared). */
  prefix: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** MinIO, Garage, SeaweedFS and most self-hosted servers want path-style URLs. */
  forcePathStyle: boolean;
}

/** DeleteObjects takes at most this many keys per call. */
const DELETE_BATCH = 1000;

/** Recordings as objects in an S3-compatible bucket (AWS S3, MinIO, Garage, SeaweedFS, Ceph RGW...). */
export class S3RecordingStore implements RecordingStore {
  readonly provider = "s3";
  private readonly client: S3Client;

  constructor(private readonly settings: S3StoreSettings) {
    const { accessKeyId, secretAccessKey } = settings;
    this.client = new S3Client({
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      // Without keys the SDK's default chain applies (environment, instance role...).
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    });
  }

  get location(): string {
    const where = this.settings.endpoint ?? `region ${this.settings.region}`;
    return `bucket ${this.settings.bucket} at ${where}`;
  }

  /** Fails with a clear message when the bucket cannot be reached (checked at start-up). */
  async check(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.settings.bucket }));
    } catch (error) {
      const reason = error instanceof Error ? error.name : String(error);
      throw new Error(`S3 storage: cannot reach ${this.location} (${reason}); create the bucket first`);
    }
  }

  private objectKey(key: string): string {
    return `${this.settings.prefix}${key}`;
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.settings.bucket,
        Key: this.objectKey(key),
        Body: bytes,
        ContentType: contentType,
      }),
    );
  }

  async read(key: string, range: ByteRange | null): Promise<RecordingRead> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({
          Bucket: this.settings.bucket,
          Key: this.objectKey(key),
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      return { kind: "stream", body: object.Body as Readable };
    } catch (error) {
      const status = error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
      if (status === 404) return { kind: "missing" };
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    // Deleting a missing key succeeds in S3, as `rm --force` does on disk.
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }),
    );
  }

  async removePrefix(prefix: string): Promise<void> {
    const keys = await this.list(`${prefix}/`);
    for (let i = 0; i < keys.length; i += DELETE_BATCH) {
      const batch = keys.slice(i, i + DELETE_BATCH).map((key) => ({ Key: this.objectKey(key) }));
      const result = await this.client.send(
        new DeleteObjectsCommand({ Bucket: this.settings.bucket, Delete: { Objects: batch, Quiet: true } }),
      );
      if (result.Errors?.length) {
        throw new Error(`S3 storage: ${result.Errors.length} objects under ${prefix} were not deleted`);
      }
    }
  }

  keys(before?: Date): Promise<string[]> {
    return this.list("", before);
  }

  /** Every key (without the store's prefix) that starts with `prefix`, across pages. */
  private async list(prefix: string, before?: Date): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.settings.bucket,
          Prefix: this.objectKey(prefix),
          ContinuationToken: token,
        }),
      );
      for (const object of page.Contents ?? []) {
        if (before && !(object.LastModified && object.LastModified.getTime() < before.getTime())) continue;
        if (object.Key) keys.push(object.Key.slice(this.settings.prefix.length));
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys;
  }
}
