import type { CodingLanguage } from "@studio/protocol";
import { braceDepth, braceFunctions, braceLoops } from "./brace-structure";
import { pythonBlocks } from "./python-structure";

/** A loop or function: a header and the span of code it governs (offsets into the stripped code). */
export interface Block {
  start: number;
  /** Where the part that repeats begins: after `for (...)`, or the element of a comprehension. */
  headerEnd: number;
  end: number;
  line: number;
  header: string;
}

export interface LoopInfo extends Block {
  /** The loop variable doubles or halves (or it is a binary search): log n iterations. */
  logarithmic: boolean;
}

export interface FunctionInfo extends Block {
  name: string;
  params: string;
  lineCount: number;
}

export interface CodeStructure {
  code: string;
  loops: LoopInfo[];
  functions: FunctionInfo[];
  /** The deepest nesting of blocks inside functions. */
  maxDepth: number;
}

const HALVING = /(\*=\s*2\b|\/=\s*2\b|\/\/=\s*2\b|>>=\s*1\b|<<=\s*1\b|=\s*\w+\s*(\*|\/\/|\/|>>|<<)\s*[12]\b)/;
const BINARY_SEARCH = /\bmid\b/;

/** Heap sift-up/down and binary search: an index halves or doubles each turn. */
const HALVING_STEP = /(>>\s*1\b|\/\s*2\b|\/\/\s*2\b|\*\s*2\b|\b2\s*\*\s*\w)/;

function isLogarithmic(header: string, body: string, hasInnerLoop: boolean): boolean {
  if (HALVING.test(header)) return true;
  const open = /^while/.test(header.trim()) || /^for\s*\(\s*;\s*;\s*\)/.test(header.trim());
  return !hasInnerLoop && open && (HALVING.test(body) || HALVING_STEP.test(body) || BINARY_SEARCH.test(body));
}

function withLogFlags(code: string, blocks: Block[]): LoopInfo[] {
  return blocks.map((loop) => {
    const inner = blocks.some((other) => other.start > loop.start && other.start < loop.end);
    return { ...loop, logarithmic: isLogarithmic(loop.header, code.slice(loop.start, loop.end), inner) };
  });
}

export function codeStructure(language: CodingLanguage, code: string): CodeStructure {
  if (language === "python") {
    const { loops, functions, maxDepth } = pythonBlocks(code);
    return { code, loops: withLogFlags(code, loops), functions, maxDepth };
  }
  const functions = braceFunctions(code);
  return {
    code,
    loops: withLogFlags(code, braceLoops(code)),
    functions,
    maxDepth: braceDepth(code, functions),
  };
}
