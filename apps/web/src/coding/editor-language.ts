import { cpp } from "@codemirror/lang-cpp";
import { java } from "@codemirror/lang-java";
import { javascript } from "@codemirror/lang-javascript";
import { python } from "@codemirror/lang-python";
import type { LanguageSupport } from "@codemirror/language";
import type { CodingLanguage } from "@studio/protocol";

/** CodeMirror's syntax support for each language the sandbox runs; C uses the C++ grammar. */
export function editorLanguage(language: CodingLanguage): LanguageSupport {
  switch (language) {
    case "python":
      return python();
    case "javascript":
      return javascript();
    case "java":
      return java();
    case "c":
    case "cpp":
      return cpp();
  }
}

/** Spaces per indentation step, as the starters are written. */
export const indentWidth = (language: CodingLanguage) =>
  language === "python" || language === "java" || language === "c" || language === "cpp" ? 4 : 2;
