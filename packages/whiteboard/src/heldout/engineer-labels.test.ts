import type { ComponentKind } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { readScene } from "../scene/read-scene";
import { SceneBuilder } from "../testing/scene-builder";

/**
 * Labels as engineers actually write them on a whiteboard: product names, Korean, shorthand,
 * multi-line captions, emoji and numbering. Written before reading the classifier's word lists,
 * so these check the reader generalises rather than matching its own vocabulary.
 * A label maps to the kinds a reviewer would accept for it (more than one when engineers disagree).
 */
const LABELS: Array<[string, ComponentKind[]]> = [
  // databases and replicas
  ["Postgres primary", ["database"]],
  ["MySQL (master)", ["database"]],
  ["Aurora", ["database"]],
  ["DynamoDB", ["database"]],
  ["Mongo", ["database"]],
  ["Cassandra cluster", ["database"]],
  ["샤드 1/2", ["database"]],
  ["주문 DB", ["database"]],
  ["읽기 전용 DB", ["replica"]],
  ["Read replica x2", ["replica"]],
  ["MySQL slave", ["replica"]],
  ["Postgres standby (read-only)", ["replica"]],
  // entry points
  ["K8s Ingress", ["load_balancer"]],
  ["API Gateway", ["load_balancer", "api_server"]],
  ["ALB", ["load_balancer"]],
  ["HAProxy", ["load_balancer"]],
  ["Envoy", ["load_balancer"]],
  ["Nginx", ["load_balancer"]],
  ["L4 스위치", ["load_balancer"]],
  // queues and streams
  ["SQS", ["queue"]],
  ["SNS", ["queue"]],
  ["Kinesis", ["queue"]],
  ["RabbitMQ", ["queue"]],
  ["Kafka topic", ["queue"]],
  ["카프카", ["queue"]],
  ["Pub/Sub", ["queue"]],
  ["CDC", ["queue", "worker"]],
  // workers
  ["Celery worker", ["worker"]],
  ["Sidekiq", ["worker"]],
  ["Lambda", ["worker", "api_server"]],
  ["배치 서버", ["worker"]],
  ["스케줄러", ["worker"]],
  ["Cron job", ["worker"]],
  ["Transcoder", ["worker"]],
  // storage and delivery
  ["S3 bucket", ["object_storage"]],
  ["GCS", ["object_storage"]],
  ["MinIO", ["object_storage"]],
  ["Blob storage", ["object_storage"]],
  ["CloudFront", ["cdn"]],
  ["Akamai", ["cdn"]],
  ["Cloudflare", ["cdn"]],
  // auth
  ["Cognito", ["auth"]],
  ["Keycloak", ["auth"]],
  ["OAuth 서버", ["auth"]],
  ["Auth0", ["auth"]],
  ["인증 서버", ["auth"]],
  // search, caches, monitoring
  ["Elasticsearch", ["search"]],
  ["OpenSearch", ["search"]],
  ["엘라스틱서치", ["search"]],
  ["Memcached", ["cache"]],
  ["Cache DB", ["cache"]],
  ["Search DB", ["search"]],
  ["검색 DB", ["search"]],
  ["Auth DB", ["database"]],
  ["Bank API", ["external"]],
  ["Partner API", ["external"]],
  ["제휴사 API", ["external"]],
  ["Redis Cluster", ["cache"]],
  ["레디스", ["cache"]],
  ["Prometheus/Grafana", ["monitoring"]],
  ["Datadog", ["monitoring"]],
  ["Sentry", ["monitoring"]],
  // clients and outside services
  ["모바일 앱", ["client"]],
  ["웹 브라우저", ["client"]],
  ["iOS / Android", ["client"]],
  ["결제 PG사", ["external"]],
  ["FCM/APNs", ["external"]],
  ["Stripe", ["external"]],
  ["Twilio SMS", ["external"]],
  // servers
  ["Spring Boot 서버", ["api_server"]],
  ["Node.js API", ["api_server"]],
  ["백엔드", ["api_server"]],
  ["Order Service", ["api_server"]],
  // emoji, numbering and multi-line captions
  ["1. API", ["api_server"]],
  ["2) Redis", ["cache"]],
  ["① 로드밸런서", ["load_balancer"]],
  ["📱 Mobile app", ["client"]],
  ["🗄️ Postgres", ["database"]],
  ["Order Service\n(Spring, x3)", ["api_server"]],
  ["Postgres\nprimary", ["database"]],
  ["Redis\n(session cache)", ["cache"]],
  ["Redis (rate limit counters)", ["cache"]],
  ["Kafka\n(events)", ["queue"]],
  ["Notification worker\n(consumes SQS)", ["worker"]],
  ["User DB\nread replica", ["replica"]],
  ["Backend\n- Spring Boot\n- JPA", ["api_server"]],
  // brackets say what a box uses; the words before them what it is
  ["Celery worker (Redis broker)", ["worker"]],
  ["Sidekiq (Redis-backed)", ["worker"]],
  ["Storage (S3)", ["object_storage"]],
  ["Postgres (read replica)", ["replica"]],
  ["DB (read replica)", ["replica"]],
  ["Queue (SQS)", ["queue"]],
  ["CDC worker", ["worker"]],
  ["Redis shard 1", ["cache"]],
  // words that belong to another kind in a neighbouring problem
  ["Follower graph DB", ["database"]],
  ["Mongo replica set", ["database"]],
  ["Postgres (RDS Multi-AZ)", ["database"]],
  ["Neo4j", ["database"]],
  ["DLQ", ["queue"]],
  ["Throttling middleware", ["load_balancer", "api_server"]],
  ["Matching engine", ["api_server"]],
  ["GSLB", ["load_balancer"]],
  ["PagerDuty", ["monitoring"]],
  ["Fluentd", ["monitoring"]],
  ["카카오 알림톡", ["external"]],
  ["이메일 발송", ["external", "worker"]],
  ["Smart TV", ["client"]],
  ["IoT devices", ["client"]],
  ["판매자", ["client"]],
  // product names as Koreans write them, in Hangul
  ["카산드라", ["database"]],
  ["오로라", ["database"]],
  ["포스트그레스", ["database"]],
  ["보조 DB", ["replica"]],
  ["클라우드프론트", ["cdn"]],
  ["키클록", ["auth"]],
  ["코그니토", ["auth"]],
  ["프로메테우스", ["monitoring"]],
  ["데이터독", ["monitoring"]],
  ["인그레스", ["load_balancer"]],
  ["엔진엑스", ["load_balancer"]],
  ["안드로이드", ["client"]],
  ["크론", ["worker"]],
  ["람다", ["worker", "api_server"]],
  ["SMS 게이트웨이", ["external"]],
  ["지도 API", ["external"]],
  ["동영상 저장소", ["object_storage"]],
  ["Video storage", ["object_storage"]],
  ["관리자", ["client"]],
  ["Read DB", ["replica"]],
  ["조회용 DB", ["replica"]],
  ["Cold storage (Glacier)", ["object_storage"]],
  ["(1) API", ["api_server"]],
  ["Step 2: Redis", ["cache"]],
  ["🔐 Auth", ["auth"]],
  ["**Redis**", ["cache"]],
  // identifiers as written in code
  ["load-balancer", ["load_balancer"]],
  ["load_balancer", ["load_balancer"]],
  ["order_db", ["database"]],
  ["api-gateway", ["load_balancer", "api_server"]],
  ["OrderService", ["api_server"]],
  ["ApiGateway", ["load_balancer", "api_server"]],
  ["NotificationWorker", ["worker"]],
  ["fan-out worker", ["worker"]],
  ["read-replica", ["replica"]],
  ["message_queue", ["queue"]],
  ["Caching layer", ["cache"]],
  ["레디스 캐싱", ["cache"]],
  ["Google Pub-Sub", ["queue"]],
];

