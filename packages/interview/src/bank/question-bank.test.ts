import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CATEGORY_ORDER, type Category, type Language } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { QUESTION_FILES } from "./question-bank";
import { type QuestionFile, questionFileSchema } from "./question-bank-schema";

const QUESTIONS_DIR = join(import.meta.dirname, "../../questions");

function readQuestionFiles(): { path: string; file: QuestionFile }[] {
  return readdirSync(QUESTIONS_DIR).flatMap((language) =>
    readdirSync(join(QUESTIONS_DIR, language)).map((name) => {
      const path = `${language}/${name}`;
      const file = questionFileSchema.parse(JSON.parse(readFileSync(join(QUESTIONS_DIR, path), "utf8")));
      return { path, file };
    }),
  );
}

const files = readQuestionFiles();
const countIn = (file: QuestionFile | undefined, category: Category) =>
  file?.questions.filter((q) => q.category === category).length ?? 0;
const fileFor = (language: Language, role: string) =>
  files.find((f) => f.file.language === language && f.file.role === role)?.file;

describe("question bank files", () => {
  it("has one valid file per language and role, named after them, all of them loaded", () => {
    expect(files).toHaveLength(10);
    for (const { path, file } of files) expect(path).toBe(`${file.language}/${file.role}.json`);
    expect(QUESTION_FILES).toHaveLength(files.length);
  });

  it("gives every question a unique id built from language, role and category", () => {
    const ids = files.flatMap(({ file }) => file.questions.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const { file } of files) {
      for (const q of file.questions) {
        expect(q.id.startsWith(`${file.language}-${file.role}-${q.category}-`)).toBe(true);
        expect(q.id).not.toContain("~");
      }
    }
  });

  it("has at least 8 general questions per category in each language", () => {
    for (const language of ["ko", "en"] as const) {
      for (const category of CATEGORY_ORDER) {
        expect(
          countIn(fileFor(language, "general"), category),
          `${language} ${category}`,
        ).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it("has at least 15 technical questions for every role in each language", () => {
    for (const language of ["ko", "en"] as const) {
      for (const role of ["general", "backend", "frontend", "data", "pm"]) {
        expect(countIn(fileFor(language, role), "technical"), `${language} ${role}`).toBeGreaterThanOrEqual(
          15,
        );
      }
    }
  });

  it("writes Korean questions in Hangul, ending as polite questions or requests", () => {
    const korean = files.filter(({ file }) => file.language === "ko").flatMap(({ file }) => file.questions);
    for (const q of korean) {
      const letters = q.text.match(/\p{L}/gu) ?? [];
      const hangul = q.text.match(/[가-힣]/g) ?? [];
      expect(hangul.length / letters.length, q.id).toBeGreaterThan(0.6);
      expect(q.text, q.id).toMatch(/(?:[요까]\?|(?:주세요|니다)\.)$/);
    }
  });

  it("writes English questions without Hangul, requests ending in a full stop and questions in ?", () => {
    const english = files.filter(({ file }) => file.language === "en").flatMap(({ file }) => file.questions);
    for (const q of english) {
      expect(q.text, q.id).toMatch(/^[\x20-\x7e]+$/);
      const lastSentence = q.text.split(/(?<=[.?])\s+/).at(-1)!;
      const request = /^(Tell|Describe|Walk|Explain|Please|Pick)\b/.test(lastSentence);
      expect(lastSentence, q.id).toMatch(request ? /[^.?]\.$/ : /[^.?]\?$/);
    }
  });
});
