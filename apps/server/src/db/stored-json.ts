import { customType } from "drizzle-orm/pg-core";
import type { z } from "zod";

/**
 * How a JSON column's value is stored: the value with a `schemaVersion` (an array is wrapped as
 * `{schemaVersion, items}`, since an array has no room for one), and how rows written before the
 * current version are brought up to it. Rows from before versions existed read as version 0.
 */
export interface StoredShape<T> {
  version: number;
  schema: z.ZodType<T>;
  /** Upgrades a value stored at `from` (< version) to the current shape, before it is parsed. */
  upgrade?: (value: unknown, from: number) => unknown;
}

type Envelope = { schemaVersion: number; items?: unknown };

const isEnvelope = (value: unknown): value is Envelope & Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && "schemaVersion" in value;

/** The stored form of a value: versioned, and still plain JSON another tool can read. */
export function storeJson<T>(shape: StoredShape<T>, value: T): unknown {
  return Array.isArray(value)
    ? { schemaVersion: shape.version, items: value }
    : { ...(value as object), schemaVersion: shape.version };
}

/** A stored value read back: unwrapped, upgraded from its version, and checked against the schema. */
export function readJson<T>(shape: StoredShape<T>, stored: unknown, column: string): T {
  const raw = typeof stored === "string" ? JSON.parse(stored) : stored;
  let version = 0;
  let value: unknown = raw;
  if (isEnvelope(raw)) {
    version = raw.schemaVersion;
    if ("items" in raw && Object.keys(raw).length === 2) value = raw.items;
    else {
      const { schemaVersion: _, ...rest } = raw;
      value = rest;
    }
  }
  if (version > shape.version) {
    throw new Error(
      `${column}: stored at schema version ${version}, newer than this server's ${shape.version}`,
    );
  }
  if (version < shape.version && shape.upgrade) value = shape.upgrade(value, version);
  const parsed = shape.schema.safeParse(value);
  if (!parsed.success) {
    throw new Error(
      `${column}: stored value does not match its shape: ${parsed.error.message.slice(0, 300)}`,
    );
  }
  return parsed.data;
}

/** A jsonb column whose values carry a schemaVersion and are parsed with zod whenever a row is read. */
export function versionedJsonb<T>(name: string, shape: StoredShape<T>) {
  return customType<{ data: T; driverData: unknown }>({
    dataType: () => "jsonb",
    toDriver: (value) => JSON.stringify(storeJson(shape, value)),
    fromDriver: (stored) => readJson(shape, stored, name),
  })(name);
}
