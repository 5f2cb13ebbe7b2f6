import { L } from "../localized";
import type { ProblemDefinition } from "../problem";

export const payment: ProblemDefinition = {
  id: "payment",
  difficulty: "hard",
  timeLimitMinutes: 45,
  title: L("결제 시스템", "Payment system"),
  summary: L(
    "주문 결제를 PG사와 연동해 처리하고 정산까지 안전하게 관리합니다.",
    "Charge orders through a payment gateway and keep the ledger correct through settlement.",
  ),
  requirements: {
    functional: [
      L("카드 결제 승인과 취소", "Authorise and refund card payments"),
      L("PG사 연동과 웹훅 처리", "Integrate a payment gateway and its webhooks"),
      L("원장 기록과 일일 정산 대사", "Ledger entries and daily reconciliation"),
    ],
    scale: [L("초당 1천 건, 피크 시 1만 건", "1 k payments/s, 10 k at peak")],
    constraints: [
      L("중복 결제 절대 불가 (멱등성)", "Never charge twice (idempotency)"),
      L("PCI-DSS, 카드 정보 저장 금지", "PCI-DSS: never store card numbers"),
    ],
  },
  reference: {
    required: ["client", "load_balancer", "api_server", "database", "external", "auth"],
    recommended: ["queue", "worker", "replica", "monitoring", "cache"],
    flows: [
      {
        from: "client",
        to: "database",
        text: L("결제 요청이 원장 DB에 기록", "payment requests are recorded in the ledger database"),
      },
      {
        from: "api_server",
        to: "external",
        text: L("승인 요청이 PG사로", "authorisation requests go to the gateway"),
      },
    ],
    traits: { readHeavy: false, heavyWork: true, sensitive: true, media: false },
    scalingRisks: [
      L("PG 응답 지연이 요청 스레드를 점유", "Slow gateway answers holding request threads"),
      L("원장 DB 쓰기 경합", "Write contention on the ledger"),
    ],
    securityConcerns: [
      L("카드 정보 토큰화와 전 구간 TLS", "Card tokenisation and TLS everywhere"),
      L("웹훅 서명 검증", "Verifying webhook signatures"),
    ],
    followUps: [
      L("사용자가 결제 버튼을 두 번 누르면 어떻게 되나요?", "What happens when the user presses pay twice?"),
      L(
        "PG사가 타임아웃을 주면 결제는 성공인가요 실패인가요?",
        "If the gateway times out, did the payment succeed or fail?",
      ),
      L(
        "우리 원장과 PG 정산 내역이 다르면 어떻게 찾아내나요?",
        "How do you find differences between your ledger and the gateway's settlement?",
      ),
    ],
  },
};

export const ticketing: ProblemDefinition = {
  id: "ticketing",
  difficulty: "hard",
  timeLimitMinutes: 45,
  title: L("공연 티켓 예매", "Concert ticketing"),
  summary: L(
    "오픈 순간 수십만 명이 몰리는 좌석 예매를 공정하고 정확하게 처리합니다.",
    "Sell seats fairly and exactly when hundreds of thousands arrive at opening time.",
  ),
  requirements: {
    functional: [
      L("좌석 선택과 임시 점유(5분)", "Pick seats and hold them for 5 minutes"),
      L("대기열 순번 안내", "A waiting room with queue positions"),
      L("결제 후 예매 확정", "Confirm bookings after payment"),
    ],
    scale: [L("오픈 직후 동시 50만 명", "500 k concurrent users at opening"), L("좌석 5만 석", "50 k seats")],
    constraints: [L("좌석 중복 판매 불가", "No seat sold twice"), L("봇 차단", "Keep bots out")],
  },
  reference: {
    required: ["client", "load_balancer", "api_server", "queue", "cache", "database"],
    recommended: ["auth", "external", "cdn", "replica", "monitoring", "worker"],
    flows: [
      {
        from: "client",
        to: "queue",
        text: L("입장 요청이 대기열로", "entry requests go through the waiting queue"),
      },
      {
        from: "client",
        to: "database",
        text: L("예매 확정이 DB에 기록", "confirmed bookings are written to the database"),
      },
      {
        from: "client",
        to: "cache",
        text: L("좌석 현황은 캐시에서 조회", "seat availability is read from the cache"),
      },
    ],
    traits: { readHeavy: true, heavyWork: true, sensitive: true, media: false },
    scalingRisks: [
      L("오픈 순간의 트래픽 폭증", "The spike at opening time"),
      L("인기 좌석 락 경합", "Lock contention on popular seats"),
    ],
    securityConcerns: [
      L("매크로/봇 방지", "Stopping macros and bots"),
      L("결제 정보 보호", "Protecting payment data"),
    ],
    followUps: [
      L(
        "두 사람이 같은 좌석을 동시에 누르면 어떻게 되나요?",
        "What happens when two people take the same seat at once?",
      ),
      L(
        "대기열 순번은 어디에 저장하고 어떻게 공정성을 보장하나요?",
        "Where are queue positions kept and how is fairness guaranteed?",
      ),
      L("점유 후 결제하지 않은 좌석은 어떻게 풀리나요?", "How are held but unpaid seats released?"),
    ],
  },
};
