import { EditorView } from "@codemirror/view";

/** A light theme in the app's slate and brand colours. */
export const editorTheme = EditorView.theme({
  "&": { fontSize: "14px", color: "#0f172a", backgroundColor: "#ffffff" },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: "var(--font-mono)", lineHeight: "1.65" },
  ".cm-content": { padding: "12px 0", caretColor: "#4f46e5" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "#4f46e5", borderLeftWidth: "2px" },
  ".cm-gutters": { backgroundColor: "#f8fafc", color: "#94a3b8", borderRight: "1px solid #e2e8f0" },
  ".cm-lineNumbers .cm-gutterElement": { padding: "0 12px 0 16px" },
  ".cm-activeLine": { backgroundColor: "#eef2ff66" },
  ".cm-activeLineGutter": { backgroundColor: "#eef2ff", color: "#4338ca" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground": {
    backgroundColor: "#c7d2fe",
  },
  "&.cm-focused .cm-matchingBracket": { backgroundColor: "#e0e7ff", outline: "1px solid #a5b4fc" },
  "&.cm-focused .cm-nonmatchingBracket": { backgroundColor: "#ffe4e6" },
});
