import type { CodeStructure, LoopInfo } from "./code-structure";
import { type Cost, LINEAR, LOG, ONE, times } from "./cost";

/** How many times each loop runs, in terms of n, recognizing loops that do not grow with it. */
export const VISITED = /\b(visited|seen|vis|dist)\b/;
const QUEUE = /\b(q|queue|deque|stack|st|stk|heap|pq|frontier|todo)\b/;
const POINTER_STEP = /\b(\w+)\s*(\+\+|--|\+=\s*1\b|-=\s*1\b)|(\+\+|--)\s*(\w+)/g;

/**
 * Loops that do not grow with n: a small literal bound, a list of directions, or the test cases of the
 * input (the work per case is what counts; the cases share the total input size).
 */
export function isConstant(loop: LoopInfo): boolean {
  const bound = /(range\(\s*(\d+)\s*\)|<=?\s*(\d+)\s*;)/.exec(loop.header);
  const limit = Number(bound?.[2] ?? bound?.[3] ?? Number.NaN);
  if (limit <= 64) return true;
  if (/\b(dirs?|directions|deltas?|moves|offsets|D[XY]|d[xy])\b/i.test(loop.header)) return true;
  if (/\bin\s*[([{]\s*["'\d(]|:\s*\{/.test(loop.header)) return true; // over a literal list
  return /(range\(\s*|<\s*|\+\s*)(t|T|tc|tests?|cases|testCases)\s*[);\]]/.test(loop.header);
}

const TAKES_NEXT = /(\w*pop\w*\s*\(|\.poll\(\)|\.shift\(\)|\[\s*head\s*\+\+\s*\])/;

/** A breadth- or depth-first search: a while loop taking from a queue, guarded by a visited set. */
function isTraversal(loop: LoopInfo, code: string): boolean {
  if (!/^while/.test(loop.header) || !VISITED.test(code)) return false;
  return QUEUE.test(loop.header) || TAKES_NEXT.test(code.slice(loop.start, loop.end));
}

/** A while loop inside another that only advances a pointer the outer loop keeps: amortized O(1). */
function isAmortized(loop: LoopInfo, outer: LoopInfo | undefined, code: string): boolean {
  if (!outer || !/^while/.test(loop.header)) return false;
  const body = code.slice(loop.start, loop.end);
  if (/\.pop(_back)?\(\)/.test(body) && /\b(stack|st|stk|mono\w*)\b/.test(loop.header)) return true;
  const stepped = [...body.matchAll(POINTER_STEP)].map((m) => m[1] ?? m[4]!);
  const before = code.slice(outer.start, loop.start);
  return stepped.some((name) => !new RegExp(`\\b${name}\\s*=[^=]`).test(before));
}

/** Open-addressing hash probes step with `(s + 1) & mask`: O(1) expected. */
const PROBE_STEP = /=\s*\(\s*\w+\s*\+\s*1\s*\)\s*[&%]/;

function factor(loop: LoopInfo, structure: CodeStructure, outer?: LoopInfo): Cost {
  if (loop.logarithmic) return LOG;
  if (PROBE_STEP.test(structure.code.slice(loop.start, loop.end))) return ONE;
  if (isConstant(loop) || isAmortized(loop, outer, structure.code)) return ONE;
  // Everything else, a heap-driven search (Dijkstra) included, runs n times; heap operations add the log.
  return LINEAR;
}

/**
 * Cost of the loops in `chain` (outermost first). A visited-guarded traversal touches each node and edge
 * once in total, so the loops around it and its neighbour loops are amortized into it.
 */
export function chainCost(chain: LoopInfo[], structure: CodeStructure): Cost {
  const traversal = chain.findLast((loop) => isTraversal(loop, structure.code));
  const counted = traversal ? [traversal] : chain;
  return counted.reduce((acc, loop, i) => times(acc, factor(loop, structure, counted[i - 1])), ONE);
}
