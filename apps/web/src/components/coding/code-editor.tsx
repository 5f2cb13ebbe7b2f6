import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
} from "@codemirror/language";
import { Compartment, EditorState, Prec } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import type { CodingLanguage } from "@studio/protocol";
import { type Ref, useEffect, useImperativeHandle, useRef } from "react";
import { editorLanguage, indentWidth } from "../../coding/editor-language";
import { useLatest } from "../../hooks/use-latest";
import { editorTheme } from "./editor-theme";

export interface CodeEditorHandle {
  /** Replaces the whole document as one edit the user can undo. */
  replaceCode: (code: string) => void;
}

interface CodeEditorProps {
  ref?: Ref<CodeEditorHandle>;
  /** Read once: give the editor a new `key` to load another language or problem. */
  language: CodingLanguage;
  /** Read once, like `language`. */
  initialCode: string;
  label: string;
  onChange: (code: string) => void;
  /** Ctrl/Cmd+Enter. */
  onRun: () => void;
  /** Ctrl/Cmd+Shift+Enter. */
  onSubmit: () => void;
}

/** CodeMirror 6 with line numbers, bracket matching, auto-indent and undo history. */
export function CodeEditor({
  ref,
  language,
  initialCode,
  label,
  onChange,
  onRun,
  onSubmit,
}: CodeEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const labelCompartment = useRef(new Compartment());
  const props = useLatest({ language, initialCode, label, onChange, onRun, onSubmit });

  useEffect(() => {
    const parent = containerRef.current;
    if (!parent) return;
    const { language, initialCode, label } = props.current;
    const shortcuts = keymap.of([
      {
        key: "Mod-Enter",
        run: () => {
          props.current.onRun();
          return true;
        },
      },
      {
        key: "Shift-Mod-Enter",
        run: () => {
          props.current.onSubmit();
          return true;
        },
      },
    ]);
    const view = new EditorView({
      parent,
      state: EditorState.create({
        doc: initialCode,
        extensions: [
          Prec.highest(shortcuts),
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          drawSelection(),
          history(),
          indentOnInput(),
          bracketMatching(),
          closeBrackets(),
          indentUnit.of(" ".repeat(indentWidth(language))),
          EditorState.tabSize.of(indentWidth(language)),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          editorLanguage(language),
          keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
          labelCompartment.current.of(EditorView.contentAttributes.of({ "aria-label": label })),
          editorTheme,
          EditorView.updateListener.of((update) => {
            if (update.docChanged) props.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
  }, [props]);

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: labelCompartment.current.reconfigure(EditorView.contentAttributes.of({ "aria-label": label })),
    });
  }, [label]);

  useImperativeHandle(ref, () => ({
    replaceCode: (code) => {
      const view = viewRef.current;
      if (!view) return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
      view.focus();
    },
  }));

  return (
    <div
      ref={containerRef}
      data-testid="code-editor"
      data-language={language}
      className="h-[26rem] overflow-hidden bg-white sm:h-[32rem] [&_.cm-editor]:h-full"
    />
  );
}
