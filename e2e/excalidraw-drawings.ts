import { DELIVERY_DRAWINGS } from "./excalidraw-drawings-delivery";
import { MONEY_DRAWINGS } from "./excalidraw-drawings-money";
import { READ_DRAWINGS } from "./excalidraw-drawings-reads";
import { STORAGE_DRAWINGS } from "./excalidraw-drawings-storage";
import { drawGood, drawPoor, type Pen } from "./excalidraw-pen";

// The hand drawings for each design in DRAWN_DESIGNS, by name: what a candidate would draw for the problem,
// with the same tools as the url-shortener drawings (typed labels, free texts, frames, bound and loose arrows).

/** Chat, good: WebSocket servers behind a load balancer, Kafka to delivery workers, presence cache, push. */
async function chatGood(pen: Pen) {
  await pen.box("r", { x: 10, y: 120 }, { x: 140, y: 180 }, "모바일 앱");
  await pen.box("r", { x: 180, y: 120 }, { x: 330, y: 180 }, "로드밸런서");
  await pen.box("r", { x: 370, y: 120 }, { x: 520, y: 180 }, "채팅 서버 x10 (WS)");
  await pen.box("r", { x: 560, y: 120 }, { x: 690, y: 180 }, "Kafka 브로커");
  await pen.drag("r", { x: 180, y: 270 }, { x: 330, y: 330 });
  await pen.text({ x: 185, y: 342 }, "인증 서비스 (JWT)");
  await pen.box("r", { x: 370, y: 270 }, { x: 520, y: 330 }, "Redis 접속 상태");
  await pen.box("r", { x: 560, y: 270 }, { x: 690, y: 330 }, "전달 워커");
  await pen.box("o", { x: 370, y: 390 }, { x: 520, y: 470 }, "Cassandra 메시지 DB");
  await pen.box("r", { x: 560, y: 400 }, { x: 690, y: 460 }, "FCM 푸시 알림");
  await pen.text({ x: 20, y: 470 }, "Prometheus 모니터링");
  await pen.frame({ x: 350, y: 250 }, { x: 535, y: 482 }, "VPC (private)");
  await pen.arrow({ x: 136, y: 150 }, { x: 184, y: 150 }, { label: "WSS" });
  await pen.arrow({ x: 326, y: 150 }, { x: 374, y: 150 });
  await pen.arrow({ x: 516, y: 150 }, { x: 564, y: 150 }, { label: "발행" });
  await pen.arrow({ x: 380, y: 176 }, { x: 320, y: 274 });
  await pen.arrow({ x: 445, y: 150 }, { x: 445, y: 300 }, { unbound: true });
  await pen.arrow({ x: 625, y: 176 }, { x: 625, y: 274 });
  await pen.arrow({ x: 590, y: 326 }, { x: 516, y: 430 }, { label: "저장" });
  await pen.arrow({ x: 640, y: 326 }, { x: 640, y: 404 });
}

/** Chat, mediocre: a load balancer and two chat servers storing straight to one database; no broker, no auth. */
async function chatMediocre(pen: Pen) {
  await pen.box("r", { x: 10, y: 120 }, { x: 140, y: 180 }, "Mobile app");
  await pen.box("r", { x: 180, y: 120 }, { x: 330, y: 180 }, "Load balancer");
  await pen.box("r", { x: 370, y: 120 }, { x: 520, y: 180 }, "Chat server x2");
  await pen.box("o", { x: 370, y: 270 }, { x: 520, y: 360 }, "Messages DB");
  await pen.arrow({ x: 136, y: 150 }, { x: 184, y: 150 }, { label: "WebSocket" });
  await pen.arrow({ x: 326, y: 150 }, { x: 374, y: 150 });
  await pen.arrow({ x: 445, y: 176 }, { x: 445, y: 274 });
}

