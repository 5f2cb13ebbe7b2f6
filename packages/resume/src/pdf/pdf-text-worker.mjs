// Runs pdf.js on one file inside a worker thread, so a hostile PDF can only exhaust this thread's
// heap and time: the parent sets resourceLimits and terminates the worker when it runs too long.
// Plain JavaScript because a worker thread loads its file without the TypeScript loader; the reply
// shape is PdfWorkerReply in read-pdf-items.ts.
import { fileURLToPath } from "node:url";
import { parentPort, workerData } from "node:worker_threads";
import { getDocumentProxy } from "unpdf";

// Korean PDFs with fonts left out of the file name a predefined CMap (UniKS-UCS2-H, KSCms-UHC-H):
// without pdfjs-dist's CMap files their text reads as nothing. pdf.js in Node reads them from a path.
const PDFJS = import.meta.resolve("pdfjs-dist/package.json");
const DATA = {
  cMapUrl: fileURLToPath(new URL("./cmaps/", PDFJS)),
  cMapPacked: true,
  standardFontDataUrl: fileURLToPath(new URL("./standard_fonts/", PDFJS)),
};

const { bytes, maxPages, maxItems, maxChars } = workerData;

function toItem(item) {
  const [, , , scaleY, x, y] = item.transform;
  return {
    str: item.str,
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

async function extract() {
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

try {
  parentPort.postMessage(await extract());
} catch (error) {
  parentPort.postMessage({
    kind: "failed",
    name: String(error?.name ?? "Error"),
    message: String(error?.message ?? error),
  });
}
