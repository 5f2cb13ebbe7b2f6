import type { Analysis, ComponentKind, Language } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { analyzeScene } from "../analyze";
import { findProblem } from "../problems/catalog";
import { KIND_NAMES } from "../review/messages";
import { SceneBuilder } from "../testing/scene-builder";

/**
 * Whole designs drawn with product names (Memcached, Aurora, SQS, Cognito ...). Whatever the scores,
 * no finding may contradict the drawing: no "there is no cache" beside a Memcached box.
 */
interface ProductDesign {
  problem: string;
  boxes: string[];
  /** Arrows as [from index, to index]. */
  arrows: [number, number][];
}

const DESIGNS: ProductDesign[] = [
  {
    problem: "url-shortener",
    boxes: [
      "웹 브라우저",
      "CloudFront",
      "ALB",
      "Shortener API x3",
      "Memcached",
      "Aurora (writer)",
      "읽기 전용 DB",
      "Datadog",
    ],
    arrows: [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [3, 5],
      [5, 6],
      [3, 6],
      [3, 7],
    ],
  },
  {
    problem: "chat",
    boxes: [
      "📱 모바일 앱",
      "K8s Ingress",
      "WebSocket 서버 x4",
      "Kafka topic",
      "Sidekiq",
      "Cassandra",
      "Redis (presence)",
      "FCM/APNs",
      "Keycloak",
    ],
    arrows: [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [2, 6],
      [4, 7],
      [1, 8],
    ],
  },
  {
    problem: "payment",
    boxes: [
      "Web client",
      "API Gateway",
      "Payment Service x2",
      "MySQL (master)",
      "MySQL slave",
      "SQS",
      "정산 배치 서버",
      "결제 PG사",
      "Cognito",
      "Prometheus/Grafana",
    ],
    arrows: [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [2, 5],
      [5, 6],
      [2, 7],
      [1, 8],
      [2, 9],
    ],
  },
  {
    problem: "video-streaming",
    boxes: [
      "Browser",
      "Akamai",
      "HAProxy",
      "Upload API",
      "S3 bucket (raw)",
      "SQS",
      "Transcoder workers",
      "MinIO (renditions)",
      "Postgres primary",
      "Read replica",
    ],
    arrows: [
      [0, 1],
      [1, 7],
      [0, 2],
      [2, 3],
      [3, 4],
      [3, 5],
      [5, 6],
      [6, 7],
      [3, 8],
      [8, 9],
    ],
  },
  {
    problem: "notification",
    boxes: [
      "Order Service",
      "SNS",
      "Celery worker",
      "FCM/APNs",
      "Twilio SMS",
      "DynamoDB",
      "스케줄러",
      "Sentry",
    ],
    arrows: [
      [0, 1],
      [1, 2],
      [2, 3],
      [2, 4],
      [2, 5],
      [6, 1],
      [2, 7],
    ],
  },
  {
    problem: "search-autocomplete",
    boxes: [
      "iOS / Android",
      "Cloudflare",
      "Envoy",
      "Suggest API",
      "Memcached",
      "OpenSearch",
      "Kinesis",
      "배치 서버",
      "Mongo",
    ],
    arrows: [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [3, 5],
      [3, 6],
      [6, 7],
      [7, 5],
      [7, 8],
    ],
  },
  {
    problem: "rate-limiter",
    boxes: ["Client", "Envoy", "Rate limiter (sidecar)", "Memcached", "Backend API", "Postgres", "Datadog"],
    arrows: [
      [0, 1],
      [1, 2],
      [2, 3],
      [2, 4],
      [4, 5],
      [2, 6],
    ],
  },
  {
    problem: "file-storage",
    boxes: [
      "데스크톱 클라이언트",
      "ALB",
      "메타데이터 API",
      "GCS",
      "Postgres primary",
      "읽기 전용 DB",
      "Redis",
      "RabbitMQ",
      "동기화 워커",
      "OAuth 서버",
    ],
    arrows: [
      [0, 1],
      [1, 2],
      [2, 3],
      [0, 3],
      [2, 4],
      [4, 5],
      [2, 6],
      [2, 7],
      [7, 8],
      [1, 9],
    ],
  },
  {
    problem: "news-feed",
    boxes: [
      "모바일 앱",
      "CloudFront",
      "ALB",
      "Feed API",
      "Redis Cluster",
      "Kafka",
      "Fan-out worker",
      "DynamoDB",
      "S3 bucket",
    ],
    arrows: [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [3, 5],
      [5, 6],
      [6, 4],
      [3, 7],
      [1, 8],
    ],
  },
  {
    problem: "ride-matching",
    boxes: [
      "Rider app",
      "Driver app",
      "API Gateway",
      "Matching service",
      "Redis GEO",
      "Kafka",
      "Location consumer",
      "Postgres",
      "Auth0",
    ],
    arrows: [
      [0, 2],
      [1, 2],
      [2, 3],
      [3, 4],
      [2, 5],
      [5, 6],
      [6, 4],
      [3, 7],
      [2, 8],
    ],
  },
  {
    problem: "ticketing",
    boxes: [
      "웹 브라우저",
      "Akamai",
      "ALB",
      "예약 API",
      "Redis (좌석 락)",
      "SQS 대기열",
      "결제 워커",
      "Aurora",
      "결제 PG사",
      "Cognito",
    ],
    arrows: [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [3, 5],
      [5, 6],
      [6, 7],
      [6, 8],
      [3, 7],
      [2, 9],
    ],
  },
];

