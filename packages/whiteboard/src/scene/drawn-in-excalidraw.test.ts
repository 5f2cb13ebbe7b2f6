import { readFileSync } from "node:fs";
import type { Analysis } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { analyzeScene } from "../analyze";
import { findProblem, PROBLEMS } from "../problems/catalog";
import { DRAWN_DESIGNS, type DrawnDesign } from "../testing/drawn-designs";

// Scenes drawn in Excalidraw 0.18 with its own tools, recorded by e2e/excalidraw-drawn.test.ts.
const sceneOf = (design: DrawnDesign): { elements: unknown[] } =>
  JSON.parse(readFileSync(new URL(`../testing/excalidraw/${design.name}.json`, import.meta.url), "utf8"));

const analyse = (design: DrawnDesign): Analysis =>
  analyzeScene(sceneOf(design).elements, {
    problem: findProblem(design.problemId),
    language: design.language,
  });

const byName = (name: string) => DRAWN_DESIGNS.find((d) => d.name === name) as DrawnDesign;

describe.each(DRAWN_DESIGNS.map((d) => [d.name, d] as const))("drawn in Excalidraw: %s", (_, design) => {
  it("finds every component with its kind and every connection with its label", () => {
    const result = analyse(design);
    const kinds = Object.fromEntries(result.components.map((c) => [c.label, c.kind]));
    expect(kinds).toEqual(design.components);
    const label = new Map(result.components.map((c) => [c.id, c.label]));
    const wires = result.connections.map((c) =>
      [label.get(c.from), label.get(c.to), c.label].filter(Boolean),
    );
    expect(wires.sort()).toEqual(design.connections.map((c) => c.filter(Boolean)).sort());
    expect(result.unread).toEqual([]);
  });

  it("names only components of the drawing in its findings, and ids Excalidraw gave the shapes", () => {
    const { elements } = sceneOf(design);
    const shapeIds = new Set(
      (elements as { id: string; type: string }[]).filter((e) => e.type !== "arrow").map((e) => e.id),
    );
    const result = analyse(design);
    for (const c of result.components) expect(shapeIds).toContain(c.id);
    const ids = new Set(result.components.map((c) => c.id));
    for (const f of [...result.weaknesses, ...result.strengths, ...result.suggestions]) {
      for (const id of f.components) expect(ids).toContain(id);
    }
  });
});

describe("drawn in Excalidraw: the review", () => {
  it("has bound and loose arrows in the recorded scenes (what the drawings are meant to cover)", () => {
    const arrows = DRAWN_DESIGNS.flatMap(
      (d) => sceneOf(d).elements as { type: string; startBinding?: unknown; endBinding?: unknown }[],
    ).filter((e) => e.type === "arrow");
    expect(arrows.some((a) => a.startBinding && a.endBinding)).toBe(true);
    expect(arrows.some((a) => !a.startBinding && !a.endBinding)).toBe(true);
  });

  it("scores the good design above the poor one on every score", () => {
    const good = analyse(byName("url-shortener-good-ko")).scores;
    const poor = analyse(byName("url-shortener-poor-en")).scores;
    for (const key of ["structure", "scalability", "security", "dataFlow"] as const) {
      expect(good[key], key).toBeGreaterThan(poor[key]);
    }
  });

  it("finds the poor design's client wired to the database and its unauthenticated server", () => {
    const result = analyse(byName("url-shortener-poor-en"));
    const id = (label: string) => result.components.find((c) => c.label === label)?.id;
    expect(result.weaknesses.find((w) => w.code === "client_to_storage")?.components.sort()).toEqual(
      [id("Client"), id("Database")].sort(),
    );
    expect(result.weaknesses.find((w) => w.code === "no_auth")?.components).toEqual([id("Server")]);
    expect(result.connections.find((c) => c.direction === "none")).toBeDefined();
  });

  it("credits the good design's cache, replica, TLS and private boundary", () => {
    const codes = analyse(byName("url-shortener-good-ko")).strengths.map((s) => s.code);
    expect(codes).toEqual(expect.arrayContaining(["cache", "tls", "private", "auth", "coverage"]));
  });

  const SCORES = ["structure", "scalability", "security", "dataFlow"] as const;
  // Every problem in the catalog has a good, a mediocre and a poor drawing.
  const problems = PROBLEMS.map((p) => p.id);
  const ofQuality = (problemId: string, quality: DrawnDesign["quality"]) =>
    DRAWN_DESIGNS.filter((d) => d.problemId === problemId && d.quality === quality).map(
      (d) => analyse(d).scores,
    );

  it.each(problems)(
    "scores every good %s design above every poor one, never below a mediocre one",
    (problemId) => {
      const goods = ofQuality(problemId, "good");
      const mediocres = ofQuality(problemId, "mediocre");
      const poors = ofQuality(problemId, "poor");
      expect(goods.length).toBeGreaterThan(0);
      expect(mediocres.length).toBeGreaterThan(0);
      expect(poors.length).toBeGreaterThan(0);
      const total = (s: (typeof goods)[number]) => SCORES.reduce((sum, key) => sum + s[key], 0);
      for (const good of goods) {
        for (const poor of poors) for (const key of SCORES) expect(good[key], key).toBeGreaterThan(poor[key]);
        for (const mediocre of mediocres) {
          for (const key of SCORES) expect(good[key], key).toBeGreaterThanOrEqual(mediocre[key]);
          expect(total(good)).toBeGreaterThan(total(mediocre));
        }
      }
      // A mediocre design is never below a poor one, and above it somewhere.
      for (const mediocre of mediocres) {
        for (const poor of poors) {
          for (const key of SCORES) expect(mediocre[key], key).toBeGreaterThanOrEqual(poor[key]);
          expect(SCORES.some((key) => mediocre[key] > poor[key])).toBe(true);
        }
      }
    },
  );

  it("finds the mediocre chat's synchronous delivery and missing auth, and credits the good one's broker", () => {
    const mediocre = analyse(byName("chat-mediocre-en")).weaknesses.map((w) => w.code);
    expect(mediocre).toEqual(expect.arrayContaining(["sync_heavy_work", "no_auth", "no_tls"]));
    const good = analyse(byName("chat-good-ko")).strengths.map((s) => s.code);
    expect(good).toEqual(expect.arrayContaining(["async", "auth", "tls", "private", "cache"]));
  });

  it("finds the rate limiters' weak spots: no auth in the mediocre one, no counters cache in the poor one", () => {
    expect(analyse(byName("rate-limiter-mediocre-ko")).weaknesses.map((w) => w.code)).toContain("no_auth");
    const poor = analyse(byName("rate-limiter-poor-en")).weaknesses.map((w) => w.code);
    expect(poor).toEqual(expect.arrayContaining(["no_cache", "no_auth", "undirected"]));
    const good = analyse(byName("rate-limiter-good-ko")).strengths.map((s) => s.code);
    expect(good).toEqual(expect.arrayContaining(["cache", "auth", "tls", "private"]));
  });
});
