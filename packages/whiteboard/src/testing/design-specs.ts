import { SceneBuilder } from "./scene-builder";

/** A hand-drawn design: labelled boxes on a grid and arrows between them (by key). */
export interface DesignSpec {
  text?: "bound" | "inside" | "below";
  bound?: boolean;
  boxes: Record<string, [label: string, col: number, row: number]>;
  arrows: [from: string, to: string, label?: string][];
  frame?: [name: string, keys: string[]];
}

export function drawDesign(spec: DesignSpec): {
  elements: Record<string, unknown>[];
  ids: Record<string, string>;
} {
  const b = new SceneBuilder();
  const ids: Record<string, string> = {};
  for (const [key, [label, col, row]] of Object.entries(spec.boxes)) {
    ids[key] = b.box(label, col, row, { text: spec.text ?? "bound" });
  }
  for (const [from, to, label] of spec.arrows) {
    b.arrow(ids[from] as string, ids[to] as string, {
      bound: spec.bound ?? true,
      ...(label ? { label } : {}),
    });
  }
  if (spec.frame)
    b.frame(
      spec.frame[0],
      spec.frame[1].map((k) => ids[k] as string),
    );
  return { elements: b.elements, ids };
}

/** A weak design any problem can get: one server, one store, a client reaching the store directly. */
export function poorDesign(client: string, server: string, store: string, bound = true): DesignSpec {
  return {
    bound,
    boxes: { c: [client, 0, 0], s: [server, 2, 0], db: [store, 2, 2] },
    arrows: [
      ["c", "s"],
      ["s", "db"],
      ["c", "db"],
    ],
  };
}

/** A middling design: layered, but no cache, replica, queue, auth or encryption. */
export function mediocreDesign(labels: {
  client: string;
  lb: string;
  api: string;
  db: string;
  extra?: string;
}): DesignSpec {
  const boxes: DesignSpec["boxes"] = {
    c: [labels.client, 0, 1],
    lb: [labels.lb, 1, 1],
    api: [labels.api, 2, 1],
    db: [labels.db, 3, 1],
  };
  const arrows: DesignSpec["arrows"] = [
    ["c", "lb"],
    ["lb", "api"],
    ["api", "db"],
  ];
  if (labels.extra) {
    boxes.x = [labels.extra, 2, 3];
    arrows.push(["api", "x"]);
  }
  return { boxes, arrows };
}
