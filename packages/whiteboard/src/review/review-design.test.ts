import type { Analysis, WhiteboardScores } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { analyzeScene } from "../analyze";
import { findProblem, PROBLEMS } from "../problems/catalog";
import { type DesignSpec, drawDesign, mediocreDesign, poorDesign } from "../testing/design-specs";
import { GOOD_DESIGNS } from "../testing/good-designs";

/** Weaker designs per problem, in the problem's own words; half use loose (unbound) arrows. */
const WEAKER: Record<string, { mediocre: DesignSpec; poor: DesignSpec }> = {
  "url-shortener": {
    mediocre: mediocreDesign({ client: "사용자", lb: "로드밸런서", api: "단축 API 서버", db: "MySQL" }),
    poor: poorDesign("사용자", "서버", "DB"),
  },
  "rate-limiter": {
    mediocre: mediocreDesign({ client: "Client", lb: "Nginx", api: "API server", db: "Counters DB" }),
    poor: poorDesign("Client", "Rate limiter server", "MySQL counters", false),
  },
  "search-autocomplete": {
    mediocre: mediocreDesign({
      client: "Browser",
      lb: "LB",
      api: "Suggest service",
      db: "Queries DB",
      extra: "Elasticsearch",
    }),
    poor: poorDesign("Browser", "Backend", "SQL LIKE query DB"),
  },
  notification: {
    mediocre: mediocreDesign({
      client: "사용자 앱",
      lb: "게이트웨이",
      api: "알림 서버",
      db: "알림 DB",
      extra: "FCM",
    }),
    poor: poorDesign("앱", "알림 서버", "DB", false),
  },
  chat: {
    mediocre: mediocreDesign({
      client: "Mobile app",
      lb: "Load balancer",
      api: "Chat server",
      db: "Messages DB",
    }),
    poor: poorDesign("App", "Server", "Database"),
  },
  "news-feed": {
    mediocre: mediocreDesign({
      client: "Web client",
      lb: "ALB",
      api: "Feed service",
      db: "Posts DB",
      extra: "S3",
    }),
    poor: poorDesign("User", "Server", "MongoDB", false),
  },
  "file-storage": {
    mediocre: mediocreDesign({
      client: "클라이언트",
      lb: "로드밸런서",
      api: "파일 서버",
      db: "메타데이터 DB",
      extra: "S3",
    }),
    poor: poorDesign("클라이언트", "파일 서버", "DB"),
  },
  "video-streaming": {
    mediocre: mediocreDesign({
      client: "Viewer",
      lb: "LB",
      api: "Video API",
      db: "Video DB",
      extra: "S3 videos",
    }),
    poor: poorDesign("Viewer", "Video server", "Video DB", false),
  },
  "ride-matching": {
    mediocre: mediocreDesign({ client: "승객 앱", lb: "로드밸런서", api: "매칭 서버", db: "운행 DB" }),
    poor: poorDesign("기사 앱", "서버", "위치 DB"),
  },
  payment: {
    mediocre: mediocreDesign({
      client: "Checkout page",
      lb: "ALB",
      api: "Payment API",
      db: "Payments DB",
      extra: "PG (Stripe)",
    }),
    poor: poorDesign("Checkout page", "Server", "Card numbers DB", false),
  },
  ticketing: {
    mediocre: mediocreDesign({ client: "User", lb: "LB", api: "Booking server", db: "Seats DB" }),
    poor: poorDesign("User", "Server", "Seats DB"),
  },
};

const total = (s: WhiteboardScores) => s.structure + s.scalability + s.security + s.dataFlow;
const analyse = (problemId: string, spec: DesignSpec, language: "ko" | "en" = "en"): Analysis =>
  analyzeScene(drawDesign(spec).elements, { problem: findProblem(problemId), language });