/** Rate limiter, good: a limiting gateway with Redis counters and auth, rules in a replicated database. */
async function rateLimiterGood(pen: Pen) {
  await pen.box("r", { x: 10, y: 120 }, { x: 140, y: 180 }, "클라이언트");
  await pen.box("r", { x: 180, y: 120 }, { x: 330, y: 180 }, "API 게이트웨이 (처리율 제한)");
  await pen.box("r", { x: 400, y: 120 }, { x: 540, y: 180 }, "API 서버 x4");
  await pen.box("r", { x: 180, y: 270 }, { x: 330, y: 330 }, "인증 서비스 (JWT)");
  await pen.drag("d", { x: 370, y: 250 }, { x: 500, y: 350 });
  await pen.textInside({ x: 435, y: 300 }, "Redis 카운터");
  await pen.box("o", { x: 550, y: 260 }, { x: 680, y: 340 }, "규칙 DB (Postgres)");
  await pen.box("o", { x: 550, y: 390 }, { x: 680, y: 470 }, "규칙 DB 복제본");
  await pen.text({ x: 20, y: 470 }, "Grafana 지표");
  await pen.frame({ x: 355, y: 235 }, { x: 695, y: 485 }, "Private subnet");
  await pen.arrow({ x: 136, y: 150 }, { x: 184, y: 150 }, { label: "HTTPS" });
  await pen.arrow({ x: 326, y: 150 }, { x: 404, y: 150 }, { label: "허용" });
  await pen.arrow({ x: 255, y: 176 }, { x: 255, y: 274 });
  await pen.arrow({ x: 320, y: 176 }, { x: 420, y: 280 }, { label: "INCR + TTL" });
  await pen.arrow({ x: 530, y: 176 }, { x: 600, y: 266 });
  await pen.arrow({ x: 615, y: 300 }, { x: 615, y: 430 }, { unbound: true, label: "비동기 복제" });
}

/** Rate limiter, mediocre: counters in Redis behind a load balancer, but no auth, no rules store, no TLS. */
async function rateLimiterMediocre(pen: Pen) {
  await pen.box("r", { x: 10, y: 120 }, { x: 140, y: 180 }, "클라이언트");
  await pen.box("r", { x: 180, y: 120 }, { x: 330, y: 180 }, "로드밸런서");
  await pen.box("r", { x: 370, y: 120 }, { x: 520, y: 180 }, "API 서버 x4");
  await pen.box("r", { x: 370, y: 270 }, { x: 520, y: 330 }, "Redis 카운터");
  await pen.arrow({ x: 136, y: 150 }, { x: 184, y: 150 });
  await pen.arrow({ x: 326, y: 150 }, { x: 374, y: 150 });
  await pen.arrow({ x: 445, y: 176 }, { x: 445, y: 274 }, { label: "INCR" });
}

/** Rate limiter, poor: one server counting in a database, the client joined to it by a plain line. */
async function rateLimiterPoor(pen: Pen) {
  await pen.drag("r", { x: 10, y: 120 }, { x: 130, y: 180 });
  await pen.textInside({ x: 70, y: 150 }, "Client");
  await pen.box("r", { x: 280, y: 120 }, { x: 420, y: 180 }, "API server");
  await pen.box("o", { x: 280, y: 280 }, { x: 420, y: 370 }, "Counter DB");
  await pen.drag("l", { x: 126, y: 150 }, { x: 284, y: 150 });
  await pen.arrow({ x: 350, y: 150 }, { x: 350, y: 325 }, { unbound: true });
}

export const DRAWINGS: Record<string, (pen: Pen) => Promise<void>> = {
  "url-shortener-good-ko": drawGood,
  "url-shortener-poor-en": drawPoor,
  "chat-good-ko": chatGood,
  "chat-mediocre-en": chatMediocre,
  "chat-poor-en": drawPoor,
  "rate-limiter-good-ko": rateLimiterGood,
  "rate-limiter-mediocre-ko": rateLimiterMediocre,
  "rate-limiter-poor-en": rateLimiterPoor,
  ...READ_DRAWINGS,
  ...DELIVERY_DRAWINGS,
  ...STORAGE_DRAWINGS,
  ...MONEY_DRAWINGS,
};