function draw(design: ProductDesign): unknown[] {
  const b = new SceneBuilder();
  const ids = design.boxes.map((label, i) => b.box(label, i % 4, Math.floor(i / 4)));
  for (const [from, to] of design.arrows) b.arrow(ids[from] as string, ids[to] as string);
  return b.elements;
}

/**
 * Findings that say a kind is absent or ask to add one while the drawing has it, or that flag a kind
 * missing from the path (no_cache, no_auth ...) while one is wired in.
 */
function contradictions(analysis: Analysis, lang: Language): string[] {
  const wiredIds = new Set(analysis.connections.flatMap((c) => [c.from, c.to]));
  const wired = new Set(analysis.components.filter((c) => wiredIds.has(c.id)).map((c) => c.kind));
  const out: string[] = [];
  for (const kind of new Set(analysis.components.map((c) => c.kind))) {
    const name = KIND_NAMES[kind as ComponentKind][lang];
    // Korean particles take their final form ("캐시가", "API 서버를"), so both forms are matched.
    const says =
      lang === "ko"
        ? [`${name}(이|가) 없습니다`, `${name}(을|를) 추가하세요`, `${name}(을|를) 고려하세요`]
        : [`No ${name} \\(`, `(Add|Consider) (an? )?${name} `];
    const pattern = new RegExp(`^(${says.join("|")})`);
    for (const f of [...analysis.weaknesses, ...analysis.suggestions]) {
      const absent = wired.has(kind) && f.code === `no_${kind}`;
      if (absent || pattern.test(f.text)) out.push(`${f.code}: ${f.text}`);
    }
  }
  return out;
}

describe("designs drawn with product names", () => {
  for (const design of DESIGNS) {
    for (const lang of ["ko", "en"] as const) {
      it(`${design.problem} (${lang}): every box is read and no finding contradicts the drawing`, () => {
        const problem = findProblem(design.problem);
        expect(problem).toBeDefined();
        const analysis = analyzeScene(draw(design), { problem, language: lang });
        expect(analysis.components.filter((c) => c.kind === "other").map((c) => c.label)).toEqual([]);
        expect(analysis.connections).toHaveLength(design.arrows.length);
        expect(contradictions(analysis, lang)).toEqual([]);
        // Every box is wired, so none may be called an orphan.
        expect(analysis.weaknesses.filter((f) => f.code === "orphans" || f.code === "orphan")).toEqual([]);
      });
    }
  }
});

describe("components drawn on the side", () => {
  it("does not ask to add monitoring or an auth service that is drawn but has no arrows", () => {
    const b = new SceneBuilder();
    const web = b.box("웹 브라우저", 0, 0);
    const lb = b.box("ALB", 1, 0);
    const api = b.box("API x3", 2, 0);
    const cache = b.box("Memcached", 3, 0);
    const db = b.box("Aurora", 2, 1);
    const grafana = b.box("Prometheus/Grafana", 0, 2);
    const keycloak = b.box("Keycloak", 1, 2);
    b.arrow(web, lb);
    b.arrow(lb, api);
    b.arrow(api, cache);
    b.arrow(api, db);
    for (const lang of ["ko", "en"] as const) {
      const analysis = analyzeScene(b.elements, { problem: findProblem("url-shortener"), language: lang });
      expect(contradictions(analysis, lang)).toEqual([]);
      const unwired = analysis.suggestions.find((f) => f.code === "unwired_component");
      expect(unwired?.components).toEqual([keycloak]);
      expect(analysis.weaknesses.flatMap((f) => (f.code === "orphan" ? f.components : []))).toEqual([
        keycloak,
      ]);
      expect(analysis.strengths.flatMap((f) => f.components)).toContain(grafana);
    }
  });
});
