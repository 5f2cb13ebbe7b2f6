import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { type PDFDocument, type PDFFont, StandardFonts } from "pdf-lib";
import type { FontKey } from "./types";

export interface FontPair {
  regular: PDFFont;
  bold: PDFFont;
}

const NANUM = "/usr/share/fonts/truetype/nanum";
const NOTO = "/usr/share/fonts/opentype/noto";
const LIBERATION = "/usr/share/fonts/truetype/liberation";
const DEJAVU = "/usr/share/fonts/truetype/dejavu";

// [file, font number inside a .ttc] for regular and bold. Noto CJK collections hold KR as face 1.
const FILES: Partial<Record<FontKey, [[string, number], [string, number]]>> = {
  "nanum-gothic": [
    [`${NANUM}/NanumGothic.ttf`, 0],
    [`${NANUM}/NanumGothicBold.ttf`, 0],
  ],
  "nanum-barun": [
    [`${NANUM}/NanumBarunGothic.ttf`, 0],
    [`${NANUM}/NanumBarunGothicBold.ttf`, 0],
  ],
  "nanum-myeongjo": [
    [`${NANUM}/NanumMyeongjo.ttf`, 0],
    [`${NANUM}/NanumMyeongjoBold.ttf`, 0],
  ],
  "nanum-square": [
    [`${NANUM}/NanumSquareR.ttf`, 0],
    [`${NANUM}/NanumSquareB.ttf`, 0],
  ],
  "noto-sans-kr": [
    [`${NOTO}/NotoSansCJK-Regular.ttc`, 1],
    [`${NOTO}/NotoSansCJK-Bold.ttc`, 1],
  ],
  "noto-serif-kr": [
    [`${NOTO}/NotoSerifCJK-Regular.ttc`, 1],
    [`${NOTO}/NotoSerifCJK-Bold.ttc`, 1],
  ],
  "liberation-sans": [
    [`${LIBERATION}/LiberationSans-Regular.ttf`, 0],
    [`${LIBERATION}/LiberationSans-Bold.ttf`, 0],
  ],
  "liberation-serif": [
    [`${LIBERATION}/LiberationSerif-Regular.ttf`, 0],
    [`${LIBERATION}/LiberationSerif-Bold.ttf`, 0],
  ],
  "liberation-narrow": [
    [`${LIBERATION}/LiberationSansNarrow-Regular.ttf`, 0],
    [`${LIBERATION}/LiberationSansNarrow-Bold.ttf`, 0],
  ],
  "dejavu-sans": [
    [`${DEJAVU}/DejaVuSans.ttf`, 0],
    [`${DEJAVU}/DejaVuSans-Bold.ttf`, 0],
  ],
  "dejavu-serif": [
    [`${DEJAVU}/DejaVuSerif.ttf`, 0],
    [`${DEJAVU}/DejaVuSerif-Bold.ttf`, 0],
  ],
};

const CACHE = join(tmpdir(), "resume-corpus-fonts");

/**
 * A subset of the font with exactly the characters of the document and no layout features:
 * pdf-lib's own subsetting mis-draws NanumGothic Hangul, and ligatures would turn "fi" into one glyph.
 */
function subset(file: string, fontNumber: number, text: string, name: string): Uint8Array {
  mkdirSync(CACHE, { recursive: true });
  const textFile = join(CACHE, `${name}.txt`);
  const output = join(CACHE, `${name}.font`);
  writeFileSync(textFile, text);
  execFileSync(
    "pyftsubset",
    [
      file,
      `--font-number=${fontNumber}`,
      `--text-file=${textFile}`,
      "--layout-features=",
      `--output-file=${output}`,
    ],
    { stdio: "ignore" },
  );
  return readFileSync(output);
}

export async function embedFonts(
  doc: PDFDocument,
  key: FontKey,
  text: string,
  id: string,
): Promise<FontPair> {
  if (key === "helvetica") {
    return {
      regular: await doc.embedFont(StandardFonts.Helvetica),
      bold: await doc.embedFont(StandardFonts.HelveticaBold),
    };
  }
  if (key === "times") {
    return {
      regular: await doc.embedFont(StandardFonts.TimesRoman),
      bold: await doc.embedFont(StandardFonts.TimesRomanBold),
    };
  }
  doc.registerFontkit(fontkit);
  const [regular, bold] = FILES[key]!;
  const embed = (bytes: Uint8Array) => doc.embedFont(bytes, { subset: false });
  return {
    regular: await embed(subset(regular[0], regular[1], text, `${id}-r`)),
    bold: await embed(subset(bold[0], bold[1], text, `${id}-b`)),
  };
}
