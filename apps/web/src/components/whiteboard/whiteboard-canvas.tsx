import "../../whiteboard/excalidraw-asset-path";
import { convertToExcalidrawElements, Excalidraw } from "@excalidraw/excalidraw";
import "@excalidraw/excalidraw/index.css";
import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import { useCallback, useRef } from "react";
import type { PaletteItem } from "../../whiteboard/palette";

/** The grid palette components are dropped on (scene pixels). */
export const SLOT_WIDTH = 240;
export const SLOT_HEIGHT = 150;

export interface CanvasHandle {
  elements(): readonly unknown[];
  insert(item: PaletteItem, label: string): void;
  /** Selects these components; `reveal` also scrolls them into view. */
  highlight(ids: readonly string[], reveal?: boolean): void;
}

interface Props {
  initialElements: readonly unknown[];
  language: "ko" | "en";
  onReady: (handle: CanvasHandle) => void;
  onChange: () => void;
}

/** The Excalidraw canvas with an API to read the drawing, insert palette components and highlight findings. */
export function WhiteboardCanvas({ initialElements, language, onReady, onChange }: Props) {
  const inserted = useRef(0);
  const attach = useCallback(
    (api: ExcalidrawImperativeAPI) => {
      onReady({
        elements: () => api.getSceneElements(),
        insert(item, label) {
          // New components fill a grid from the visible top-left, so they never land on each other.
          const state = api.getAppState();
          const zoom = state.zoom.value;
          const n = inserted.current++;
          const columns = Math.max(1, Math.floor((state.width / zoom - 40) / SLOT_WIDTH));
          const x = -state.scrollX + 40 / zoom + (n % columns) * SLOT_WIDTH;
          const y = -state.scrollY + 110 / zoom + (Math.floor(n / columns) % 3) * SLOT_HEIGHT;
          const [shape, ...rest] = convertToExcalidrawElements([
            {
              type: item.shape,
              x,
              y,
              width: 180,
              height: 80,
              backgroundColor: item.color,
              fillStyle: "solid",
              label: { text: label, fontSize: 18 },
            },
          ]);
          if (!shape) return;
          api.updateScene({
            elements: [...api.getSceneElementsIncludingDeleted(), shape, ...rest],
            appState: { selectedElementIds: { [shape.id]: true } },
          });
        },
        highlight(ids, reveal = false) {
          api.updateScene({
            appState: { selectedElementIds: Object.fromEntries(ids.map((id) => [id, true])) },
          });
          if (reveal && ids.length > 0) {
            const targets = api.getSceneElements().filter((e) => ids.includes(e.id));
            api.scrollToContent(targets, { fitToViewport: false, animate: true });
          }
        },
      });
    },
    [onReady],
  );
  return (
    <div
      className="h-[560px] w-full overflow-hidden rounded-lg border border-slate-200"
      data-testid="whiteboard-canvas"
    >
      <Excalidraw
        excalidrawAPI={attach}
        // biome-ignore lint/suspicious/noExplicitAny: the saved scene is Excalidraw's own element JSON
        initialData={{ elements: initialElements as any, scrollToContent: true }}
        langCode={language === "ko" ? "ko-KR" : "en"}
        onChange={onChange}
        UIOptions={{ canvasActions: { loadScene: false, saveToActiveFile: false, export: false } }}
      />
    </div>
  );
}
