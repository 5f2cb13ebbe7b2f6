// Runs pdf.js on one file in a child process, so a hostile PDF can only exhaust this process: the
// parent starts it under RLIMIT_AS (address space: heap, ArrayBuffers and all) and RLIMIT_CPU, and
// kills it when it runs too long. Its memory goes back to the system when it exits, whatever it did.
// The file comes on stdin, the limits in argv; the reply (PdfChildReply in read-pdf-items.ts) is one
// JSON line on fd 3, so nothing pdf.js might print on stdout can be mistaken for it.
// Plain JavaScript: the child starts with plain node, without the TypeScript loader.
import { writeSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { getDocumentProxy } from "unpdf";

// Korean PDFs with fonts left out of the file name a predefined CMap (UniKS-UCS2-H, KSCms-UHC-H):
// without pdfjs-dist's CMap files their text reads as nothing. pdf.js in Node reads them from a path.
const PDFJS = import.meta.resolve("pdfjs-dist/package.json");
const DATA = {
  cMapUrl: fileURLToPath(new URL("./cmaps/", PDFJS)),
  cMapPacked: true,
  standardFontDataUrl: fileURLToPath(new URL("./standard_fonts/", PDFJS)),
};

const [maxPages, maxItems, maxChars] = process.argv.slice(2).map(Number);

// NUL and unpaired surrogates (as protocol's stripUnsafeText): PostgreSQL text refuses the first,
// UTF-8 cannot encode the second, and a PDF's text is whatever its author's program wrote.
const UNSAFE_TEXT = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function toItem(item) {
  const [, , , scaleY, x, y] = item.transform;
  return {
    str: item.str.replace(UNSAFE_TEXT, ""),
    x,
    y,
    width: item.width,
    size: Math.abs(scaleY) || item.height,
    eol: item.hasEOL,
  };
}

async function readPage(pdf, pageNumber) {
  const page = await pdf.getPage(pageNumber);
  const content = await page.getTextContent();
  const [left, , right] = page.view;
  page.cleanup();
  return { width: right - left, items: content.items.filter((item) => "str" in item).map(toItem) };
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

async function extract(bytes) {
  // verbosity 0: pdf.js would otherwise warn on stdout about every oddity of a broken file.
  const pdf = await getDocumentProxy(bytes, {
    ...DATA,
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
  });
  try {
    if (pdf.numPages > maxPages) return { kind: "too-many-pages", pages: pdf.numPages };
    const pages = [];
    let [items, chars] = [0, 0];
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
      const page = await readPage(pdf, pageNumber);
      items += page.items.length;
      chars += page.items.reduce((sum, item) => sum + item.str.length, 0);
      // A resume has a few thousand text runs; a file with far more is built to make work.
      if (items > maxItems || chars > maxChars) return { kind: "too-much-text", items, chars };
      pages.push(page);
    }
    return { kind: "pages", pages };
  } finally {
    await pdf.destroy();
  }
}

let reply;
try {
  reply = await extract(await readStdin());
} catch (error) {
  reply = { kind: "failed", name: String(error?.name ?? "Error"), message: String(error?.message ?? error) };
}
writeSync(3, `${JSON.stringify(reply)}\n`);
process.exit(0);
