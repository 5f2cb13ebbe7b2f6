import type { CodingLanguage } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { analyzeSource } from "./analyze-source";

const complexity = (language: CodingLanguage, source: string) => analyzeSource(language, source).complexity;
const notes = (language: CodingLanguage, source: string) => analyzeSource(language, source).notes.join("\n");

describe("estimated complexity", () => {
  it("multiplies nested loops", () => {
    expect(complexity("python", "for i in range(n):\n    total += i\n")).toBe("O(n)");
    expect(
      complexity("python", "for i in range(n):\n    for j in range(n):\n        s += a[i] * a[j]\n"),
    ).toBe("O(n^2)");
    const triple =
      "for (int i = 0; i < n; i++)\n  for (int j = 0; j < n; j++)\n    for (int k = 0; k < n; k++) c[i][j] += a[i][k] * b[k][j];";
    expect(complexity("cpp", `int main() {\n${triple}\n}`)).toBe("O(n^3)");
    expect(complexity("python", "total = sum(x * y for x in a for y in b)\n")).toBe("O(n^2)");
  });

  it("does not count sequential loops or loops with small constant bounds", () => {
    expect(
      complexity(
        "java",
        "class A { void f() { for (int i = 0; i < n; i++) x++; for (int j = 0; j < n; j++) y++; } }",
      ),
    ).toBe("O(n)");
    expect(complexity("python", "for i in range(n):\n    for d in range(4):\n        pass\n")).toBe("O(n)");
    expect(
      complexity("python", "for i in range(n):\n    for dx, dy in ((0, 1), (1, 0)):\n        pass\n"),
    ).toBe("O(n)");
  });

  it("sees sorting, halving loops and binary search", () => {
    expect(complexity("python", "a.sort()\nfor x in a:\n    print(x)\n")).toBe("O(n log n)");
    expect(complexity("python", "for x in sorted(a):\n    print(x)\n")).toBe("O(n log n)");
    expect(complexity("c", "int main(void) { for (int i = 1; i < n; i *= 2) c++; }")).toBe("O(log n)");
    const search =
      "lo, hi = 0, n\nwhile lo < hi:\n    mid = (lo + hi) // 2\n    if a[mid] < x:\n        lo = mid + 1\n    else:\n        hi = mid\n";
    expect(complexity("python", search)).toBe("O(log n)");
    expect(
      complexity("cpp", "int main() { for (int i = 0; i < n; i++) std::sort(v.begin(), v.end()); }"),
    ).toBe("O(n^2 log n)");
  });

  it("reads recursion: branching, memoized, halving and linear", () => {
    expect(
      complexity(
        "python",
        "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n",
      ),
    ).toBe("O(2^n)");
    const memo =
      "from functools import lru_cache\n\n@lru_cache(None)\ndef fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n";
    expect(complexity("python", memo)).toBe("O(n)");
    const mergeSort =
      "function sort(a) {\n  if (a.length < 2) return a;\n  const mid = a.length >> 1;\n  const l = sort(a.slice(0, mid)), r = sort(a.slice(mid));\n  const out = [];\n  let i = 0, j = 0;\n  while (i < l.length || j < r.length) out.push(j >= r.length || (i < l.length && l[i] <= r[j]) ? l[i++] : r[j++]);\n  return out;\n}";
    expect(complexity("javascript", mergeSort)).toBe("O(n log n)");
    expect(complexity("java", "class A { static int f(int n) { return n == 0 ? 0 : 1 + f(n - 1); } }")).toBe(
      "O(n)",
    );
    expect(
      complexity("java", "class A { static int f(int n) { return n == 0 ? 0 : f(n - 1) + f(n - 1); } }"),
    ).toBe("O(2^n)");
  });

  it("amortizes graph searches, sliding windows and hash probes", () => {
    const bfs =
      "from collections import deque\nseen = {0}\nq = deque([0])\nwhile q:\n    u = q.popleft()\n    for v in graph[u]:\n        if v not in seen:\n            seen.add(v)\n            q.append(v)\n";
    expect(complexity("python", bfs)).toBe("O(n)");
    const window =
      "window = set()\nleft = 0\nfor right in range(n):\n    while a[right] in window:\n        window.remove(a[left])\n        left += 1\n    window.add(a[right])\n";
    expect(complexity("python", window)).toBe("O(n)");
    const dijkstra =
      "import heapq\ndist = [inf] * n\nheap = [(0, 0)]\nwhile heap:\n    d, u = heapq.heappop(heap)\n    for v, w in graph[u]:\n        if d + w < dist[v]:\n            dist[v] = d + w\n            heapq.heappush(heap, (d + w, v))\n";
    expect(complexity("python", dijkstra)).toBe("O(n log n)");
  });

  it("counts hidden linear calls inside loops and says where", () => {
    const analysis = analyzeSource("python", "while queue:\n    x = queue.pop(0)\n    print(x)\n");
    expect(analysis.complexity).toBe("O(n^2)");
    expect(analysis.notes.join("\n")).toMatch(/Line 2: queue\.pop\(0\) inside a loop/);
    expect(complexity("javascript", "for (const x of a) { if (b.includes(x)) c++; }")).toBe("O(n^2)");
  });
});

