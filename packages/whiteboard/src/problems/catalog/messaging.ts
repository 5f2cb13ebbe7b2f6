import { L } from "../localized";
import type { ProblemDefinition } from "../problem";

export const chat: ProblemDefinition = {
  id: "chat",
  difficulty: "hard",
  timeLimitMinutes: 45,
  title: L("실시간 채팅 서비스", "Real-time chat"),
  summary: L(
    "1:1과 그룹 채팅, 접속 상태, 메시지 기록을 지원하는 메신저를 설계합니다.",
    "A messenger with 1:1 and group chats, presence and message history.",
  ),
  requirements: {
    functional: [
      L("1:1 및 최대 500명 그룹 채팅", "1:1 and group chats of up to 500"),
      L("온라인 상태와 읽음 표시", "Presence and read receipts"),
      L("오프라인 사용자에게 푸시 알림, 기록 조회", "Push to offline users, history look-up"),
    ],
    scale: [
      L("DAU 5천만, 동시 접속 1천만", "50 M DAU, 10 M concurrent connections"),
      L("초당 메시지 100만 건", "1 M messages/s"),
    ],
    constraints: [
      L("메시지 순서 보장과 유실 없음", "Ordered, never lost messages"),
      L("전달 지연 < 200 ms", "Delivery latency < 200 ms"),
    ],
  },
  reference: {
    required: ["client", "load_balancer", "api_server", "database", "queue"],
    recommended: ["cache", "worker", "auth", "replica", "external", "monitoring"],
    flows: [
      {
        from: "client",
        to: "database",
        text: L("보낸 메시지가 저장소에 영구 저장", "sent messages are stored durably"),
      },
      {
        from: "client",
        to: "queue",
        text: L(
          "메시지가 큐/브로커를 통해 수신자 서버로 전달",
          "messages travel through a queue / broker to the receivers' servers",
        ),
      },
    ],
    traits: { readHeavy: false, heavyWork: true, sensitive: true, media: false },
    scalingRisks: [
      L("웹소켓 연결 수와 서버 간 라우팅", "WebSocket connection counts and routing between servers"),
      L("대형 그룹의 팬아웃", "Fan-out in large groups"),
    ],
    securityConcerns: [
      L("종단 간 암호화 여부", "End-to-end encryption or not"),
      L("연결 인증과 토큰 갱신", "Authenticating connections and refreshing tokens"),
    ],
    followUps: [
      L(
        "수신자가 다른 채팅 서버에 연결되어 있으면 메시지를 어떻게 찾아 보내나요?",
        "How does a message find a receiver connected to another chat server?",
      ),
      L("메시지 순서는 어떤 ID로 보장하나요?", "Which IDs guarantee message order?"),
      L(
        "채팅 서버가 재시작되면 연결된 사용자는 어떻게 되나요?",
        "What happens to connected users when a chat server restarts?",
      ),
    ],
  },
};

