import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { ResumeError } from "../errors/resume-error";
import { encryptedPdf } from "../fixtures/encrypted-pdf";
import { scannedPdf } from "../fixtures/hostile-pdfs";
import { predefinedCMapPdf } from "../fixtures/minimal-pdf";
import { resumePdf } from "../fixtures/resume-pdf";
import { ENGLISH_RESUME, KOREAN_RESUME, longKoreanResume } from "../fixtures/sample-resumes";
import { extractPdfText } from "./extract-pdf-text";

async function refusal(bytes: Uint8Array, options = {}): Promise<ResumeError> {
  const error = await extractPdfText(bytes, options).catch((caught: unknown) => caught);
  if (!(error instanceof ResumeError)) throw new Error(`expected a ResumeError, got ${String(error)}`);
  return error;
}

describe("extractPdfText on resumes", () => {
  const pdfs: Record<string, Uint8Array> = {};
  beforeAll(async () => {
    pdfs.ko = await resumePdf(KOREAN_RESUME);
    pdfs.en = await resumePdf(ENGLISH_RESUME);
    pdfs.long = await resumePdf(longKoreanResume(), { pageNumbers: true });
  });

  it("reads a Korean resume with its sections, bullets and wrapped lines joined", async () => {
    const { pages, text, pageTexts } = await extractPdfText(pdfs.ko!);
    expect(pages).toBe(2);
    expect(pageTexts).toHaveLength(2);
    expect(text).toContain(
      "경력 사항\n\n주식회사 배달한끼 | 백엔드 개발자 | 2021.03 - 현재\n- 주문 서비스의",
    );
    // This bullet wraps in the PDF; extraction gives it back as one line.
    expect(text).toContain(
      "- 주문 서비스의 모놀리식 구조를 Spring Boot 기반 마이크로서비스로 분리하여 배포 주기를 주 1회에서 하루 5회로 단축했습니다.",
    );
    expect(text).toContain("인프라: AWS, Docker, Kubernetes, GitHub Actions");
  });

  it("reads an English resume", async () => {
    const { pages, text } = await extractPdfText(pdfs.en!);
    expect(pages).toBe(1);
    expect(text).toContain("Senior Frontend Engineer, Northwind Commerce Inc. | Mar 2021 – Present");
    expect(text).toContain(
      "- Led the migration of the checkout from a legacy jQuery application to React and TypeScript, cutting the JavaScript bundle size by 45% and improving conversion by 3%.",
    );
  });

  it("reads a five-page resume without its page numbers, an entry going on across a page break", async () => {
    const { pages, text } = await extractPdfText(pdfs.long!);
    expect(pages).toBe(5);
    expect(text).not.toMatch(/^\d+ \/ 5$/m);
    expect(text).not.toMatch(/\n\n- /); // no bullet cut off from its entry by a page break
  });
});

describe("extractPdfText on older Korean PDFs", () => {
  it("reads text in a font that is not embedded, through a predefined Korean CMap", async () => {
    const lines = [
      "김서연 데이터 엔지니어",
      "주식회사 한빛데이터 2019.03 - 현재",
      "Spark 기반 배치 파이프라인 운영",
    ];
    const { text } = await extractPdfText(predefinedCMapPdf(lines));
    expect(text.split("\n")).toEqual(lines);
  });
});

describe("extractPdfText refuses bad files with a clear error", () => {
  it("an empty file", async () => {
    expect((await refusal(new Uint8Array())).code).toBe("EMPTY_FILE");
    expect((await refusal(new TextEncoder().encode("  \n"))).status).toBe(400);
  });

  it("a file that is not a PDF, by its magic number", async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const error = await refusal(png);
    expect([error.code, error.status]).toEqual(["NOT_PDF", 415]);
    expect((await refusal(new TextEncoder().encode("이력서.docx 내용입니다 %%EOF"))).code).toBe("NOT_PDF");
  });

  it("a file over the size cap", async () => {
    const error = await refusal(new Uint8Array(2048).fill(0x25), { maxBytes: 1024 });
    expect([error.code, error.status]).toEqual(["FILE_TOO_LARGE", 413]);
  });

  it("a password-protected PDF", async () => {
    const error = await refusal(encryptedPdf("secret"));
    expect([error.code, error.status]).toEqual(["ENCRYPTED_PDF", 422]);
    expect(error.message).toMatch(/password/);
  });

  it("accepts a PDF encrypted only against editing (empty user password)", async () => {
    const { text } = await extractPdfText(encryptedPdf(""));
    expect(text).toContain("Built payment APIs in Go and PostgreSQL.");
  });

  it("a scanned PDF, even with a scanner app's watermark", async () => {
    for (const pdf of [scannedPdf(), scannedPdf("Scanned with OfficeLens")]) {
      const error = await refusal(pdf);
      expect([error.code, error.status]).toEqual(["NO_TEXT", 422]);
      expect(error.message).toBe(
        "This PDF has no selectable text (it looks scanned); export it from your editor as a text PDF.",
      );
    }
  });

  it("a truncated PDF", async () => {
    const pdf = await resumePdf(ENGLISH_RESUME);
    expect((await refusal(pdf.slice(0, Math.floor(pdf.length / 2)))).code).toBe("CORRUPT_PDF");
  });

  it("a PDF whose body is garbage between a valid header and end marker", async () => {
    const garbage = new Uint8Array(4000).map((_, i) => (i * 131 + 7) % 256);
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("%PDF-1.7\n"),
      ...garbage,
      ...new TextEncoder().encode("\n%%EOF\n"),
    ]);
    expect((await refusal(bytes)).code).toBe("CORRUPT_PDF");
  });

  it("a PDF with more pages than a resume has", async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 25; i++) doc.addPage();
    const error = await refusal(await doc.save(), { maxPages: 20 });
    expect([error.code, error.status]).toEqual(["TOO_MANY_PAGES", 422]);
  });
});
