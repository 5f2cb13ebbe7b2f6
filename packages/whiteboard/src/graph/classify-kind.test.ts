import { describe, expect, it } from "vitest";
import { classifyKind, saysRedundant } from "./classify-kind";

describe("classifyKind", () => {
  it.each([
    ["로드밸런서", "load_balancer"],
    ["LB", "load_balancer"],
    ["Nginx", "load_balancer"],
    ["API Gateway", "load_balancer"],
    ["Redis 캐시", "cache"],
    ["Memcached", "cache"],
    ["RDS 읽기 복제본", "replica"],
    ["Read Replica DB", "replica"],
    ["MySQL Primary + Replica", "database"],
    ["Auth DB", "database"],
    ["User Service", "api_server"],
    ["인증 서버", "auth"],
    ["Auth Service", "auth"],
    ["Kafka", "queue"],
    ["메시지 큐 (RabbitMQ)", "queue"],
    ["Queue Worker", "worker"],
    ["트랜스코딩 워커", "worker"],
    ["S3", "object_storage"],
    ["파일 저장소", "object_storage"],
    ["CloudFront", "cdn"],
    ["Elasticsearch", "search"],
    ["검색 서버", "search"],
    ["Prometheus + Grafana", "monitoring"],
    ["로그인", "auth"],
    ["모바일 앱", "client"],
    ["Web Browser", "client"],
    ["App Server", "api_server"],
    ["앱 서버", "api_server"],
    ["Chat Server", "api_server"],
    ["Spring Boot", "api_server"],
    ["PG사 (토스페이먼츠)", "external"],
    ["FCM / APNs", "external"],
    ["PostgreSQL", "database"],
    ["Elbow", "other"],
    ["회의록", "other"],
    ["", "other"],
  ])("%s -> %s", (label, kind) => {
    expect(classifyKind(label)).toBe(kind);
  });

  it("reads redundancy in labels", () => {
    expect(saysRedundant("API Server x3")).toBe(true);
    expect(saysRedundant("Redis Cluster")).toBe(true);
    expect(saysRedundant("API 서버 (오토스케일링)")).toBe(true);
    expect(saysRedundant("API 서버 3대")).toBe(true);
    expect(saysRedundant("API Server")).toBe(false);
    expect(saysRedundant("Mexico")).toBe(false);
  });
});

describe("classifyKind on labels from other vocabularies", () => {
  it.each([
    ["Data Warehouse (Redshift)", "database"],
    ["Route 53", "load_balancer"],
    ["Key Generation Service", "api_server"],
    ["ID Generator", "api_server"],
    ["Kafka consumer", "worker"],
    ["Kafka search logs", "queue"],
    ["DB Replica", "replica"],
    ["Users", "client"],
  ])("%s -> %s", (label, kind) => {
    expect(classifyKind(label)).toBe(kind);
  });
});
