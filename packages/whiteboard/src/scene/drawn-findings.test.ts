import { readFileSync } from "node:fs";
import type { Analysis, ComponentKind } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { analyzeScene } from "../analyze";
import { findProblem } from "../problems/catalog";
import { KIND_NAMES } from "../review/messages";
import { DRAWN_DESIGNS, type DrawnDesign } from "../testing/drawn-designs";

// What the review finds in the weaker designs drawn in Excalidraw: the problem's required components they
// lack, and the problem's own risks they leave open (read-heavy without a cache, heavy work without a queue,
// sensitive data without authentication).

const analyse = (design: DrawnDesign): Analysis =>
  analyzeScene(
    JSON.parse(readFileSync(new URL(`../testing/excalidraw/${design.name}.json`, import.meta.url), "utf8"))
      .elements,
    { problem: findProblem(design.problemId), language: design.language },
  );

/** Kinds the design has, wired to something (by its spec, not by what the reader found). */
function wiredKinds(design: DrawnDesign): Set<ComponentKind> {
  const wired = new Set(design.connections.flatMap((c) => c.slice(0, 2)));
  return new Set(
    Object.entries(design.components)
      .filter(([label]) => wired.has(label))
      .map(([, kind]) => kind),
  );
}

const WEAKER = DRAWN_DESIGNS.filter((d) => d.quality !== "good");

describe.each(WEAKER.map((d) => [d.name, d] as const))("findings on %s", (_, design) => {
  const problem = findProblem(design.problemId);
  if (!problem) throw new Error(`no problem ${design.problemId}`);
  const has = wiredKinds(design);
  const result = analyse(design);
  const codes = result.weaknesses.map((w) => w.code);

  it("names every required component it lacks, or has drawn without wiring it in", () => {
    const lacking = problem.reference.required.filter((k) => !has.has(k));
    const gaps = ["missing_component", "unwired_component"];
    const missing = result.weaknesses.filter((w) => gaps.includes(w.code)).map((w) => w.text);
    expect(missing).toHaveLength(lacking.length);
    for (const w of result.weaknesses.filter((w) => w.code === "unwired_component")) {
      // An unwired finding points at the drawn component itself, which is wired to nothing.
      for (const id of w.components)
        expect(result.connections.some((c) => c.from === id || c.to === id)).toBe(false);
    }
    for (const kind of lacking) {
      expect(missing.some((text) => text.includes(KIND_NAMES[kind][design.language]))).toBe(true);
    }
  });

  it("names the problem's risks it leaves open", () => {
    const { traits } = problem.reference;
    if (traits.readHeavy && !has.has("cache") && !has.has("cdn")) expect(codes).toContain("no_cache");
    if (traits.heavyWork && !(has.has("queue") && has.has("worker")))
      expect(codes).toContain("sync_heavy_work");
    if (!has.has("auth")) expect(codes).toContain("no_auth");
    if (traits.media && !has.has("cdn")) expect(codes).toContain("no_cdn");
    if (has.has("database") && !has.has("replica")) expect(codes).toContain("no_replica");
  });

  it("says what each finding is about with components of the drawing", () => {
    const ids = new Set(result.components.map((c) => c.id));
    for (const w of result.weaknesses) {
      expect(w.components.length, w.code).toBeGreaterThan(0);
      for (const id of w.components) expect(ids).toContain(id);
    }
  });
});

describe("findings on the good designs", () => {
  it.each(DRAWN_DESIGNS.filter((d) => d.quality === "good").map((d) => [d.name, d] as const))(
    "%s lacks no required component and leaves no door open",
    (_, design) => {
      const codes = analyse(design).weaknesses.map((w) => w.code);
      for (const code of ["missing_component", "no_auth", "client_to_storage", "sync_heavy_work", "orphan"]) {
        expect(codes, code).not.toContain(code);
      }
    },
  );
});

/** [design, finding code, the labels it must be about (among others)]. */
const NAMED: [string, string, string[]][] = [
  ["news-feed-poor-en", "client_to_storage", ["Web client", "MySQL"]],
  ["news-feed-poor-en", "undirected", ["Web client", "MySQL"]],
  ["video-streaming-poor-en", "orphan", ["Transcoder"]],
  ["video-streaming-mediocre-ko", "no_cdn", ["S3 원본 저장소"]],
  ["notification-mediocre-en", "sync_heavy_work", ["Notify API"]],
  ["notification-poor-ko", "undirected", ["알림 서버", "회원 DB"]],
  ["payment-mediocre-ko", "no_auth", ["결제 API x2"]],
  ["payment-mediocre-ko", "no_replica", ["주문 DB"]],
  ["payment-poor-en", "no_tls", ["Shop website"]],
  ["ticketing-mediocre-en", "sync_heavy_work", ["Booking API x3"]],
  ["file-storage-poor-ko", "undirected", ["사용자 PC", "파일 서버"]],
  ["ride-matching-poor-ko", "no_auth", ["배차 서버"]],
  ["search-autocomplete-poor-en", "no_cache", ["App server", "MySQL"]],
];

describe("findings name the components they are about", () => {
  it.each(NAMED)("%s: %s about %j", (name, code, labels) => {
    const design = DRAWN_DESIGNS.find((d) => d.name === name) as DrawnDesign;
    const result = analyse(design);
    const finding = result.weaknesses.find((w) => w.code === code);
    const about = (finding?.components ?? []).map((id) => result.components.find((c) => c.id === id)?.label);
    expect(about).toEqual(expect.arrayContaining(labels));
  });
});
