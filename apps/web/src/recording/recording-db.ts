/** Recordings kept on this device, in IndexedDB, within a size budget the candidate can see and clear. */
const DB_NAME = "studio-recordings";
const STORE = "recordings";
/** Oldest recordings are dropped to stay under this (browsers grant far more, but a phone fills up). */
export const DEVICE_BUDGET_BYTES = 500 * 1024 * 1024;

export interface StoredRecording {
  key: string;
  sessionId: string;
  questionId: string;
  blob: Blob;
  type: string;
  bytes: number;
  durationMs: number;
  createdAt: number;
}

export const recordingKeyOf = (sessionId: string, questionId: string) => `${sessionId}/${questionId}`;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(STORE, { keyPath: "key" });
      store.createIndex("sessionId", "sessionId");
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

export const listRecordings = () => run<StoredRecording[]>("readonly", (s) => s.getAll());
export const getRecording = (sessionId: string, questionId: string) =>
  run<StoredRecording | undefined>("readonly", (s) => s.get(recordingKeyOf(sessionId, questionId)));
export const deleteRecording = (key: string) => run("readwrite", (s) => s.delete(key));

export async function deleteSessionRecordings(sessionId: string): Promise<void> {
  for (const r of await listRecordings()) if (r.sessionId === sessionId) await deleteRecording(r.key);
}

/** Saves a recording, then drops the oldest others until everything fits the budget. */
export async function saveRecording(
  entry: Omit<StoredRecording, "key" | "bytes" | "createdAt" | "type">,
): Promise<void> {
  const record: StoredRecording = {
    ...entry,
    key: recordingKeyOf(entry.sessionId, entry.questionId),
    type: entry.blob.type,
    bytes: entry.blob.size,
    createdAt: Date.now(),
  };
  await run("readwrite", (s) => s.put(record));
  const all = (await listRecordings()).sort((a, b) => a.createdAt - b.createdAt);
  let total = all.reduce((sum, r) => sum + r.bytes, 0);
  for (const old of all) {
    if (total <= DEVICE_BUDGET_BYTES || old.key === record.key) continue;
    await deleteRecording(old.key);
    total -= old.bytes;
  }
}
