import { bareIn, boxIn, loose, wire } from "./excalidraw-grid";
import type { Pen } from "./excalidraw-pen";

// Problems where money changes hands, drawn by hand: payment and ticketing.

/** Payment, good: authenticated, TLS to the gateway, a ledger with a standby in a PCI zone, payouts queued. */
async function paymentGood(pen: Pen) {
  await boxIn(pen, "r", "A1", "Checkout page (web)");
  await boxIn(pen, "r", "B1", "WAF + ALB");
  await boxIn(pen, "r", "C1", "Payment API x4");
  await boxIn(pen, "r", "D1", "Stripe");
  await boxIn(pen, "r", "B2", "Auth (OAuth2)");
  await boxIn(pen, "o", "C2", "Postgres ledger");
  await boxIn(pen, "o", "C3", "Ledger standby");
  await boxIn(pen, "r", "D2", "Payout queue (SQS)");
  await boxIn(pen, "r", "D3", "Reconciliation worker");
  await pen.text({ x: 20, y: 425 }, "Datadog + PagerDuty");
  await pen.frame({ x: 350, y: 195 }, { x: 705, y: 390 }, "PCI zone (private subnet)");
  await wire(pen, "A1", "B1", "HTTPS (TLS 1.3)");
  await wire(pen, "B1", "C1");
  await wire(pen, "B1", "B2", "JWT check");
  await wire(pen, "C1", "D1", "charge (mTLS)");
  await wire(pen, "C1", "C2", "write ledger");
  await loose(pen, "C2", "C3", { label: "sync replication", gap: 8 });
  await wire(pen, "C1", "D2", "enqueue payout");
  await wire(pen, "D2", "D3");
  await loose(pen, "D3", "C2", { label: "reconcile", gap: 6 });
}

/** Payment, mediocre: TLS at the entry and a PG call from two servers, but no auth, no queue, no standby. */
async function paymentMediocre(pen: Pen) {
  await boxIn(pen, "r", "A1", "결제 페이지");
  await boxIn(pen, "r", "B1", "ELB");
  await boxIn(pen, "r", "C1", "결제 API x2");
  await boxIn(pen, "r", "D1", "PG사 (이니시스)");
  await boxIn(pen, "o", "C3", "주문 DB");
  await wire(pen, "A1", "B1", "HTTPS");
  await wire(pen, "B1", "C1");
  await wire(pen, "C1", "D1", "승인 요청");
  await loose(pen, "C1", "C3", { label: "결제 결과 저장", gap: 8 });
}

/** Payment, poor: the shop site posts card numbers to one server writing orders, and sends buyers to PayPal itself. */
async function paymentPoor(pen: Pen) {
  await bareIn(pen, "r", "A1", "Shop website");
  await boxIn(pen, "r", "C1", "Payment server");
  await boxIn(pen, "r", "A3", "PayPal");
  await boxIn(pen, "o", "C3", "Orders DB");
  await wire(pen, "A1", "C1", "card number");
  await loose(pen, "A1", "A3", { label: "redirect", gap: 10 });
  await wire(pen, "C1", "C3");
}

/** Ticketing, good: a waiting line before booking, seats read from Redis, bookings confirmed by a worker. */
async function ticketingGood(pen: Pen) {
  await boxIn(pen, "r", "A1", "예매 웹/앱");
  await boxIn(pen, "r", "B1", "API 게이트웨이");
  await boxIn(pen, "r", "C1", "예매 API x4");
  await boxIn(pen, "r", "D1", "입장 대기열");
  await boxIn(pen, "r", "A2", "CDN (정적 파일)");
  await boxIn(pen, "r", "B2", "인증 (OAuth)");
  await boxIn(pen, "r", "C2", "좌석 캐시 (Redis)");
  await boxIn(pen, "r", "D2", "예매 처리 워커 x4");
  await boxIn(pen, "o", "D3", "예매 DB (MySQL)");
  await boxIn(pen, "o", "C3", "예매 DB 복제본");
  await pen.text({ x: 20, y: 425 }, "Grafana 알람");
  await pen.frame({ x: 350, y: 195 }, { x: 705, y: 390 }, "사설 서브넷");
  await wire(pen, "A1", "B1", "HTTPS");
  await wire(pen, "B1", "C1");
  await wire(pen, "B1", "B2");
  await wire(pen, "C1", "D1", "줄 세우기");
  await wire(pen, "D1", "D2");
  await wire(pen, "C1", "C2", "좌석 조회");
  await wire(pen, "D2", "D3", "좌석 확정");
  await loose(pen, "D3", "C3", { label: "비동기 복제", gap: 8 });
  await wire(pen, "A1", "A2", "정적 파일");
}

/** Ticketing, mediocre: seats cached in Redis, bookings locked in one database; no waiting line, no auth. */
async function ticketingMediocre(pen: Pen) {
  await boxIn(pen, "r", "A1", "Fan app");
  await boxIn(pen, "r", "B1", "Load balancer");
  await boxIn(pen, "r", "C1", "Booking API x3");
  await boxIn(pen, "r", "D1", "Seat cache (Redis)");
  await boxIn(pen, "o", "C3", "Bookings DB");
  await wire(pen, "A1", "B1");
  await wire(pen, "B1", "C1");
  await wire(pen, "C1", "D1", "seat map");
  await loose(pen, "C1", "C3", { label: "SELECT … FOR UPDATE", gap: 8 });
}

/** Ticketing, poor: everyone hits one booking server that updates the seat table directly. */
async function ticketingPoor(pen: Pen) {
  await bareIn(pen, "r", "A1", "사용자");
  await boxIn(pen, "r", "C1", "예매 서버");
  await boxIn(pen, "o", "C3", "좌석 DB");
  await loose(pen, "A1", "C1", { gap: 10 });
  await wire(pen, "C1", "C3", "UPDATE seats");
}

export const MONEY_DRAWINGS: Record<string, (pen: Pen) => Promise<void>> = {
  "payment-good-en": paymentGood,
  "payment-mediocre-ko": paymentMediocre,
  "payment-poor-en": paymentPoor,
  "ticketing-good-ko": ticketingGood,
  "ticketing-mediocre-en": ticketingMediocre,
  "ticketing-poor-ko": ticketingPoor,
};
