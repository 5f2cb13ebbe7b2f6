import { describe, expect, it } from "vitest";
import { readScene } from "../scene/read-scene";
import { SceneBuilder } from "../testing/scene-builder";

/** Scenes drawn the way people actually draw: loose arrow ends, plain lines, captions under shapes. */

/** Moves an arrow's two ends `off` pixels further away from the shapes it joins (a sloppy hand). */
function pullEndsApart(arrow: Record<string, unknown>, off: number) {
  const points = arrow.points as [number, number][];
  const [dx, dy] = points[1] as [number, number];
  const length = Math.hypot(dx, dy) || 1;
  const ux = (dx / length) * off;
  const uy = (dy / length) * off;
  arrow.x = (arrow.x as number) + ux;
  arrow.y = (arrow.y as number) + uy;
  arrow.points = [
    [0, 0],
    [dx - 2 * ux, dy - 2 * uy],
  ];
}

const pairs = (graph: ReturnType<typeof readScene>) =>
  graph.connections.map((c) => `${c.from}>${c.to}:${c.direction ?? "forward"}`).sort();

describe("hand-drawn wiring", () => {
  it("joins arrows whose ends stop short of, or overshoot, the boxes", () => {
    const b = new SceneBuilder();
    const app = b.box("모바일 앱", 0, 0);
    const lb = b.box("ALB", 1, 0);
    const api = b.box("API 서버", 2, 0);
    const db = b.box("Postgres primary", 2, 1);
    const short = b.arrow(app, lb, { bound: false });
    const over = b.arrow(lb, api, { bound: false });
    const down = b.arrow(api, db, { bound: false });
    const byId = new Map(b.elements.map((e) => [e.id, e]));
    pullEndsApart(byId.get(short) as Record<string, unknown>, 12);
    pullEndsApart(byId.get(over) as Record<string, unknown>, -14);
    pullEndsApart(byId.get(down) as Record<string, unknown>, 8);
    expect(pairs(readScene(b.elements))).toEqual(
      [`${app}>${lb}:forward`, `${lb}>${api}:forward`, `${api}>${db}:forward`].sort(),
    );
  });

  it("reads a plain line (type line) as an undirected connection", () => {
    const b = new SceneBuilder();
    const api = b.box("Order Service", 0, 0);
    const cache = b.box("Memcached", 1, 0, { type: "ellipse" });
    const arrow = b.arrow(api, cache, { bound: false, heads: "none" });
    const line = b.elements.find((e) => e.id === arrow) as Record<string, unknown>;
    line.type = "line";
    delete line.startArrowhead;
    delete line.endArrowhead;
    const graph = readScene(b.elements);
    expect(graph.connections).toHaveLength(1);
    const [c] = graph.connections;
    expect([c?.from, c?.to].sort()).toEqual([api, cache].sort());
    expect(c?.direction).toBe("none");
  });

  it("keeps an arrow's label and reads a diamond as a component", () => {
    const b = new SceneBuilder();
    const api = b.box("API", 0, 0);
    const mq = b.box("Kafka topic", 1, 0, { type: "diamond" });
    b.arrow(api, mq, { label: "주문 이벤트 발행" });
    const graph = readScene(b.elements);
    expect(graph.components.find((c) => c.id === mq)?.kind).toBe("queue");
    expect(graph.connections.map((c) => c.label)).toEqual(["주문 이벤트 발행"]);
  });

  it("gives free texts over loose arrows to the arrows, even when one runs onto a labelled box", () => {
    const b = new SceneBuilder();
    const web = b.box("Browser", 0, 0);
    const lb = b.box("Nginx", 1, 0);
    const api = b.box("Backend", 2, 0, { height: 120 });
    const db = b.box("MySQL", 3, 0);
    b.arrow(web, lb, { bound: false });
    b.text("HTTPS", 190, 10);
    b.arrow(lb, api, { bound: false });
    b.text("REST / JSON", 460, 45);
    b.arrow(api, db, { bound: false });
    b.text("JDBC (read/write)", 745, 10); // wide enough to run onto the MySQL box
    const graph = readScene(b.elements);
    expect(graph.components.map((c) => c.id)).toEqual([web, lb, api, db]);
    expect(graph.connections.map((c) => c.label)).toEqual(["HTTPS", "REST / JSON", "JDBC (read/write)"]);
  });

  it("reads a note written under a labelled box as part of that box, not as a box of its own", () => {
    const b = new SceneBuilder();
    const client = b.box("Client", 0, 0);
    const api = b.box("API", 1, 0);
    const db = b.box("Postgres", 2, 0);
    const cache = b.box("Redis", 3, 0);
    const worker = b.box("Worker", 1, 1);
    b.text("x3 (auto scaling)", 280, 88);
    b.text("primary + 2 read replicas", 560, 88);
    b.text("TTL 5 min", 860, 88);
    b.text("Celery", 280, 288);
    b.arrow(client, api);
    b.arrow(api, db);
    b.arrow(api, cache);
    b.arrow(api, worker); // leaves the API box downwards, through its note
    const graph = readScene(b.elements);
    expect(graph.components.map((c) => [c.id, c.kind, c.label])).toEqual([
      [client, "client", "Client"],
      [api, "api_server", "API x3 (auto scaling)"],
      [db, "database", "Postgres primary + 2 read replicas"],
      [cache, "cache", "Redis TTL 5 min"],
      [worker, "worker", "Worker Celery"],
    ]);
    expect(graph.connections.every((c) => c.label === undefined)).toBe(true);
  });

  it("reads a text naming another kind of part just under a box as a part of its own", () => {
    const b = new SceneBuilder();
    const api = b.box("API", 1, 0);
    const redis = b.text("Redis", 280, 88);
    const graph = readScene(b.elements);
    expect(graph.components.map((c) => [c.id, c.kind, c.label])).toEqual([
      [api, "api_server", "API"],
      [redis, "cache", "Redis"],
    ]);
  });

  it("reads frames named VPC and Private subnet as boundaries, not components", () => {
    const b = new SceneBuilder();
    const cdn = b.box("CloudFront", 0, 0);
    const lb = b.box("ALB", 1, 0);
    const api = b.box("API 서버", 2, 0);
    const db = b.box("Aurora", 2, 1);
    b.frame("Private subnet", [api, db]);
    b.frame("VPC", [lb, api, db]);
    b.arrow(cdn, lb);
    b.arrow(lb, api);
    b.arrow(api, db);
    const graph = readScene(b.elements);
    expect(graph.components.map((c) => c.kind).sort()).toEqual(
      ["api_server", "cdn", "database", "load_balancer"].sort(),
    );
    const boundaries = Object.fromEntries(graph.boundaries.map((x) => [x.label, [...x.members].sort()]));
    expect(boundaries["Private subnet"]).toEqual([api, db].sort());
    expect(boundaries.VPC).toEqual(expect.arrayContaining([lb]));
    expect(graph.connections).toHaveLength(3);
  });

  it("reads a box drawn around a single database and named 'Private subnet' as its boundary", () => {
    const b = new SceneBuilder();
    const client = b.box("Client", 0, 0);
    const api = b.box("API x2", 1, 0);
    const db = b.box("MySQL", 2, 1);
    const subnet = b.box("Private subnet", 0, 0, { width: 240, height: 150, text: "inside" });
    const outline = b.elements.find((e) => e.id === subnet);
    const caption = b.elements.at(-1);
    if (!outline || !caption) throw new Error("scene");
    Object.assign(outline, { x: 530, y: 170 });
    Object.assign(caption, { x: 540, y: 175 });
    b.arrow(client, api);
    b.arrow(api, db);
    const graph = readScene(b.elements);
    expect(graph.components.map((c) => c.id)).toEqual([client, api, db]);
    expect(graph.boundaries).toEqual([
      { id: subnet, kind: "container", label: "Private subnet", members: [db] },
    ]);
    expect(pairs(graph)).toEqual([`${client}>${api}:forward`, `${api}>${db}:forward`].sort());
  });

  it("keeps a labelled component drawn around one small box a component", () => {
    const b = new SceneBuilder();
    const server = b.box("App server", 0, 0, { width: 400, height: 300 });
    const local = b.box("local cache", 0, 0, { width: 100, height: 60 });
    const box = b.elements.find((e) => e.id === local);
    if (box) Object.assign(box, { x: 150, y: 150 });
    expect(readScene(b.elements).components.map((c) => c.id)).toEqual([server, local]);
  });

  it("reads an empty rectangle with a 'Private subnet' caption at its top as a boundary", () => {
    const b = new SceneBuilder();
    const api = b.box("Celery worker", 1, 1);
    const db = b.box("MySQL (master)", 2, 1);
    b.box("", 0, 0, { width: 900, height: 450 });
    b.text("Private subnet", 12, 8);
    const graph = readScene(b.elements);
    expect(graph.components.map((c) => c.id).sort()).toEqual([api, db].sort());
    expect(graph.boundaries.map((x) => x.label)).toContain("Private subnet");
  });
});
