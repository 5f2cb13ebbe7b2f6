/** The canvas's copy in this browser, and the choice between it and the server's autosave. Pure. */

/** One copy per account, problem and interview: two accounts on one browser never see each other's board. */
export const localDraftKey = (userId: string, problemId: string, sessionId?: string) =>
  `studio.whiteboard.${JSON.stringify([userId, problemId, sessionId ?? ""])}`;

export interface LocalDraft {
  /** When this browser saved it (ISO). */
  savedAt: string;
  elements: unknown[];
}

export interface ServerDraft {
  elements: readonly unknown[];
  /** When the server stored it (ISO); null when nothing was saved. */
  updatedAt: string | null;
}

export const serializeLocalDraft = (elements: readonly unknown[], at: Date): string =>
  JSON.stringify({ savedAt: at.toISOString(), elements: [...elements] } satisfies LocalDraft);

/** The stored copy, or null for anything unreadable (another version's format, a hand edit). */
export function parseLocalDraft(raw: string | null): LocalDraft | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<LocalDraft> | null;
    if (!value || !Array.isArray(value.elements) || typeof value.savedAt !== "string") return null;
    return Number.isFinite(Date.parse(value.savedAt))
      ? { savedAt: value.savedAt, elements: value.elements }
      : null;
  } catch {
    return null;
  }
}

const timeOf = (iso: string | null | undefined) => {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  return Number.isFinite(ms) ? ms : Number.NEGATIVE_INFINITY;
};

/**
 * The newer of the two copies: this browser's copy wins when it was saved after the server's (the last
 * changes had not reached the server: a crash, a lost connection); on a tie or without timestamps, the
 * server's, which other devices also write.
 */
export function chooseDraft(server: ServerDraft | null, local: LocalDraft | null): readonly unknown[] {
  const serverAt = server?.updatedAt ? timeOf(server.updatedAt) : Number.NEGATIVE_INFINITY;
  if (local && timeOf(local.savedAt) > serverAt) return local.elements;
  return server?.updatedAt ? server.elements : (local?.elements ?? []);
}
