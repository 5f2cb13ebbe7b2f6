import { type FormEvent, type KeyboardEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { buttonClass } from "../button-styles";

const MAX_CHARS = 20_000;

interface RoomAnswerFormProps {
  disabled: boolean;
  waiting: boolean;
  onSubmit: (text: string) => void;
}

/** Typing always works, next to (or instead of) the microphone. */
export function RoomAnswerForm({ disabled, waiting, onSubmit }: RoomAnswerFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState("");
  const canSubmit = !disabled && text.trim().length > 0;
  const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.userAgent);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!canSubmit) return;
    onSubmit(text.trim());
    setText("");
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form onSubmit={submit} className="card space-y-3 p-5 sm:p-6">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {t("room.answer.label")}
      </label>
      <textarea
        id={id}
        data-testid="room-answer-input"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        maxLength={MAX_CHARS}
        rows={4}
        placeholder={t("room.answer.placeholder")}
        aria-describedby={`${id}-hint`}
        className="block w-full resize-y rounded-xl border border-slate-300 bg-white px-4 py-3 text-base leading-7 text-slate-900 shadow-xs placeholder:text-slate-400 focus:border-brand-600 focus:outline-2 focus:outline-offset-0 focus:outline-brand-200"
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {waiting
            ? t("room.answer.waiting")
            : t("interview.submitHint", { keys: isMac ? "⌘ + Enter" : "Ctrl + Enter" })}
        </p>
        <button
          type="submit"
          className={buttonClass("primary", "md")}
          disabled={!canSubmit}
          data-testid="room-submit"
        >
          {t("room.answer.submit")}
        </button>
      </div>
    </form>
  );
}
