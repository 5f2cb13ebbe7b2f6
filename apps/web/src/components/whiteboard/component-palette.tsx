import { useTranslation } from "react-i18next";
import { PALETTE, type PaletteItem } from "../../whiteboard/palette";

/** Buttons that drop a labelled component onto the canvas. */
export function ComponentPalette({ onInsert }: { onInsert: (item: PaletteItem, label: string) => void }) {
  const { t } = useTranslation();
  return (
    <section
      className="flex flex-wrap gap-1.5"
      data-testid="whiteboard-palette"
      aria-label={t("whiteboard.palette")}
    >
      {PALETTE.map((item) => {
        const label = t(`whiteboard.kinds.${item.kind}`);
        return (
          <button
            key={item.kind}
            type="button"
            data-kind={item.kind}
            onClick={() => onInsert(item, label)}
            className="rounded-md border border-slate-200 px-2.5 py-1 text-xs font-medium text-slate-700 hover:border-slate-400"
            style={{ backgroundColor: item.color }}
          >
            + {label}
          </button>
        );
      })}
    </section>
  );
}
