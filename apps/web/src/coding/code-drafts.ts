import { CODING_LANGUAGES, type CodingLanguage, codingLanguageSchema } from "@studio/protocol";

const PREFIX = "studio.coding";
const LANGUAGE_KEY = `${PREFIX}.language`;

const draftKey = (problemId: string, language: CodingLanguage) => `${PREFIX}.draft.${problemId}.${language}`;

// Storage can throw (private mode, quota, disabled); a lost draft is better than a broken page.
function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Ignored: see read().
  }
}

/** The user's saved code for a problem in a language, or null when they have none. */
export const loadDraft = (problemId: string, language: CodingLanguage) => read(draftKey(problemId, language));

/** Whether the user has started this problem in any language. */
export const hasAnyDraft = (problemId: string) =>
  CODING_LANGUAGES.some((language) => loadDraft(problemId, language) !== null);

/** Saves the code; code equal to the starter is forgotten, so a later starter change shows through. */
export function saveDraft(problemId: string, language: CodingLanguage, code: string, starter: string) {
  write(draftKey(problemId, language), code === starter ? null : code);
}

/** The language the user last picked, Python at first. */
export function loadPreferredLanguage(): CodingLanguage {
  const parsed = codingLanguageSchema.safeParse(read(LANGUAGE_KEY));
  return parsed.success ? parsed.data : "python";
}

export const savePreferredLanguage = (language: CodingLanguage) => write(LANGUAGE_KEY, language);
