import {
  errorBodySchema,
  type ResumeDetail,
  type ResumePatchBody,
  type ResumeUploadResponse,
  resumeDetailSchema,
  resumeListResponseSchema,
  resumeUploadResponseSchema,
} from "@studio/protocol";
import { ApiError } from "./api-error";
import { api } from "./http-client";

/** The server's limit (MAX_RESUME_BYTES), checked here too so a big file is refused before it is sent. */
export const MAX_RESUME_BYTES = 10 * 1024 * 1024;

export const resumeQueryKey = (id: string) => ["resume", id] as const;

const resumePath = (id: string) => `/api/resumes/${encodeURIComponent(id)}`;

export const getResume = (id: string): Promise<ResumeDetail> => api.get(resumePath(id), resumeDetailSchema);

export const deleteResume = (id: string) => api.delete(resumePath(id));

/** The candidate's corrections: each list given replaces the one read from the PDF. */
export const patchResume = (id: string, body: ResumePatchBody) =>
  api.patch(resumePath(id), body, resumeDetailSchema);

export async function listResumes(): Promise<ResumeDetail[]> {
  const { resumes } = await api.get("/api/resumes", resumeListResponseSchema);
  return resumes;
}

export interface UploadProgress {
  /** Bytes sent so far, 0..1. */
  fraction: number;
  /** Every byte is sent; the server is reading the PDF. */
  sent: boolean;
}

/**
 * Uploads a resume PDF as multipart (field `file`). XMLHttpRequest rather than fetch, because only it
 * reports upload progress. Resolves once the server has read the file (status "ready"), or with
 * "processing" when reading takes longer; a refused file rejects with the server's ApiError.
 */
export function uploadResume(
  file: File,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<ResumeUploadResponse> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/resumes");
    request.withCredentials = true;
    request.setRequestHeader("accept", "application/json");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ fraction: event.loaded / event.total, sent: false });
    };
    request.upload.onload = () => onProgress({ fraction: 1, sent: true });
    request.onload = () => {
      const body = parseJson(request.responseText);
      if (request.status === 201) {
        const upload = resumeUploadResponseSchema.safeParse(body);
        if (upload.success) return resolve(upload.data);
        return reject(new ApiError(0, "INVALID_RESPONSE", "Unexpected response from /api/resumes"));
      }
      const parsed = errorBodySchema.safeParse(body);
      reject(
        parsed.success
          ? new ApiError(request.status, parsed.data.error.code, parsed.data.error.message)
          : new ApiError(request.status, `HTTP_${request.status}`, request.statusText || "Upload failed"),
      );
    };
    request.onerror = () => reject(new ApiError(0, "NETWORK_ERROR", "Network error"));
    request.onabort = () => reject(new DOMException("The upload was cancelled", "AbortError"));
    signal?.addEventListener("abort", () => request.abort(), { once: true });
    const form = new FormData();
    form.append("file", file, file.name);
    request.send(form);
  });
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
