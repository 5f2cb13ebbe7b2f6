import type { Language, ResumeErrorCode } from "@studio/protocol";

/** The HTTP status the server answers with for each refusal. */
export const RESUME_ERROR_STATUS: Record<ResumeErrorCode, number> = {
  EMPTY_FILE: 400,
  FILE_TOO_LARGE: 413,
  NOT_PDF: 415,
  ENCRYPTED_PDF: 422,
  CORRUPT_PDF: 422,
  NO_TEXT: 422,
  TOO_MANY_PAGES: 422,
  PDF_TOO_COMPLEX: 422,
};

const MESSAGES: Record<ResumeErrorCode, Record<Language, string>> = {
  EMPTY_FILE: {
    en: "The file is empty.",
    ko: "빈 파일입니다. 이력서 PDF 파일을 다시 선택해 주세요.",
  },
  FILE_TOO_LARGE: {
    en: "The file is too large; a resume PDF may be at most 10 MB.",
    ko: "파일이 너무 큽니다. 이력서 PDF는 10MB까지 올릴 수 있습니다.",
  },
  NOT_PDF: {
    en: "This file is not a PDF. Upload your resume as a PDF file.",
    ko: "PDF 파일이 아닙니다. 이력서를 PDF로 저장해서 올려 주세요.",
  },
  ENCRYPTED_PDF: {
    en: "This PDF is password-protected. Remove the password (or export it again without one) and upload it again.",
    ko: "비밀번호로 보호된 PDF입니다. 비밀번호를 해제하거나 암호 없이 다시 저장한 뒤 올려 주세요.",
  },
  CORRUPT_PDF: {
    en: "This PDF is damaged and cannot be read. Export it again from your editor and upload the new file.",
    ko: "손상된 PDF라서 읽을 수 없습니다. 문서 편집기에서 PDF로 다시 저장한 뒤 올려 주세요.",
  },
  NO_TEXT: {
    en: "This PDF has no selectable text (it looks scanned); export it from your editor as a text PDF.",
    ko: "이 PDF에는 선택 가능한 텍스트가 없습니다(스캔한 문서로 보입니다). 문서 편집기에서 텍스트 PDF로 저장해 올려 주세요.",
  },
  TOO_MANY_PAGES: {
    en: "This PDF has too many pages for a resume. Upload a shorter version (a resume is usually 1-3 pages).",
    ko: "이력서로 보기에는 페이지가 너무 많습니다. 분량을 줄인 PDF를 올려 주세요(보통 1~3쪽).",
  },
  PDF_TOO_COMPLEX: {
    en: "This PDF is too complex to read safely (it expands to too much data or takes too long). Export it again as a plain text PDF.",
    ko: "PDF 구조가 너무 복잡해서 안전하게 읽을 수 없습니다. 일반 텍스트 PDF로 다시 저장해 올려 주세요.",
  },
};

/** The message for a refusal in the session language. */
export function resumeErrorMessage(code: ResumeErrorCode, language: Language = "en"): string {
  return MESSAGES[code][language];
}

/** A refused or unreadable resume file; `status` is the HTTP status to answer with. */
export class ResumeError extends Error {
  override readonly name = "ResumeError";
  readonly code: ResumeErrorCode;
  readonly status: number;
  /** What went wrong underneath, for logs; the message itself is safe to show the user. */
  readonly detail: string | undefined;

  constructor(code: ResumeErrorCode, options?: { detail?: string; cause?: unknown }) {
    super(MESSAGES[code].en, { cause: options?.cause });
    this.code = code;
    this.status = RESUME_ERROR_STATUS[code];
    this.detail = options?.detail;
  }
}

export function isResumeError(error: unknown): error is ResumeError {
  return error instanceof ResumeError;
}
