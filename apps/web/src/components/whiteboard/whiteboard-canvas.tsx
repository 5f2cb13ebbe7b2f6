import { convertToExcalidrawElements, Excalidraw } from "@excalidraw/excalidraw";
import "@excalidraw/excalidraw/index.css";
import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import { useCallback, useRef } from "react";
import type { PaletteItem } from "../../whiteboard/palette";

declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string | string[];
  }
}
// Fonts come from the app itself (copied into the build by the Vite plugin), never from a CDN.
window.EXCALIDRAW_ASSET_PATH = "/excalidraw-assets/";

export interface CanvasHandle {
  elements(): readonly unknown[];
  insert(item: PaletteItem, label: string): void;
  highlight(ids: readonly string[]): void;
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
          const state = api.getAppState();
          const zoom = state.zoom.value;
          const step = (inserted.current++ % 6) * 30;
          const x = -state.scrollX + state.width / 2 / zoom - 90 + step;
          const y = -state.scrollY + state.height / 2 / zoom - 40 + step;
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
        highlight(ids) {
          api.updateScene({
            appState: { selectedElementIds: Object.fromEntries(ids.map((id) => [id, true])) },
          });
          if (ids.length > 0) {
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
