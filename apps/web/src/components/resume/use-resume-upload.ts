import type { ResumeDetail } from "@studio/protocol";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { getResume, MAX_RESUME_BYTES, resumeQueryKey, uploadResume } from "../../api/resumes-api";

const POLL_MS = 1000;
// Reading a resume takes well under a second; a minute of "processing" means something is stuck.
const GIVE_UP_MS = 90_000;

type Upload =
  | { phase: "idle" }
  | { phase: "uploading"; fileName: string; fraction: number; sent: boolean }
  | { phase: "uploaded"; id: string; at: number }
  | { phase: "error"; error: unknown };

/** What the upload step shows; `error` is an ApiError, a resume error code or "TIMEOUT". */
export type ResumeUploadView =
  | { phase: "idle" }
  | { phase: "uploading"; fileName: string; fraction: number; sent: boolean }
  | { phase: "indexing" }
  | { phase: "ready"; resume: ResumeDetail }
  | { phase: "error"; error: unknown };

/** A file the server would refuse anyway is refused here, before any byte is sent. */
function refusalBeforeUpload(file: File): string | null {
  if (file.size === 0) return "EMPTY_FILE";
  if (file.size > MAX_RESUME_BYTES) return "FILE_TOO_LARGE";
  if (file.type !== "application/pdf" && !file.name.toLowerCase().endsWith(".pdf")) return "NOT_PDF";
  return null;
}

/**
 * The upload step as a small state machine: pick → upload (with progress) → the server reads the
 * PDF (polled while it answers "processing") → ready or refused. `reset` goes back to picking.
 */
export function useResumeUpload() {
  const [upload, setUpload] = useState<Upload>({ phase: "idle" });
  const abort = useRef<AbortController | null>(null);
  const id = upload.phase === "uploaded" ? upload.id : null;

  const detail = useQuery({
    queryKey: resumeQueryKey(id ?? ""),
    queryFn: () => getResume(id!),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.status === "processing" ? POLL_MS : false),
  });

  useEffect(() => () => abort.current?.abort(), []);

  const start = useCallback((file: File) => {
    const refusal = refusalBeforeUpload(file);
    if (refusal) return setUpload({ phase: "error", error: refusal });
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setUpload({ phase: "uploading", fileName: file.name, fraction: 0, sent: false });
    uploadResume(
      file,
      (progress) =>
        !controller.signal.aborted && setUpload({ phase: "uploading", fileName: file.name, ...progress }),
      controller.signal,
    ).then(
      (created) => setUpload({ phase: "uploaded", id: created.id, at: Date.now() }),
      (error: unknown) => !controller.signal.aborted && setUpload({ phase: "error", error }),
    );
  }, []);

  const reset = useCallback(() => {
    abort.current?.abort();
    setUpload({ phase: "idle" });
  }, []);

  /** Takes up a resume uploaded on an earlier visit, as if it had just been read. */
  const adopt = useCallback((resumeId: string) => {
    setUpload({ phase: "uploaded", id: resumeId, at: Date.now() });
  }, []);

  return { view: viewOf(upload, detail), start, reset, adopt, resumeId: id };
}

function viewOf(
  upload: Upload,
  detail: { data: ResumeDetail | undefined; error: unknown; dataUpdatedAt: number },
): ResumeUploadView {
  if (upload.phase !== "uploaded") return upload;
  if (detail.error) return { phase: "error", error: detail.error };
  const resume = detail.data;
  if (resume?.status === "ready") return { phase: "ready", resume };
  if (resume?.status === "failed") return { phase: "error", error: resume.error?.code ?? null };
  if (detail.dataUpdatedAt - upload.at > GIVE_UP_MS) return { phase: "error", error: "TIMEOUT" };
  return { phase: "indexing" };
}
