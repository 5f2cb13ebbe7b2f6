import { describe, expect, it } from "vitest";
import { analyzeScene } from "../analyze";
import { findProblem } from "../problems/catalog";
import { SceneBuilder } from "../testing/scene-builder";

const codes = (elements: unknown[], problem: string) =>
  analyzeScene(elements, { problem: findProblem(problem), language: "en" }).weaknesses.map((w) => w.code);

/** Managed and distributed services the way engineers draw them: one box that is many machines. */
describe("managed services", () => {
  for (const db of ["DynamoDB", "Cassandra", "Spanner", "Aurora", "Postgres (RDS Multi-AZ)"]) {
    it(`does not ask ${db} for a replica it keeps by design`, () => {
      const b = new SceneBuilder();
      const app = b.box("Mobile app", 0, 0);
      const lb = b.box("ALB", 1, 0);
      const api = b.box("Feed API x3", 2, 0);
      const store = b.box(db, 3, 0);
      b.arrow(app, lb);
      b.arrow(lb, api);
      b.arrow(api, store);
      expect(codes(b.elements, "news-feed")).not.toContain("no_replica");
    });
  }

  it("still asks a single self-run Postgres for a replica", () => {
    const b = new SceneBuilder();
    const app = b.box("Mobile app", 0, 0);
    const api = b.box("Feed API", 1, 0);
    const db = b.box("Postgres", 2, 0);
    b.arrow(app, api);
    b.arrow(api, db);
    expect(codes(b.elements, "news-feed")).toContain("no_replica");
  });

  it("counts a consumer that lands locations in Redis geo as reaching storage (ride matching)", () => {
    const b = new SceneBuilder();
    const driver = b.box("Driver app", 0, 0);
    const gw = b.box("API Gateway", 1, 0);
    const api = b.box("Location service", 2, 0);
    const kafka = b.box("Kafka", 3, 0);
    const consumer = b.box("Location consumer", 3, 1);
    const geo = b.box("Redis GEO", 2, 1);
    const db = b.box("Trips DB (Postgres)", 1, 1);
    for (const [from, to] of [
      [driver, gw],
      [gw, api],
      [api, kafka],
      [kafka, consumer],
      [consumer, geo],
      [api, db],
    ] as const)
      b.arrow(from, to);
    expect(codes(b.elements, "ride-matching")).not.toContain("no_storage_path");
  });

  it("still flags a worker whose results go nowhere", () => {
    const b = new SceneBuilder();
    const web = b.box("Web client", 0, 0);
    const api = b.box("Payment Service", 1, 0);
    const db = b.box("MySQL (master)", 2, 0);
    const sqs = b.box("SQS", 1, 1);
    const batch = b.box("정산 배치 서버", 2, 1);
    b.arrow(web, api);
    b.arrow(api, db);
    b.arrow(api, sqs);
    b.arrow(sqs, batch);
    expect(codes(b.elements, "payment")).toContain("no_storage_path");
  });
});
