import { basename } from "node:path/posix";
import type { FastifyRequest } from "fastify";
import { ApiError } from "../http/api-error";
import { resumeApiError } from "./resume-api-error";
import type { ResumeUpload } from "./resume-service";

const MAX_FILE_NAME = 200;

/**
 * The PDF of a `multipart/form-data` upload (field `file`), read into memory: it is never written to
 * disk, so nothing is left behind when a request fails half-way. The size limit is the multipart
 * plugin's (see resume-routes.ts); past it the rest of the file is skipped and the upload refused.
 */
export async function readResumeUpload(request: FastifyRequest): Promise<ResumeUpload> {
  if (!request.isMultipart()) {
    throw new ApiError(
      415,
      "UNSUPPORTED_MEDIA_TYPE",
      'Upload the resume as multipart/form-data with the PDF in the field "file"',
    );
  }
  const part = await request.file();
  if (part?.fieldname !== "file") {
    part?.file.resume();
    throw new ApiError(400, "FILE_REQUIRED", 'Attach the resume PDF in the multipart field "file"');
  }
  try {
    const bytes = await part.toBuffer();
    return { bytes, fileName: cleanFileName(part.filename) };
  } catch (error) {
    if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE")
      throw resumeApiError("FILE_TOO_LARGE");
    throw error;
  }
}

/** The name as shown back to the user: no folders (old browsers send "C:\\fakepath\\..."), no control characters. */
function cleanFileName(name: string): string {
  const clean = basename(name.replaceAll("\\", "/"))
    .replace(/\p{Cc}/gu, "")
    .trim()
    .slice(0, MAX_FILE_NAME);
  return clean || "resume.pdf";
}
