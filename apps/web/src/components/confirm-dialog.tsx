import { useEffect, useId, useRef } from "react";
import { buttonClass } from "./button-styles";

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal confirmation on the native <dialog>: focus is trapped and Escape cancels. */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  cancelLabel,
  busy,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={onCancel}
      className="m-auto w-[min(28rem,calc(100%-2rem))] rounded-2xl border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 id={titleId} className="text-lg font-bold">
        {title}
      </h2>
      <p id={bodyId} className="mt-2 text-sm leading-6 text-slate-600">
        {body}
      </p>
      <div className="mt-6 flex justify-end gap-2">
        <button type="button" className={buttonClass("secondary")} onClick={onCancel}>
          {cancelLabel}
        </button>
        <button
          type="button"
          className={buttonClass("primary")}
          onClick={onConfirm}
          disabled={busy}
          data-testid="confirm-end"
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