export const newsFeed: ProblemDefinition = {
  id: "news-feed",
  difficulty: "hard",
  timeLimitMinutes: 45,
  title: L("뉴스 피드", "News feed"),
  summary: L(
    "팔로우한 사람들의 게시물을 시간순/랭킹순 피드로 보여줍니다.",
    "Show posts from followed accounts as a ranked or chronological feed.",
  ),
  requirements: {
    functional: [
      L("게시물 작성 (텍스트, 이미지)", "Publish posts (text, images)"),
      L("팔로우한 사용자들의 피드 조회와 페이지네이션", "Read a paginated feed of followed users"),
      L("좋아요와 댓글 수 표시", "Show like and comment counts"),
    ],
    scale: [
      L("DAU 1억, 피드 조회 초당 30만", "100 M DAU, 300 k feed reads/s"),
      L("유명인 팔로워 수천만", "Celebrities with tens of millions of followers"),
    ],
    constraints: [
      L("피드 조회 < 200 ms", "Feed reads < 200 ms"),
      L("새 글은 수 초 내 반영", "New posts visible within seconds"),
    ],
  },
  reference: {
    required: ["client", "load_balancer", "api_server", "database", "cache", "queue", "worker"],
    recommended: ["object_storage", "cdn", "replica", "auth", "monitoring"],
    flows: [
      { from: "client", to: "database", text: L("게시물이 DB에 저장", "posts are stored in the database") },
      {
        from: "api_server",
        to: "queue",
        text: L("게시 이벤트가 팬아웃 큐로", "publish events go to the fan-out queue"),
      },
      {
        from: "worker",
        to: "cache",
        text: L("팬아웃 워커가 피드 캐시를 채움", "fan-out workers fill the feed cache"),
      },
    ],
    traits: { readHeavy: true, heavyWork: true, sensitive: false, media: true },
    scalingRisks: [
      L("유명인 게시물의 팬아웃 폭증", "Fan-out storms from celebrity posts"),
      L("피드 캐시 메모리", "Feed cache memory"),
    ],
    securityConcerns: [
      L("비공개 게시물 권한 확인", "Checking access to private posts"),
      L("이미지 업로드 검증", "Validating image uploads"),
    ],
    followUps: [
      L(
        "푸시(쓰기 시 팬아웃)와 풀(읽기 시 병합)을 어떻게 섞나요?",
        "How do you mix push (fan-out on write) and pull (merge on read)?",
      ),
      L("유명인 계정은 어떻게 다르게 처리하나요?", "How do you treat celebrity accounts differently?"),
      L("피드 캐시가 유실되면 어떻게 재구성하나요?", "How is a lost feed cache rebuilt?"),
    ],
  },
};

export const notification: ProblemDefinition = {
  id: "notification",
  difficulty: "medium",
  timeLimitMinutes: 40,
  title: L("알림 서비스", "Notification service"),
  summary: L(
    "푸시, SMS, 이메일 알림을 안정적으로 보내는 공통 서비스를 설계합니다.",
    "A shared service that reliably sends push, SMS and email notifications.",
  ),
  requirements: {
    functional: [
      L("푸시(FCM/APNs), SMS, 이메일 채널", "Push (FCM/APNs), SMS and email channels"),
      L("사용자별 수신 설정과 예약 발송", "Per-user preferences and scheduled sends"),
      L("발송 결과 추적과 재시도", "Delivery tracking and retries"),
    ],
    scale: [L("하루 1천만 건, 이벤트 시 초당 10만 건", "10 M a day, 100 k/s during campaigns")],
    constraints: [
      L("중복 발송 금지, 유실 금지", "No duplicates, nothing lost"),
      L("외부 제공자 장애 대응", "Survive provider outages"),
    ],
  },
  reference: {
    required: ["client", "api_server", "queue", "worker", "external", "database"],
    recommended: ["load_balancer", "cache", "auth", "monitoring", "replica"],
    flows: [
      { from: "api_server", to: "queue", text: L("발송 요청이 큐에 적재", "send requests are queued") },
      {
        from: "worker",
        to: "external",
        text: L("워커가 외부 제공자(FCM/SMS)로 발송", "workers deliver through providers (FCM/SMS)"),
      },
      {
        from: "client",
        to: "database",
        text: L("수신 설정과 발송 기록이 DB에", "preferences and delivery logs in the database"),
      },
    ],
    traits: { readHeavy: false, heavyWork: true, sensitive: true, media: false },
    scalingRisks: [
      L("캠페인 시 폭증과 제공자 처리율 제한", "Campaign spikes and provider rate limits"),
      L("재시도 폭풍", "Retry storms"),
    ],
    securityConcerns: [
      L("전화번호·이메일 개인정보 보호", "Protecting phone numbers and emails"),
      L("발송 API 남용 방지", "Preventing abuse of the send API"),
    ],
    followUps: [
      L(
        "같은 알림이 두 번 가지 않게 하려면 어떻게 하나요?",
        "How do you make sure a notification is not sent twice?",
      ),
      L("FCM이 30분간 장애라면 어떻게 되나요?", "What happens if FCM is down for 30 minutes?"),
      L(
        "우선순위가 다른 알림을 어떻게 분리하나요?",
        "How do you separate notifications of different priority?",
      ),
    ],
  },
};
