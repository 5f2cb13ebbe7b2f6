import "../../whiteboard/excalidraw-asset-path";
import { convertToExcalidrawElements, Excalidraw } from "@excalidraw/excalidraw";
import "@excalidraw/excalidraw/index.css";
import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import { useCallback, useLayoutEffect, useRef } from "react";
import { freeSlot } from "../../whiteboard/free-slot";
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
  /** The round's time is up: the board can be looked at, not changed. */
  readOnly?: boolean;
}

/** The Excalidraw canvas with an API to read the drawing, insert palette components and highlight findings. */
export function WhiteboardCanvas({ initialElements, language, onReady, onChange, readOnly = false }: Props) {
  const frame = useRef<HTMLDivElement | null>(null);
  const live = useRef<ExcalidrawImperativeAPI | null>(null);
  const lastScene = useRef<readonly unknown[] | null>(null);
  // Excalidraw empties its scene when it unmounts, before the page's effects save the board on leave: keep
  // what was drawn at that moment (layout cleanups run before the child's unmount), or leaving the page
  // inside the app would autosave an empty board over the drawing.
  useLayoutEffect(() => {
    lastScene.current = null; // mounted (again, under StrictMode): read the live scene
    return () => {
      if (live.current) lastScene.current = live.current.getSceneElements();
    };
  }, []);
  const attach = useCallback(
    (api: ExcalidrawImperativeAPI) => {
      live.current = api;
      onReady({
        elements: () => lastScene.current ?? api.getSceneElements(),
        insert(item, label) {
          // A new component goes to the first slot of a grid from the visible top-left that nothing drawn
          // overlaps: the scene decides, so a reload or a hand-drawn shape never gets covered.
          const state = api.getAppState();
          const zoom = state.zoom.value;
          const { x, y } = freeSlot(api.getSceneElements(), {
            originX: -state.scrollX + 40 / zoom,
            originY: -state.scrollY + 110 / zoom,
            columns: (state.width / zoom - 40) / SLOT_WIDTH,
            slotWidth: SLOT_WIDTH,
            slotHeight: SLOT_HEIGHT,
            shapeWidth: 180,
            shapeHeight: 80,
          });
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
          // Below the visible rows: bring it into view.
          if (y + 80 > -state.scrollY + state.height / zoom) {
            api.scrollToContent([shape], { fitToViewport: false, animate: false });
          }
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
      ref={frame}
      className="h-[560px] w-full overflow-hidden rounded-lg border border-slate-200"
      data-testid="whiteboard-canvas"
      data-read-only={readOnly}
    >
      <Excalidraw
        excalidrawAPI={attach}
        // biome-ignore lint/suspicious/noExplicitAny: the saved scene is Excalidraw's own element JSON
        initialData={{ elements: initialElements as any, scrollToContent: true }}
        langCode={language === "ko" ? "ko-KR" : "en"}
        viewModeEnabled={readOnly}
        onChange={(_elements, appState) => {
          // Excalidraw's own selection, mirrored for assistive checks and tests: what a finding highlights.
          const selected = Object.keys(appState.selectedElementIds).filter(
            (id) => appState.selectedElementIds[id],
          );
          if (frame.current) frame.current.dataset.selectedIds = selected.sort().join(" ");
          onChange();
        }}
        UIOptions={{ canvasActions: { loadScene: false, saveToActiveFile: false, export: false } }}
      />
    </div>
  );
}
