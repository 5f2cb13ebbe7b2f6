import { describe, expect, it } from "vitest";
import { analyzeScene } from "../analyze";
import { findProblem } from "../problems/catalog";
import { SceneBuilder } from "../testing/scene-builder";

const review = (elements: unknown[], problem: string) =>
  analyzeScene(elements, { problem: findProblem(problem), language: "en" });

/** Security findings read the words on boundaries and servers the way an engineer means them. */
describe("security wording", () => {
  function storesIn(frameName: string) {
    const b = new SceneBuilder();
    const app = b.box("웹 브라우저", 0, 0);
    const api = b.box("API 서버 x2", 1, 0);
    const db = b.box("Postgres primary", 2, 0);
    const cache = b.box("Memcached", 2, 1);
    b.frame(frameName, [db, cache]);
    b.arrow(app, api);
    b.arrow(api, db);
    b.arrow(api, cache);
    return review(b.elements, "url-shortener");
  }

  for (const name of ["VPC", "Private subnet", "프라이빗 서브넷", "Data tier"]) {
    it(`counts storage inside a frame named "${name}" as private`, () => {
      const result = storesIn(name);
      expect(result.strengths.map((f) => f.code)).toContain("private");
      expect(result.suggestions.map((f) => f.code)).not.toContain("private_network");
    });
  }

  for (const name of ["Public subnet", "퍼블릭 서브넷", "DMZ"]) {
    it(`does not praise storage drawn in a frame named "${name}" as private`, () => {
      const result = storesIn(name);
      expect(result.strengths.map((f) => f.code)).not.toContain("private");
      expect(result.suggestions.map((f) => f.code)).toContain("private_network");
    });
  }

  it("does not take a token-bucket rate limiter for authentication", () => {
    const b = new SceneBuilder();
    const client = b.box("Client", 0, 0);
    const limiter = b.box("Token bucket limiter", 1, 0);
    const api = b.box("Backend API", 2, 0);
    const redis = b.box("Redis cluster (counters)", 1, 1);
    b.arrow(client, limiter);
    b.arrow(limiter, api);
    b.arrow(limiter, redis);
    const codes = review(b.elements, "rate-limiter");
    expect(codes.strengths.map((f) => f.code)).not.toContain("auth");
    expect(codes.weaknesses.map((f) => f.code)).toContain("no_auth");
  });

  it("still takes a JWT check on a link as authentication", () => {
    const b = new SceneBuilder();
    const client = b.box("Client", 0, 0);
    const gw = b.box("API Gateway", 1, 0);
    const api = b.box("Backend API", 2, 0);
    b.arrow(client, gw, { label: "HTTPS + JWT" });
    b.arrow(gw, api);
    expect(review(b.elements, "rate-limiter").strengths.map((f) => f.code)).toContain("auth");
  });

  function linkLabelled(label: string) {
    const b = new SceneBuilder();
    const client = b.box("Mobile app", 0, 0);
    const api = b.box("Payment API", 1, 0);
    const db = b.box("Postgres", 2, 0);
    b.arrow(client, api, { label });
    b.arrow(api, db);
    return review(b.elements, "payment");
  }

  for (const label of ["HTTPS", "TLS 1.3", "mTLS", "암호화된 연결"]) {
    it(`takes a link labelled "${label}" as encrypted`, () => {
      expect(linkLabelled(label).strengths.map((f) => f.code)).toContain("tls");
    });
  }

  for (const label of [
    "HTTP (no TLS)",
    "plain HTTP",
    "unencrypted",
    "평문 HTTP",
    "암호화 없음",
    "without TLS",
  ]) {
    it(`does not take a link labelled "${label}" as encrypted`, () => {
      const result = linkLabelled(label);
      expect(result.strengths.map((f) => f.code)).not.toContain("tls");
      expect(result.weaknesses.map((f) => f.code)).toContain("no_tls");
    });
  }

  function serverNamed(name: string) {
    const b = new SceneBuilder();
    const client = b.box("Chat app", 0, 0);
    const server = b.box(name, 1, 0);
    const db = b.box("Cassandra", 2, 0);
    b.arrow(client, server);
    b.arrow(server, db);
    return review(b.elements, "chat").strengths.map((f) => f.code);
  }

  it("does not take a chat session server for authentication", () => {
    expect(serverNamed("Session server")).not.toContain("auth");
    expect(serverNamed("세션 서버")).not.toContain("auth");
  });

  it("takes a server that checks a session cookie or a login for authentication", () => {
    expect(serverNamed("API (session cookie)")).toContain("auth");
    expect(serverNamed("API 서버 (로그인 확인)")).toContain("auth");
  });
});
