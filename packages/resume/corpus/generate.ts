// Writes the resume corpus: one text PDF per document in pdfs/ and expected.json with the skills,
// projects and companies a recruiter would read from each. Needs Debian fonts-nanum, fonts-noto-cjk,
// fonts-liberation, fonts-dejavu and fonttools (pyftsubset); the PDFs are committed, so tests and
// `npm run eval:resume` need none of these. Run: npx tsx packages/resume/corpus/generate.ts
import { writeFileSync } from "node:fs";
import { PDFDocument } from "pdf-lib";
import { CORPUS } from "./docs/index";
import { embedFonts } from "./src/fonts";
import { renderResume } from "./src/render";
import type { CorpusResume } from "./src/types";

const here = (path: string) => new URL(path, import.meta.url);

function allText(resume: CorpusResume): string {
  const sections = [...resume.main, ...(resume.side ?? [])];
  const lines = [...resume.header, ...sections.flatMap((section) => [section.heading, ...section.lines])];
  return `${lines.join("\n")}${lines.join("\n").toUpperCase()}•–▪-·◦■| 0123456789`;
}

async function render(resume: CorpusResume): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFonts(doc, resume.layout.font, allText(resume), resume.id);
  renderResume(doc, fonts, resume);
  return { bytes: await doc.save({ useObjectStreams: false }), pages: doc.getPageCount() };
}

const expected: Record<string, unknown> = {};
for (const resume of CORPUS) {
  const { bytes, pages } = await render(resume);
  writeFileSync(here(`./pdfs/${resume.id}.pdf`), bytes);
  expected[resume.id] = {
    language: resume.language,
    pages,
    columns: resume.layout.sidebar ? 2 : 1,
    font: resume.layout.font,
    ...resume.expected,
  };
  console.log(`${resume.id}: ${pages} page(s)`);
}
writeFileSync(here("./expected.json"), `${JSON.stringify(expected, null, 2)}\n`);