describe("engineers' labels", () => {
  // One scene per shape type: the shape a label is drawn in must not change what it is read as.
  for (const type of ["rectangle", "ellipse", "diamond"] as const) {
    it(`reads product names, Korean, emoji and multi-line labels in a ${type}`, () => {
      const b = new SceneBuilder();
      const ids = LABELS.map(([label], i) => b.box(label, i % 10, Math.floor(i / 10), { type }));
      const kinds = new Map(readScene(b.elements).components.map((c) => [c.id, c.kind]));
      const wrong = LABELS.flatMap(([label, accepted], i) => {
        const kind = kinds.get(ids[i] ?? "");
        return kind && accepted.includes(kind) ? [] : [`${JSON.stringify(label)} -> ${kind}`];
      });
      expect(wrong).toEqual([]);
    });
  }

  for (const type of ["rectangle", "ellipse", "diamond"] as const) {
    it(`reads the same labels written as a caption just below each ${type}`, () => {
      const b = new SceneBuilder();
      // Every other column, so a caption sits under its own box and not between two.
      const ids = LABELS.map(([label], i) =>
        b.box(label, (i % 5) * 2, Math.floor(i / 5), { text: "below", type }),
      );
      const kinds = new Map(readScene(b.elements).components.map((c) => [c.id, c.kind]));
      const wrong = LABELS.flatMap(([label, accepted], i) => {
        const kind = kinds.get(ids[i] ?? "");
        return kind && accepted.includes(kind) ? [] : [`${JSON.stringify(label)} -> ${kind}`];
      });
      expect(wrong).toEqual([]);
    });
  }
});