describe("style notes", () => {
  it("starts with the complexity estimate and its reasons", () => {
    const [first] = analyzeSource("python", "for x in sorted(a):\n    print(x)\n").notes;
    expect(first).toContain("O(n log n)");
    expect(first).toContain("sort");
  });

  it("flags naming that goes against the language's convention", () => {
    expect(notes("python", "def twoSum(nums):\n    return nums\n\ntwoSum([])\n")).toContain("snake_case");
    expect(
      notes("java", "class A { int two_sum(int x) { return x; } void main() { two_sum(1); } }"),
    ).toContain("camelCase");
    expect(notes("python", "def two_sum(nums):\n    return nums\n\ntwo_sum([])\n")).not.toContain(
      "snake_case",
    );
    expect(notes("python", "a = 1\nb = 2\nc = 3\nd = 4\nprint(a + b + c + d)\n")).toContain("one-letter");
  });

  it("flags long functions and deep nesting", () => {
    const body = Array.from({ length: 45 }, (_, i) => `    x${i} = ${i}`).join("\n");
    expect(notes("python", `def long_one():\n${body}\n\nlong_one()\n`)).toMatch(/long_one is 4\d lines long/);
    const deep =
      "def f(a):\n    if a:\n        if a:\n            if a:\n                if a:\n                    if a:\n                        return 1\n\nf(1)\n";
    expect(notes("python", deep)).toContain("nest");
  });

  it("finds dead code: unreachable statements, unused functions, imports and commented-out code", () => {
    expect(notes("python", "def f():\n    return 1\n    print('never')\n\nf()\n")).toContain("Unreachable");
    expect(notes("c", "int f(void) { return 1; g(); }\nint main(void) { return f(); }")).toContain(
      "Unreachable",
    );
    expect(
      notes("c", "int f(int x) { if (x) return 1; return 2; }\nint main(void) { return f(0); }"),
    ).not.toContain("Unreachable");
    expect(notes("python", "def helper():\n    pass\n\nprint(1)\n")).toContain("never called: helper");
    expect(notes("python", "import os\nimport sys\nprint(sys.argv)\n")).toContain("Unused imports: os");
    expect(
      notes("java", "import java.util.List;\nimport java.util.Map;\nclass A { List<Integer> a; }"),
    ).toContain("Unused imports: Map");
    expect(notes("javascript", "// console.log(a);\n// let b = 2;\nconsole.log(1);\n")).toContain(
      "commented-out",
    );
  });

  it("knows a few idioms per language", () => {
    expect(notes("javascript", "var a = 1;\nif (a == '1') console.log(a);\n")).toMatch(
      /let`\/`const[\s\S]*===/,
    );
    expect(notes("python", "try:\n    x = 1\nexcept:\n    pass\n")).toContain("bare `except:`");
    expect(
      notes("java", "class A { void f() { try { g(); } catch (Exception e) { } } void g() {} }"),
    ).toContain("empty catch");
    expect(notes("c", "#include <stdio.h>\nint main(void) { char b[9]; gets(b); }")).toContain("fgets");
    expect(notes("cpp", "#include <bits/stdc++.h>\nint main() {}")).toContain("bits/stdc++.h");
  });

  it("writes the notes in Korean on request", () => {
    const analysis = analyzeSource("python", "def f():\n    return 1\n    print(2)\n\nf()\n", "ko");
    expect(analysis.notes[0]).toContain("예상 시간 복잡도");
    expect(analysis.notes.join("\n")).toContain("실행되지 않습니다");
  });

  it("does not see code inside strings or comments", () => {
    const source = "s = 'for i in range(n): for j in range(n): pass'\n# for k in range(n):\nprint(s)\n";
    expect(complexity("python", source)).toBe("O(1)");
  });
});
