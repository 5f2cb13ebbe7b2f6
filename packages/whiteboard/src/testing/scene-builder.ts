/**
 * Builds scenes in Excalidraw's own export format (the fields Excalidraw 0.18 writes), for tests and the bench.
 * Boxes are placed on a grid; arrows are bound (Excalidraw's bindings) or drawn loose near the boxes.
 */
type Element = Record<string, unknown> & { id: string; x: number; y: number; width: number; height: number };

const base = (id: string, type: string, x: number, y: number, width: number, height: number): Element => ({
  id,
  type,
  x,
  y,
  width,
  height,
  angle: 0,
  strokeColor: "#1e1e1e",
  backgroundColor: "transparent",
  fillStyle: "solid",
  strokeWidth: 2,
  strokeStyle: "solid",
  roughness: 1,
  opacity: 100,
  groupIds: [],
  frameId: null,
  roundness: { type: 3 },
  seed: 1,
  version: 1,
  versionNonce: 1,
  isDeleted: false,
  boundElements: [],
  updated: 1,
  link: null,
  locked: false,
});

export interface BoxOptions {
  /** Text bound to the box (default) or a free text element placed inside / under it. */
  text?: "bound" | "inside" | "below";
  type?: "rectangle" | "ellipse" | "diamond";
  width?: number;
  height?: number;
}

export class SceneBuilder {
  readonly elements: Element[] = [];
  private next = 0;

  private id(prefix: string): string {
    this.next += 1;
    return `${prefix}-${this.next}`;
  }

  private get(id: string): Element {
    const found = this.elements.find((e) => e.id === id);
    if (!found) throw new Error(`no element ${id}`);
    return found;
  }

  text(content: string, x: number, y: number, containerId: string | null = null): string {
    const id = this.id("text");
    const width = Math.max(20, content.length * 9);
    this.elements.push({
      ...base(id, "text", x, y, width, 25),
      text: content,
      originalText: content,
      fontSize: 20,
      fontFamily: 5,
      textAlign: "center",
      verticalAlign: "middle",
      containerId,
      autoResize: true,
      lineHeight: 1.25,
    });
    return id;
  }

  /** A labelled box at grid cell (col, row). Returns the box's id. */
  box(label: string, col: number, row: number, options: BoxOptions = {}): string {
    const id = this.id("shape");
    const width = options.width ?? 180;
    const height = options.height ?? 80;
    const x = col * 280;
    const y = row * 200;
    const shape = base(id, options.type ?? "rectangle", x, y, width, height);
    this.elements.push(shape);
    const mode = options.text ?? "bound";
    if (!label) return id;
    if (mode === "bound") {
      const textId = this.text(label, x + 10, y + height / 2 - 12, id);
      (shape.boundElements as unknown[]).push({ type: "text", id: textId });
    } else if (mode === "inside") this.text(label, x + 10, y + height / 2 - 12);
    else this.text(label, x, y + height + 8);
    return id;
  }

  /** An arrow from one box to another; `bound: false` leaves its ends loose, a few pixels off the boxes. */
  arrow(
    from: string,
    to: string,
    options: { label?: string; bound?: boolean; heads?: "end" | "both" | "none" } = {},
  ): string {
    const a = this.get(from);
    const b = this.get(to);
    const start = edgeToward(a, b, 6);
    const end = edgeToward(b, a, 6);
    const id = this.id("arrow");
    const bound = options.bound ?? true;
    const heads = options.heads ?? "end";
    this.elements.push({
      ...base(id, "arrow", start.x, start.y, Math.abs(end.x - start.x), Math.abs(end.y - start.y)),
      points: [
        [0, 0],
        [end.x - start.x, end.y - start.y],
      ],
      lastCommittedPoint: null,
      startBinding: bound ? { elementId: from, focus: 0, gap: 6 } : null,
      endBinding: bound ? { elementId: to, focus: 0, gap: 6 } : null,
      startArrowhead: heads === "both" ? "arrow" : null,
      endArrowhead: heads === "none" ? null : "arrow",
      elbowed: false,
    });
    if (bound) {
      (a.boundElements as unknown[]).push({ type: "arrow", id });
      (b.boundElements as unknown[]).push({ type: "arrow", id });
    }
    if (options.label) {
      const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
      const textId = this.text(options.label, mid.x - 20, mid.y - 12, bound ? id : null);
      if (bound)
        (this.elements.at(-2)?.boundElements as unknown[] | undefined)?.push({ type: "text", id: textId });
    }
    return id;
  }

  /** A frame (a VPC, a region) around these boxes. */
  frame(name: string, members: string[]): string {
    const id = this.id("frame");
    const boxes = members.map((m) => this.get(m));
    const x = Math.min(...boxes.map((b) => b.x)) - 30;
    const y = Math.min(...boxes.map((b) => b.y)) - 40;
    const right = Math.max(...boxes.map((b) => b.x + b.width)) + 30;
    const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + 60;
    this.elements.unshift({ ...base(id, "frame", x, y, right - x, bottom - y), name });
    for (const box of boxes) box.frameId = id;
    for (const text of this.elements.filter((e) => members.includes(String(e.containerId))))
      text.frameId = id;
    return id;
  }

  scene() {
    return {
      type: "excalidraw",
      version: 2,
      source: "https://excalidraw.com",
      elements: this.elements,
      appState: {},
      files: {},
    };
  }
}

function edgeToward(from: Element, to: Element, gap: number) {
  const c1 = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const c2 = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  const dx = c2.x - c1.x;
  const dy = c2.y - c1.y;
  const t = Math.min(
    dx === 0 ? Infinity : from.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : from.height / 2 / Math.abs(dy),
  );
  const length = Math.hypot(dx, dy) || 1;
  return { x: c1.x + dx * t + (dx / length) * gap, y: c1.y + dy * t + (dy / length) * gap };
}
