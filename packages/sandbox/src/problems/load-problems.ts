import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type CodingLanguage,
  difficultySchema,
  type ProblemDetail,
  type ProblemSummary,
} from "@studio/protocol";
import { parse } from "yaml";
import { z } from "zod";
import type { Problem, ProblemTest } from "./problem";

/** The problem.yaml fields we use; other Kattis keys (source, license, uuid...) are allowed and ignored. */
const problemYamlSchema = z.looseObject({
  name: z.object({ en: z.string().min(1), ko: z.string().min(1) }),
  difficulty: difficultySchema,
  limits: z.object({
    /** Seconds of CPU time per test for C and C++. */
    time_limit: z.number().positive().max(10),
    /** MiB. */
    memory: z.number().int().min(16).max(1024).default(256),
    /** MiB of stdout. */
    output: z.number().int().min(1).max(64).default(8),
  }),
  validator_flags: z.string().optional(),
});

export const STARTER_FILES: Record<CodingLanguage, string> = {
  python: "main.py",
  javascript: "main.js",
  java: "Main.java",
  c: "main.c",
  cpp: "main.cpp",
};

const DIFFICULTY_ORDER = { easy: 0, medium: 1, hard: 2 } as const;

async function testsIn(dir: string, sample: boolean): Promise<ProblemTest[]> {
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((name) => name.endsWith(".in"))
    .sort();
  return names.map((name) => {
    const base = name.slice(0, -3);
    return { name: base, inputPath: join(dir, name), answerPath: join(dir, `${base}.ans`), sample };
  });
}

function floatTolerance(flags?: string): number | undefined {
  const value = /float_tolerance\s+(\S+)/.exec(flags ?? "")?.[1];
  return value === undefined ? undefined : Number(value);
}

async function starterCode(dir: string): Promise<Record<CodingLanguage, string>> {
  const entries = await Promise.all(
    Object.entries(STARTER_FILES).map(async ([language, file]) => [
      language,
      await readFile(join(dir, "starter", file), "utf8"),
    ]),
  );
  return Object.fromEntries(entries);
}

export async function loadProblem(dir: string, id: string): Promise<Problem> {
  const meta = problemYamlSchema.parse(parse(await readFile(join(dir, "problem.yaml"), "utf8")));
  const samples = await testsIn(join(dir, "data", "sample"), true);
  const secret = await testsIn(join(dir, "data", "secret"), false);
  const [en, ko] = await Promise.all(
    ["en", "ko"].map((lang) => readFile(join(dir, `statement.${lang}.md`), "utf8")),
  );
  const tolerance = floatTolerance(meta.validator_flags);
  return {
    id,
    dir,
    title: meta.name,
    difficulty: meta.difficulty,
    statement: { en: en!, ko: ko! },
    limits: {
      timeMs: Math.round(meta.limits.time_limit * 1000),
      memoryMb: meta.limits.memory,
      outputKb: meta.limits.output * 1024,
    },
    ...(tolerance === undefined ? {} : { floatTolerance: tolerance }),
    tests: [...samples, ...secret],
    samples: await Promise.all(
      samples.map(async (test) => ({
        input: await readFile(test.inputPath, "utf8"),
        output: await readFile(test.answerPath, "utf8"),
      })),
    ),
    starterCode: await starterCode(dir),
  };
}

export interface ProblemSet {
  problems: readonly Problem[];
  list(language?: "ko" | "en"): ProblemSummary[];
  get(id: string): Problem | undefined;
  /** The detail /api/coding/problems/:id returns, statement and title in the given language. */
  detail(id: string, language?: "ko" | "en"): ProblemDetail | undefined;
}

/** Loads every problem package in dir (folders with a problem.yaml), easiest first. */
export async function loadProblems(dir: string): Promise<ProblemSet> {
  const entries = await readdir(dir, { withFileTypes: true });
  const ids = entries.filter((e) => e.isDirectory() && /^[a-z0-9-]+$/.test(e.name)).map((e) => e.name);
  const loaded = await Promise.all(ids.map((id) => loadProblem(join(dir, id), id)));
  const problems = loaded.sort(
    (a, b) => DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] || a.id.localeCompare(b.id),
  );
  const byId = new Map(problems.map((problem) => [problem.id, problem]));
  return {
    problems,
    list: (language = "ko") =>
      problems.map((p) => ({ id: p.id, title: p.title[language], difficulty: p.difficulty })),
    get: (id) => byId.get(id),
    detail: (id, language = "ko") => {
      const p = byId.get(id);
      if (!p) return undefined;
      return {
        id: p.id,
        title: p.title[language],
        difficulty: p.difficulty,
        statement: p.statement[language],
        samples: p.samples,
        limits: p.limits,
        starterCode: p.starterCode,
        // The judge's tolerance for numbers, so the browser's sample check compares exactly as it does.
        ...(p.floatTolerance === undefined ? {} : { floatTolerance: p.floatTolerance }),
      };
    },
  };
}
