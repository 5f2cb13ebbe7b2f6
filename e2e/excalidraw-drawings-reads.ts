import { bareIn, boxIn, captioned, line, loose, wire } from "./excalidraw-grid";
import type { Pen } from "./excalidraw-pen";

// Read-heavy problems drawn by hand: search autocomplete, news feed, and a middling URL shortener.

/** Autocomplete, good: top-k per prefix in a Redis cluster, a trie index rebuilt by a Spark job from query logs. */
async function autocompleteGood(pen: Pen) {
  await boxIn(pen, "r", "A1", "Web & app users");
  await boxIn(pen, "r", "B1", "AWS ALB");
  await boxIn(pen, "r", "C1", "Query API x6");
  await boxIn(pen, "r", "D2", "Redis top-k cluster");
  await boxIn(pen, "r", "C2", "Elasticsearch trie");
  await boxIn(pen, "r", "B2", "Kafka query log");
  await boxIn(pen, "r", "B3", "Spark hourly rollup");
  await boxIn(pen, "o", "C3", "Cassandra x3 (counts)");
  await pen.text({ x: 20, y: 425 }, "Grafana dashboards");
  await pen.frame({ x: 350, y: 195 }, { x: 705, y: 390 }, "Private subnet");
  await wire(pen, "A1", "B1", "HTTPS + API key");
  await wire(pen, "B1", "C1");
  await wire(pen, "C1", "D2", "GET prefix");
  await loose(pen, "C1", "C2", { label: "on miss", gap: 8 });
  await wire(pen, "C1", "B2", "log query");
  await wire(pen, "B2", "B3");
  await wire(pen, "B3", "C3", "upsert counts");
  await wire(pen, "B3", "C2", "rebuild trie");
}

/** Autocomplete, mediocre: a cache in front of a LIKE query on MySQL; no index, no aggregation pipeline. */
async function autocompleteMediocre(pen: Pen) {
  await boxIn(pen, "r", "A1", "웹 클라이언트");
  await boxIn(pen, "r", "B1", "Nginx");
  await boxIn(pen, "r", "C1", "자동완성 API 서버");
  await boxIn(pen, "r", "D1", "Redis 캐시");
  await boxIn(pen, "o", "C3", "검색어 DB (MySQL)");
  await wire(pen, "A1", "B1");
  await wire(pen, "B1", "C1");
  await wire(pen, "C1", "D1", "접두사 조회");
  await loose(pen, "C1", "C3", { label: "LIKE 'ab%'", gap: 10 });
}

/** Autocomplete, poor: one app server querying MySQL on every keystroke. */
async function autocompletePoor(pen: Pen) {
  await bareIn(pen, "r", "A1", "Browser");
  await boxIn(pen, "r", "C1", "App server");
  await boxIn(pen, "o", "C3", "MySQL");
  await loose(pen, "A1", "C1", { gap: 12 });
  await wire(pen, "C1", "C3", "SELECT … LIKE");
}

/** News feed, good: fan-out on write through Kafka into a Redis timeline cluster, photos through a CDN. */
async function newsFeedGood(pen: Pen) {
  await boxIn(pen, "r", "A1", "iOS / Android app");
  await boxIn(pen, "r", "B1", "Global LB (ALB)");
  await boxIn(pen, "r", "C1", "Feed API x8");
  await boxIn(pen, "r", "D1", "Kafka: new posts");
  await boxIn(pen, "r", "A2", "CloudFront");
  await boxIn(pen, "r", "A3", "S3 photos");
  await boxIn(pen, "r", "B2", "OAuth2 server");
  await boxIn(pen, "o", "C2", "Posts DB (Postgres)");
  await boxIn(pen, "o", "B3", "Read replicas");
  await boxIn(pen, "r", "D2", "Fan-out workers");
  await boxIn(pen, "r", "D3", "Redis cluster: timelines");
  await pen.text({ x: 20, y: 425 }, "Grafana alerts");
  await pen.frame({ x: 170, y: 195 }, { x: 705, y: 390 }, "VPC (private)");
  await wire(pen, "A1", "B1", "HTTPS");
  await wire(pen, "B1", "C1");
  await wire(pen, "B1", "B2");
  await wire(pen, "C1", "D1", "publish");
  await wire(pen, "D1", "D2");
  await wire(pen, "D2", "D3", "push post ids");
  await wire(pen, "C1", "C2", "write");
  await loose(pen, "C2", "B3", { label: "async repl.", gap: 8 });
  await wire(pen, "A1", "A2", "GET photos");
  await wire(pen, "A2", "A3", "origin pull");
}

/** News feed, mediocre: a cache for timelines but fan-out on read against one database; no queue. */
async function newsFeedMediocre(pen: Pen) {
  await boxIn(pen, "r", "A1", "모바일 앱");
  await boxIn(pen, "r", "B1", "HAProxy");
  await boxIn(pen, "r", "C1", "피드 서버 x4");
  await boxIn(pen, "r", "D1", "Redis 타임라인");
  await boxIn(pen, "o", "C3", "게시물 DB");
  await wire(pen, "A1", "B1");
  await wire(pen, "B1", "C1");
  await wire(pen, "C1", "D1", "읽기");
  await loose(pen, "C1", "C3", { label: "쓰기 + 팔로우 조회", gap: 10 });
}

/** News feed, poor: the page reads posts straight from MySQL as well as through one server. */
async function newsFeedPoor(pen: Pen) {
  await boxIn(pen, "r", "A1", "Web client");
  await captioned(pen, "C1", "Feed server");
  await boxIn(pen, "o", "C3", "MySQL");
  await wire(pen, "A1", "C1", "GET /feed");
  await loose(pen, "C1", "C3", { gap: 6 });
  await line(pen, "A1", "C3");
}

/** URL shortener, mediocre: a load balancer and two servers on one MySQL; no cache, no auth, no replica. */
async function urlShortenerMediocre(pen: Pen) {
  await boxIn(pen, "r", "A1", "Browser");
  await boxIn(pen, "r", "B1", "Nginx");
  await boxIn(pen, "r", "C1", "Shortener API x2");
  await boxIn(pen, "o", "C3", "URL DB (MySQL)");
  await wire(pen, "A1", "B1");
  await wire(pen, "B1", "C1");
  await loose(pen, "C1", "C3", { label: "INSERT / SELECT", gap: 8 });
}

export const READ_DRAWINGS: Record<string, (pen: Pen) => Promise<void>> = {
  "search-autocomplete-good-en": autocompleteGood,
  "search-autocomplete-mediocre-ko": autocompleteMediocre,
  "search-autocomplete-poor-en": autocompletePoor,
  "news-feed-good-en": newsFeedGood,
  "news-feed-mediocre-ko": newsFeedMediocre,
  "news-feed-poor-en": newsFeedPoor,
  "url-shortener-mediocre-en": urlShortenerMediocre,
};
