import "./excalidraw-asset-path";
import { exportToCanvas } from "@excalidraw/excalidraw";
import { MAX_DIAGRAM_IMAGE_CHARS } from "@studio/protocol";

/**
 * The diagram as a PNG data URL for the vision reviewer, smaller until it fits the API's limit;
 * undefined when even the smallest does not (the rules and the graph still review it).
 */
export async function diagramPng(elements: readonly unknown[]): Promise<string | undefined> {
  if (elements.length === 0) return undefined;
  for (const size of [1600, 1000, 600]) {
    const canvas = await exportToCanvas({
      // biome-ignore lint/suspicious/noExplicitAny: the canvas's own Excalidraw elements
      elements: elements as any,
      appState: { exportBackground: true, viewBackgroundColor: "#ffffff" },
      files: null,
      maxWidthOrHeight: size,
    });
    const url = canvas.toDataURL("image/png");
    if (url.length <= MAX_DIAGRAM_IMAGE_CHARS) return url;
  }
  return undefined;
}
