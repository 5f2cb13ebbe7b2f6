import { describe, expect, it } from "vitest";
import { SceneBuilder } from "../testing/scene-builder";
import { readScene } from "./read-scene";

const kindsOf = (elements: unknown[]) =>
  Object.fromEntries(readScene(elements).components.map((c) => [c.label, c.kind]));

describe("readScene components", () => {
  it("reads bound text, text inside a box and a caption below it", () => {
    const b = new SceneBuilder();
    const lb = b.box("로드밸런서", 0, 0);
    const api = b.box("API Server x2", 1, 0, { text: "inside" });
    const db = b.box("PostgreSQL", 2, 0, { text: "below", type: "ellipse" });
    const graph = readScene(b.elements);
    expect(graph.components.map((c) => [c.id, c.kind, c.label])).toEqual([
      [lb, "load_balancer", "로드밸런서"],
      [api, "api_server", "API Server x2"],
      [db, "database", "PostgreSQL"],
    ]);
  });

  it("turns a free text naming a kind into a component and leaves a title as a note", () => {
    const b = new SceneBuilder();
    b.text("Redis", 500, 500);
    b.text("URL 단축기 설계안", 0, -100);
    expect(kindsOf(b.elements)).toEqual({ Redis: "cache" });
  });

  it("reports an unlabelled box, freehand strokes and bad elements, and reads the rest", () => {
    const b = new SceneBuilder();
    const api = b.box("API", 0, 0);
    const blank = b.box("", 1, 0);
    const elements: unknown[] = [
      ...b.elements,
      { id: "pen", type: "freedraw", x: 0, y: 0, width: 10, height: 10, points: [[0, 0]] },
      { id: "bad-x", type: "rectangle", x: "left", y: 0, width: 10, height: 10 },
      { id: "huge", type: "rectangle", x: Number.POSITIVE_INFINITY, y: 0, width: 10, height: 10 },
      { type: "text", x: 0, y: 0 },
      "not an element",
      null,
      { id: "gone", type: "rectangle", x: 0, y: 0, width: 10, height: 10, isDeleted: true },
    ];
    const graph = readScene(elements);
    expect(graph.components.map((c) => c.id)).toEqual([api, blank]);
    const unreadIds = graph.unread.map((u) => u.elementId);
    expect(unreadIds).toEqual(expect.arrayContaining(["pen", "bad-x", "huge", blank]));
    expect(unreadIds).not.toContain("gone");
    expect(graph.unread.length).toBe(7);
  });

  it("treats a box drawn around others as a boundary, and frames and groups too", () => {
    const b = new SceneBuilder();
    const api = b.box("API 서버", 1, 1);
    const db = b.box("MySQL", 2, 1);
    const vpc = b.box("", 0, 0, { width: 900, height: 500 });
    b.text("VPC", 10, 10);
    const redis = b.box("Redis", 4, 0);
    const frame = b.frame("Region ap-northeast-2", [redis]);
    const graph = readScene(b.elements);
    expect(graph.components.map((c) => c.id).sort()).toEqual([api, db, redis].sort());
    const container = graph.boundaries.find((x) => x.id === vpc);
    expect(container).toMatchObject({ kind: "container", label: "VPC" });
    expect(container?.members.sort()).toEqual([api, db].sort());
    expect(graph.boundaries.find((x) => x.id === frame)).toMatchObject({
      kind: "frame",
      label: "Region ap-northeast-2",
      members: [redis],
    });
    expect(graph.components.find((c) => c.id === db)?.boundaries).toEqual([vpc]);
  });
});

