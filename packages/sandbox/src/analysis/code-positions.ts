/** 1-based line of an offset. */
export function lineOf(code: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < code.length; i++) if (code[i] === "\n") line++;
  return line;
}

export function linesIn(code: string, start: number, end: number): number {
  return code.slice(start, end).split("\n").length;
}

/** Index of the bracket closing the one at `open`, or the end of the code. */
export function matchingClose(code: string, open: number): number {
  const pair: Record<string, string> = { "(": ")", "{": "}", "[": "]" };
  const close = pair[code[open]!]!;
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === code[open]) depth++;
    else if (code[i] === close && --depth === 0) return i;
  }
  return code.length;
}
