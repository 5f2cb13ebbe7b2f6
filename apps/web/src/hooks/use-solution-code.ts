import type { CodingLanguage, ProblemDetail } from "@studio/protocol";
import { useState } from "react";
import { loadDraft, loadPreferredLanguage, saveDraft, savePreferredLanguage } from "../coding/code-drafts";

/**
 * The code being written for a problem: one draft per language, kept in localStorage so a reload or
 * a language switch loses nothing. A language without a draft starts from the problem's starter code.
 */
export function useSolutionCode(problem: ProblemDetail) {
  const [language, setLanguageState] = useState(loadPreferredLanguage);
  const starterOf = (lang: CodingLanguage) => problem.starterCode[lang] ?? "";
  const [source, setSourceState] = useState(() => loadDraft(problem.id, language) ?? starterOf(language));
  const starter = starterOf(language);

  const setLanguage = (next: CodingLanguage) => {
    savePreferredLanguage(next);
    setLanguageState(next);
    setSourceState(loadDraft(problem.id, next) ?? starterOf(next));
  };

  const setSource = (code: string) => {
    setSourceState(code);
    saveDraft(problem.id, language, code, starter);
  };

  return { language, setLanguage, source, setSource, starter, isStarter: source === starter };
}
