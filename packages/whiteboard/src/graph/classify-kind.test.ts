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

describe("classifyKind on words inside longer words and labels seen in other designs", () => {
  it.each([
    // A kind word inside a longer word is not meant.
    ["큐레이션 서비스", "api_server"],
    ["블로그 서비스", "api_server"],
    ["상품 카탈로그", "api_server"],
    ["결제 웹훅", "api_server"],
    ["SMS Gateway", "external"],
    ["Firebase Cloud Messaging", "external"],
    ["토스페이먼츠", "external"],
    ["엘라스틱서치", "search"],
    ["KV store", "database"],
    ["Key-Value Store", "database"],
    ["Idempotency store", "database"],
    ["ID Generator (Snowflake)", "api_server"],
    ["ID 생성기", "api_server"],
    ["Snowflake (data warehouse)", "database"],
    ["Token bucket", "load_balancer"],
    ["토큰 버킷 (Redis)", "cache"],
    ["Sliding window counter", "load_balancer"],
    ["Auto Scaling Group", "api_server"],
    ["Kubernetes cluster", "api_server"],
    ["Redis on k8s", "cache"],
    ["Video Processing", "worker"],
    ["Thumbnail generator", "worker"],
    ["HLS Packager", "worker"],
    ["Log collector", "monitoring"],
    ["Secrets Manager (KMS)", "auth"],
    ["WAF", "load_balancer"],
    ["Hadoop", "worker"],
    ["S3 object store", "object_storage"],
    ["로그인", "auth"],
  ])("%s -> %s", (label, kind) => {
    expect(classifyKind(label)).toBe(kind);
  });
});

// Seen in designs drawn in Excalidraw: auth words in brackets say what a box checks, not what it is.
describe("classifyKind on bracketed qualifiers and more everyday words", () => {
  it.each([
    ["파일 API (JWT 검증)", "api_server"],
    ["Orders API (OAuth scopes)", "api_server"],
    ["Auth (OAuth2)", "auth"],
    ["인증 (JWT)", "auth"],
    ["Users (SSO login)", "client"],
    ["Gateway (auth)", "load_balancer"],
    ["Lambda (thumbnails)", "worker"],
    ["EC2 (consumers)", "worker"],
    ["DB (read replica)", "replica"],
    ["Sessions (Redis)", "cache"],
    ["Feed service (Redis)", "cache"],
    ["S3 버킷 (SSE-KMS)", "object_storage"],
    ["인증 서버 (JWT)", "auth"],
    ["Shop website", "client"],
    ["쇼핑몰 웹사이트", "client"],
    ["입장 대기열", "queue"],
    ["Virtual waiting room", "queue"],
  ])("%s -> %s", (label, kind) => {
    expect(classifyKind(label)).toBe(kind);
  });
});
