// A form's side label set top to bottom ("학\n력", "주\n요\n프\n로\n젝\n트" in a vertical cell of a
// 이력서 양식) comes out of the PDF one letter a line. Two or more such lines in a row are one word; a
// single letter alone is more often the end of a broken table cell ("(주)페이웨이\n브") and stays.
// Hangul only: a list of one-letter tools ("R", "C") one a line is no stacked word.
const ONE_LETTER = /^[가-힣]$/u;

/** The lines of a text with runs of one-letter lines joined into the word they spell. */
export function joinStackedLetters(lines: readonly string[]): string[] {
  const joined: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 2) joined.push(run.join(""));
    else joined.push(...run);
    run = [];
  };
  for (const line of lines) {
    if (ONE_LETTER.test(line.trim())) {
      run.push(line.trim());
      continue;
    }
    flush();
    joined.push(line);
  }
  flush();
  return joined;
}

// Korean forms space out the letters of short labels and names to fill a cell ("기 간", "회 사 명",
// "한 지 호"). A cell (between bars) made only of one-syllable words is such a word; one-syllable words
// in running text ("5년 차", "및 그 외") are left alone.
const SPACED_CELL = /^[가-힣](?: [가-힣])+$/u;

/** A line with its letter-spaced Korean cells closed up ("기 간 | 회 사 명" → "기간 | 회사명"). */
export function closeSpacedSyllables(line: string): string {
  return line
    .split(/(\s*[|｜]\s*)/u)
    .map((cell) => {
      const bare = cell.replace(/^- /, "").trim();
      return SPACED_CELL.test(bare) ? cell.replace(bare, bare.replace(/ /g, "")) : cell;
    })
    .join("");
}

// "2021 –" over "present": a date range a narrow table cell broke after its dash.
const OPEN_RANGE = /(?:19|20)\d{2}(?:[./]\d{1,2})?\s*[-–—~]$/u;
const RANGE_END = /^(?:(?:19|20)\d{2}\b|present|now|current|현재)/iu;

function joinBrokenRanges(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    // The layout may set the cell's two pieces apart by blank lines.
    let open = joined.length - 1;
    while (open >= 0 && !joined[open]!.trim()) open -= 1;
    if (open >= 0 && OPEN_RANGE.test(joined[open]!.trim()) && RANGE_END.test(line.trim())) {
      joined.splice(open, joined.length - open, `${joined[open]!.trimEnd()} ${line.trim()}`);
    } else joined.push(line);
  }
  return joined;
}

/** The lines of a resume's text as the readers take them: stacked and spaced-out letters joined. */
export function joinedLines(text: string): string[] {
  return joinBrokenRanges(joinStackedLetters(text.split("\n"))).map(closeSpacedSyllables);
}