describe("readScene connections", () => {
  it("reads bound arrows with their labels and direction", () => {
    const b = new SceneBuilder();
    const client = b.box("Client", 0, 0);
    const lb = b.box("ALB", 1, 0);
    const api = b.box("API", 2, 0);
    b.arrow(client, lb, { label: "HTTPS" });
    b.arrow(lb, api, { heads: "both" });
    expect(readScene(b.elements).connections).toMatchObject([
      { from: client, to: lb, label: "HTTPS", direction: "forward" },
      { from: lb, to: api, direction: "both" },
    ]);
  });

  it("attaches loose arrow ends that fall near a box, with a free text label near the arrow", () => {
    const b = new SceneBuilder();
    const api = b.box("주문 서버", 0, 0);
    const queue = b.box("Kafka", 2, 0);
    const worker = b.box("Worker", 2, 1);
    b.arrow(api, queue, { bound: false, label: "비동기" });
    b.arrow(queue, worker, { bound: false });
    const graph = readScene(b.elements);
    expect(graph.connections).toMatchObject([
      { from: api, to: queue, label: "비동기" },
      { from: queue, to: worker },
    ]);
    expect(graph.components.map((c) => c.label)).not.toContain("비동기");
  });

  it("gives a short loose arrow to the box it points at when the box it leaves grew over its end", () => {
    const b = new SceneBuilder();
    const db = b.box("Postgres ledger", 0, 0, { type: "ellipse", height: 85 });
    const standby = b.box("Ledger standby", 0, 1, { type: "ellipse" });
    (b.elements.find((e) => e.id === standby) as { y: number }).y = 100;
    b.arrow(db, standby, { bound: false });
    const arrow = b.elements.at(-1) as object;
    // Drawn from inside the ledger to 8 px above the standby, 7 px below the ledger that grew to 85 px.
    Object.assign(arrow, {
      x: 90,
      y: 55,
      points: [
        [0, 0],
        [0, 37],
      ],
    });
    expect(readScene(b.elements).connections).toMatchObject([{ from: db, to: standby }]);
    // A loose arrow drawn wholly inside one box joins nothing.
    Object.assign(arrow, {
      points: [
        [0, 0],
        [0, 20],
      ],
    });
    expect(readScene(b.elements).connections).toEqual([]);
  });

  it("reverses an arrow drawn with its head at the start and keeps a plain line undirected", () => {
    const b = new SceneBuilder();
    const api = b.box("API", 0, 0);
    const db = b.box("DB", 1, 0);
    const cache = b.box("Cache", 0, 1);
    const arrow = b.arrow(db, api);
    const element = b.elements.find((e) => e.id === arrow) as Record<string, unknown>;
    element.startArrowhead = "arrow";
    element.endArrowhead = null;
    b.arrow(api, cache, { heads: "none" });
    expect(readScene(b.elements).connections).toMatchObject([
      { from: api, to: db, direction: "forward" },
      { from: api, to: cache, direction: "none" },
    ]);
  });

  it("reports an arrow pointing at nothing instead of guessing", () => {
    const b = new SceneBuilder();
    const api = b.box("API", 0, 0);
    const db = b.box("DB", 3, 3);
    const arrow = b.arrow(api, db, { bound: false });
    const element = b.elements.find((e) => e.id === arrow) as unknown as { points: number[][] };
    element.points[1] = [200, 0]; // ends in empty space
    const graph = readScene(b.elements);
    expect(graph.connections).toEqual([]);
    expect(graph.unread).toEqual([expect.objectContaining({ elementId: arrow })]);
  });

  it("connects to the label of a box when an arrow is bound to the text", () => {
    const b = new SceneBuilder();
    const api = b.box("API", 0, 0);
    const db = b.box("DB", 1, 0);
    const arrow = b.arrow(api, db);
    const dbText = b.elements.find((e) => e.containerId === db)?.id;
    const element = b.elements.find((e) => e.id === arrow) as Record<string, unknown>;
    element.endBinding = { elementId: dbText, focus: 0, gap: 1 };
    expect(readScene(b.elements).connections).toMatchObject([{ from: api, to: db }]);
  });
});

describe("readScene on bindings Excalidraw made", () => {
  // Recorded in Excalidraw 0.18: a diamond grew around its wrapped label down to y = 280; the arrow drawn from
  // it into the box below (head at y = 300) was bound to the diamond at both ends.
  it("follows the head into the box it was drawn into when the binding names the shape it left", () => {
    const b = new SceneBuilder();
    const lb = b.box("로드밸런서", 0, 0, { type: "diamond", width: 130, height: 170 });
    const auth = b.box("인증 서버", 0, 0);
    const authBox = b.elements.find((e) => e.id === auth) as Record<string, number>;
    authBox.y = 190;
    const arrow = b.arrow(lb, auth);
    const element = b.elements.find((e) => e.id === arrow) as Record<string, unknown>;
    Object.assign(element, {
      x: 65,
      y: 40,
      points: [
        [0, 0],
        [0, 180],
      ],
      startBinding: null,
    });
    element.endBinding = { elementId: lb, focus: 0, gap: 20 };
    expect(readScene(b.elements).connections).toMatchObject([{ from: lb, to: auth }]);
  });

  it("keeps a binding whose head lies in the bound shape, even inside a bigger box around both", () => {
    const b = new SceneBuilder();
    const api = b.box("API", 0, 0);
    const db = b.box("DB", 1, 0);
    b.arrow(api, db);
    b.box("VPC", 0, 0, { width: 900, height: 400 });
    expect(readScene(b.elements).connections).toMatchObject([{ from: api, to: db }]);
  });
});