describe.each(PROBLEMS.map((p) => p.id))("problem %s", (problemId) => {
  const problem = findProblem(problemId);
  const weaker = WEAKER[problemId];
  const good = GOOD_DESIGNS[problemId];
  if (!problem || !weaker || !good) throw new Error(`no designs for ${problemId}`);

  it("reads every box and arrow of the good design and finds the required kinds", () => {
    const { elements, ids } = drawDesign(good);
    const result = analyzeScene(elements, { problem, language: "ko" });
    expect(result.components.map((c) => c.id).sort()).toEqual(Object.values(ids).sort());
    expect(result.connections).toHaveLength(good.arrows.length);
    const kinds = new Set(result.components.map((c) => c.kind));
    for (const kind of problem.reference.required) expect(kinds, kind).toContain(kind);
    expect(result.components.filter((c) => c.kind === "other")).toEqual([]);
    expect(result.unread).toEqual([]);
  });

  it("scores the good design above the poor one on every score, the mediocre one in between", () => {
    const g = analyse(problemId, good).scores;
    const m = analyse(problemId, weaker.mediocre).scores;
    const p = analyse(problemId, weaker.poor).scores;
    for (const key of ["structure", "scalability", "security", "dataFlow"] as const) {
      expect(g[key], `${key} good vs poor`).toBeGreaterThan(p[key]);
      expect(g[key], `${key} good vs mediocre`).toBeGreaterThanOrEqual(m[key]);
    }
    expect(total(g)).toBeGreaterThan(total(m));
    expect(total(m)).toBeGreaterThan(total(p));
    expect(g.structure).toBeGreaterThanOrEqual(4);
  });

  it("names the components behind the poor design's weaknesses and asks about the gaps", () => {
    const { elements, ids } = drawDesign(weaker.poor);
    const result = analyzeScene(elements, { problem, language: "ko" });
    const direct = result.weaknesses.find((w) => w.code === "client_to_storage");
    expect(direct?.components.sort()).toEqual([ids.c, ids.db].sort());
    expect(result.weaknesses.find((w) => w.code === "no_auth")?.components).toEqual([ids.s]);
    for (const finding of [...result.weaknesses, ...result.suggestions]) {
      for (const id of finding.components) expect(Object.values(ids)).toContain(id);
    }
    expect(result.followUps.length).toBeGreaterThanOrEqual(3);
    expect(result.followUps.some((q) => q.components.length > 0)).toBe(true);
    expect(result.followUps.every((q) => /[가-힣]/.test(q.question))).toBe(true);
  });
});

describe("general rules", () => {
  it("flags a missing cache on a read-heavy path, naming the servers and the database", () => {
    const { elements, ids } = drawDesign(mediocreDesign({ client: "User", lb: "LB", api: "API", db: "DB" }));
    const result = analyzeScene(elements, { problem: findProblem("url-shortener"), language: "en" });
    expect(result.weaknesses.find((w) => w.code === "no_cache")?.components).toEqual([ids.api, ids.db]);
    expect(result.weaknesses.find((w) => w.code === "no_replica")?.components).toEqual([ids.db]);
    expect(result.followUps.map((q) => q.question).join(" ")).toMatch(/goes down|tenfold|lost/);
  });

  it("flags heavy work without a queue, orphans and flows that cannot reach storage", () => {
    const spec: DesignSpec = {
      boxes: {
        c: ["Viewer", 0, 0],
        api: ["Upload API", 1, 0],
        t: ["Transcoder", 2, 0],
        mon: ["Grafana", 3, 3],
        orphan: ["Redis", 4, 4],
      },
      arrows: [
        ["c", "api"],
        ["api", "t"],
      ],
    };
    const { elements, ids } = drawDesign(spec);
    const result = analyzeScene(elements, { problem: findProblem("video-streaming"), language: "en" });
    const codes = result.weaknesses.map((w) => w.code);
    expect(codes).toContain("sync_heavy_work");
    expect(result.weaknesses.find((w) => w.code === "orphan")?.components).toEqual([ids.orphan]);
    expect(result.weaknesses.find((w) => w.code === "no_storage_path")?.components.sort()).toEqual(
      [ids.c, ids.api, ids.t].sort(),
    );
  });

  it("lets a worker end where the problem's flows take it (a feed cache), not anywhere else", () => {
    const spec: DesignSpec = {
      boxes: {
        c: ["App", 0, 0],
        api: ["Feed API", 1, 0],
        q: ["Kafka", 2, 0],
        w: ["Fan-out worker", 2, 1],
        cache: ["Redis feed cache", 2, 2],
        db: ["Posts DB", 1, 1],
      },
      arrows: [
        ["c", "api"],
        ["api", "db"],
        ["api", "q"],
        ["q", "w"],
        ["w", "cache"],
      ],
    };
    const { elements, ids } = drawDesign(spec);
    const feed = analyzeScene(elements, { problem: findProblem("news-feed"), language: "en" });
    expect(feed.weaknesses.map((w) => w.code)).not.toContain("no_storage_path");
    // A chat's delivery worker that only touches a cache has lost the messages.
    const chat = analyzeScene(elements, { problem: findProblem("chat"), language: "en" });
    expect(chat.weaknesses.find((w) => w.code === "no_storage_path")?.components).toEqual([ids.w]);
  });

  it("gives an empty drawing the lowest scores and says why", () => {
    const result = analyzeScene([], { language: "en" });
    expect(result.scores).toEqual({ structure: 1, scalability: 1, security: 1, dataFlow: 1 });
    expect(result.weaknesses[0]?.code).toBe("empty");
  });

  it("reviews without a problem against the general reference", () => {
    const result = analyzeScene(drawDesign(GOOD_DESIGNS["url-shortener"] as DesignSpec).elements);
    expect(result.problemId).toBeNull();
    expect(result.scores.structure).toBeGreaterThanOrEqual(4);
    expect(result.strengths.length).toBeGreaterThan(0);
  });
});
