import type { CodingLanguage } from "@studio/protocol";
import type { CodeStructure, FunctionInfo } from "./code-structure";
import { type Cost, LINEAR, LOG, larger, ONE, times } from "./cost";
import { chainCost, isConstant, VISITED } from "./loop-factors";

const MEMO = /@(functools\.)?(lru_)?cache|\bmemo\w*\b|\bcache\b|\bdp\b|computeIfAbsent/;
const SORT = /(\bsorted\s*\(|\.sort\s*\(|\bsort\s*\(|Arrays\.sort|Collections\.sort|\bqsort\s*\()/g;
/** Library calls that walk a whole collection once. */
const WHOLE_COLLECTION =
  /(\.split\(|\.join\(|\breversed\(|\.reverse\(|\.map\(|\.filter\(|\.reduce\(|\.read\(\)|readlines\(|readFileSync\()/g;
const LOG_CALLS = "heappush|heappop|heapreplace|bisect\\w*|lower_bound|upper_bound|binarySearch";
const ORDERED =
  /\b(?:priority_queue|PriorityQueue|TreeMap|TreeSet|(?:std::)?(?:multi)?(?:set|map))\s*<[^;=]*>\s+(\w+)/g;

/** Calls that cost log n: heap and search helpers, and operations on heaps and ordered maps the code declares. */
function logOps(code: string): RegExp {
  const names = [...code.matchAll(ORDERED)].map((m) => m[1]!);
  const members = names.length
    ? `|\\b(?:${names.join("|")})\\.(?:push|pop|emplace|add|offer|poll|insert|erase|remove|find|count|put|get)`
    : "";
  return new RegExp(`\\b(?:${LOG_CALLS})\\s*\\(${members}`, "g");
}
const LINEAR_OPS: Record<CodingLanguage, RegExp> = {
  // min(a, b) is O(1); min(values) walks values. The receiver is captured to skip sets and dicts.
  python:
    /((\w+)\.index\(|(\w+)\.count\(|(\w+)\.remove\(|(\w+)\.insert\(0|(\w+)\.pop\(0\)|\b(?:sum|min|max)\(\s*[\w.[\]]+\s*\))/g,
  javascript: /(\.indexOf\(|\.includes\(|\.shift\(\)|\.unshift\(|\.splice\(|\.slice\()/g,
  java: /(\.indexOf\(|\.remove\(0\))/g,
  c: /(\bstrlen\(|\bmemset\()/g,
  cpp: /(\.erase\(|\.insert\(\w+\.begin\(\)|std::find\(|\bfind\(\w+\.begin)/g,
};
/** Java and JavaScript names may hold `$`, which a regular expression reads as an anchor. */
function escaped(name: string): string {
  return name.replace(/\$/g, "\\$");
}

export interface RegionCost {
  cost: Cost;
  reasons: Set<string>;
}

/** The cost of code between start and end: the most expensive point, loops multiplying their bodies. */
function regionCost(
  structure: CodeStructure,
  ops: { linear: RegExp; log: RegExp; hashed: Set<string> },
  start: number,
  end: number,
  costs: (name: string) => Cost,
  self?: string,
): RegionCost {
  const loops = structure.loops.filter((loop) => loop.start >= start && loop.start < end);
  const reasons = new Set<string>();
  // A call in a loop's header (`for x in sorted(a)`) runs once, not once per iteration.
  const around = (at: number) => loops.filter((loop) => loop.headerEnd <= at && at < loop.end);
  const enclosing = (at: number): Cost => chainCost(around(at), structure);
  let cost = ONE;
  for (const loop of loops)
    cost = larger(cost, chainCost([...around(loop.start).filter((l) => l !== loop), loop], structure));
  if (loops.length) reasons.add("loops");
  const text = structure.code.slice(start, end);
  const at = (match: RegExpMatchArray) => start + match.index!;
  for (const match of text.matchAll(SORT)) {
    // A bare sort(...) is the candidate's own function when they wrote one.
    if (/^sort/.test(match[0]) && structure.functions.some((fn) => fn.name === "sort")) continue;
    cost = larger(cost, times(enclosing(at(match)), { n: 1, log: 1, exp: false }));
    reasons.add("sort");
  }
  for (const match of text.matchAll(ops.log)) cost = larger(cost, times(enclosing(at(match)), LOG));
  for (const match of text.matchAll(WHOLE_COLLECTION))
    cost = larger(cost, times(enclosing(at(match)), LINEAR));
  for (const match of text.matchAll(ops.linear)) {
    if (around(at(match)).length && isListScan(match, ops.hashed))
      cost = larger(cost, times(enclosing(at(match)), LINEAR));
  }
  for (const fn of structure.functions) {
    if (fn.name === self) continue;
    for (const match of text.matchAll(new RegExp(`\\b${escaped(fn.name)}\\s*\\(`, "g"))) {
      if (at(match) >= fn.start - fn.header.length && at(match) < fn.start) continue;
      cost = larger(cost, times(enclosing(at(match)), costs(fn.name)));
    }
  }
  return { cost, reasons };
}

const HASHED = /^\s*(\w+)\s*(?::[^=]*)?=\s*(set\(|\{|dict\(|defaultdict\(|Counter\(|OrderedDict\()/gm;

/** Python names bound to sets and dicts, whose remove/count/index are not list scans. */
function hashedNames(language: CodingLanguage, code: string): Set<string> {
  return new Set(language === "python" ? [...code.matchAll(HASHED)].map((m) => m[1]!) : []);
}

function isListScan(match: RegExpMatchArray, hashed: Set<string>): boolean {
  const receiver = match.slice(2).find((group) => group !== undefined);
  return !receiver || !hashed.has(receiver);
}

/** Linear library calls inside loops: each call walks the collection. */
export function hiddenLinearCalls(
  language: CodingLanguage,
  structure: CodeStructure,
): Array<{ line: number; call: string }> {
  const found: Array<{ line: number; call: string }> = [];
  const hashed = hashedNames(language, structure.code);
  for (const match of structure.code.matchAll(LINEAR_OPS[language])) {
    if (!isListScan(match, hashed)) continue;
    const loop = structure.loops.find(
      (l) => l.headerEnd <= match.index && match.index < l.end && !isConstant(l),
    );
    if (loop) found.push({ line: structure.code.slice(0, match.index).split("\n").length, call: match[0] });
  }
  return found;
}

function recursionFactor(
  fn: FunctionInfo,
  structure: CodeStructure,
  body: Cost,
): { cost: Cost; kind?: string } {
  const text = structure.code.slice(fn.start, fn.end);
  // `other.get(...)` inside a method named get is not recursion; `this.get(...)` and `self.get(...)` are.
  const calls = [
    ...text.matchAll(
      new RegExp(`(^|[^.\\w$]|\\b(?:this|self)\\.)${escaped(fn.name)}\\s*\\(([^;\\n)]*)`, "g"),
    ),
  ];
  if (calls.length === 0) return { cost: body };
  const decorated = structure.code.slice(Math.max(0, fn.start - fn.header.length - 80), fn.start);
  const halves = calls.some((call) => /\bmid\b|\/\s*2|>>\s*1|\/\/\s*2/.test(call[2]!));
  if (MEMO.test(text) || MEMO.test(decorated))
    return { cost: times(body, LINEAR), kind: "memoized recursion" };
  if (VISITED.test(text)) return { cost: larger(body, LINEAR), kind: "graph search (each node once)" };
  if (halves && calls.length >= 2)
    return { cost: body.n > 0 ? times(body, LOG) : LINEAR, kind: "divide and conquer" };
  if (halves) return { cost: times(body, LOG), kind: "halving recursion" };
  if (calls.length >= 2)
    return { cost: { ...body, exp: true }, kind: "branching recursion without memoization" };
  return { cost: times(body, LINEAR), kind: "linear recursion" };
}

export interface ComplexityEstimate {
  cost: Cost;
  /** Why: loops, sort, recursion kinds found. */
  reasons: string[];
}

export function estimateComplexity(language: CodingLanguage, structure: CodeStructure): ComplexityEstimate {
  const ops = {
    linear: LINEAR_OPS[language],
    log: logOps(structure.code),
    hashed: hashedNames(language, structure.code),
  };
  const memo = new Map<string, Cost>();
  const reasons = new Set<string>();
  const costOf = (name: string): Cost => {
    const known = memo.get(name);
    if (known) return known;
    memo.set(name, ONE); // breaks mutual recursion
    const fn = structure.functions.find((f) => f.name === name)!;
    const body = regionCost(structure, ops, fn.start, fn.end, costOf, name);
    const { cost, kind } = recursionFactor(fn, structure, body.cost);
    for (const reason of body.reasons) reasons.add(reason);
    if (kind) reasons.add(kind);
    memo.set(name, cost);
    return cost;
  };
  const whole = regionCost(structure, ops, 0, structure.code.length, costOf);
  let cost = whole.cost;
  for (const fn of structure.functions) cost = larger(cost, costOf(fn.name));
  for (const reason of whole.reasons) reasons.add(reason);
  return { cost, reasons: [...reasons] };
}
