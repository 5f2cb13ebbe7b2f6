import type { Language } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { evaluateAnswer } from "../evaluation/evaluate-answer";
import { withConceptAliases } from "./concept-aliases";
import { subjectCues } from "./question-profile";

const evaluate = (question: string, answer: string, language: Language) =>
  evaluateAnswer({ question, answer, language, category: "technical" });

/**
 * Free-text concept questions (none in the bank) answered genuinely, the answer naming the concept in
 * another form than the question: loanword, native or Sino-Korean wording, English term, abbreviation.
 */
const GENUINE: [string, string, Language][] = [
  [
    "로드 밸런싱이 무엇인지 설명해 주세요.",
    "여러 서버 앞에 분배기를 두고 요청을 나눠 보내서 한 서버에 부하가 몰리지 않게 하는 방식입니다. 라운드 로빈처럼 순서대로 보내거나 헬스 체크로 죽은 서버를 빼기도 합니다.",
    "ko",
  ],
  [
    "로드 밸런서를 왜 쓰는지 말씀해 주세요.",
    "서버 한 대로는 트래픽을 감당하기 어려워서 부하 분산을 합니다. 앞단에서 들어오는 요청을 여러 인스턴스로 고르게 나누고, 응답이 없는 인스턴스는 빼서 서비스가 멈추지 않게 합니다. 저희는 AWS의 ALB를 썼습니다.",
    "ko",
  ],
  [
    "부하 분산은 어떤 방식으로 하나요?",
    "보통 L4나 L7 로드밸런서를 앞에 둡니다. 라운드 로빈이나 최소 연결 방식으로 요청을 각 서버에 보내고, 세션이 필요한 경우에는 스티키 세션을 쓰기도 합니다. 헬스 체크에 실패한 서버로는 보내지 않습니다.",
    "ko",
  ],
  [
    "What does a load balancer do in a web system?",
    "It spreads incoming requests across several servers so no single machine gets overwhelmed. We put an LB in front of the app servers, used round robin for stateless traffic, and health checks pulled broken instances out of rotation automatically.",
    "en",
  ],
  [
    "데이터베이스에서 색인은 왜 필요한가요?",
    "인덱스가 없으면 원하는 행을 찾으려고 테이블 전체를 읽어야 합니다. 자주 조회하는 컬럼에 인덱스를 만들면 B트리를 따라 바로 찾아가서 검색이 빨라집니다. 대신 쓰기 때마다 인덱스도 갱신해야 해서 쓰기 비용이 늘어납니다.",
    "ko",
  ],
  [
    "인덱스를 걸면 조회가 왜 빨라지나요?",
    "An index keeps the column values sorted in a B-tree, so the database walks down a few pages instead of scanning the whole table. That is why lookups by that column become logarithmic, though every insert and update also has to maintain the index.",
    "en",
  ],
  [
    "How would you explain database indexing to a junior developer?",
    "색인은 책 뒤의 찾아보기와 비슷합니다. 특정 컬럼 값을 정렬해서 따로 저장해 두기 때문에 풀 스캔 없이 필요한 행으로 바로 갑니다. 다만 너무 많이 만들면 삽입과 수정이 느려지니 조회 패턴을 보고 골라야 합니다.",
    "ko",
  ],
  [
    "캐싱 전략에 대해 설명해 주세요.",
    "자주 읽히는 데이터를 메모리에 두고 먼저 거기서 찾는 방식입니다. 저는 cache-aside 패턴을 주로 썼는데, 없으면 DB에서 읽어 cache에 넣고 TTL을 걸어 오래된 값이 남지 않게 했습니다. 쓰기가 일어나면 해당 키를 지웁니다.",
    "ko",
  ],
  [
    "What is caching and when would you use it?",
    "캐시는 느린 원본 대신 빠른 저장소에 데이터 사본을 두고 재사용하는 것입니다. 같은 조회가 반복되고 조금 오래된 값이 괜찮을 때 씁니다. 적중률을 보고 TTL과 LRU 같은 교체 정책을 정하고, 데이터가 바뀌면 무효화합니다.",
    "ko",
  ],
  [
    "트랜잭션이 무엇인지 설명해 주세요.",
    "A transaction groups several operations so they either all succeed or all fail. If transferring money fails after the withdrawal, the database rolls back so the balance stays correct. It guarantees atomicity, consistency, isolation and durability.",
    "en",
  ],
  [
    "Explain what a database transaction guarantees.",
    "트랜잭션은 여러 작업을 하나로 묶어서 전부 반영되거나 전부 취소되게 합니다. 원자성, 일관성, 격리성, 지속성을 보장하고, 중간에 실패하면 롤백해서 이전 상태로 돌아갑니다. 격리 수준을 높일수록 안전하지만 동시 처리량은 떨어집니다.",
    "ko",
  ],
  [
    "메시지 큐를 도입하는 이유는 무엇인가요?",
    "서비스끼리 직접 호출하면 한쪽이 느려질 때 다른 쪽도 같이 막힙니다. 그래서 중간에 카프카 같은 브로커를 두고 프로듀서는 메시지만 넣고 컨슈머가 자기 속도로 가져가게 했습니다. 트래픽이 튀어도 쌓아 두었다가 처리할 수 있습니다.",
    "ko",
  ],
  [
    "Why would a system use a message queue?",
    "To decouple services. With an MQ between them, the producer just publishes an event and returns, while consumers pull messages at their own pace. Spikes get buffered instead of crashing downstream services, and failed messages can be retried later.",
    "en",
  ],
  [
    "가비지 컬렉션이 어떻게 동작하는지 설명해 주세요.",
    "GC는 더 이상 참조되지 않는 객체를 찾아 메모리를 회수합니다. 루트에서 도달 가능한 객체를 표시하고 나머지를 지우는 방식이 기본이고, JVM은 힙을 영 영역과 올드 영역으로 나눠서 자주 죽는 객체를 빨리 정리합니다. 수집 중에 멈추는 시간이 생길 수 있습니다.",
    "ko",
  ],
  [
    "How does garbage collection work in the JVM?",
    "쓰레기 수집기는 힙에서 더 이상 닿을 수 없는 객체를 찾아 메모리를 돌려줍니다. 새로 만든 객체는 young generation에 두고 오래 살아남으면 old generation으로 옮깁니다. 수집하는 동안 stop the world 정지가 생겨서 G1 같은 수집기로 그 시간을 줄입니다.",
    "ko",
  ],
  [
    "쓰레드와 프로세스의 차이를 설명해 주세요.",
    "프로세스는 자기만의 메모리 공간을 가진 실행 단위이고, 스레드는 한 프로세스 안에서 그 메모리를 공유하며 실행되는 흐름입니다. 그래서 스레드는 만들고 전환하는 비용이 작지만 공유 자원에 동시에 접근하면 동기화가 필요합니다.",
    "ko",
  ],
  [
    "What is the difference between a process and a thread?",
    "프로세스는 독립된 주소 공간을 가지고, 스레드는 같은 프로세스의 힙과 코드를 공유합니다. 그래서 스레드 사이 통신은 빠르지만 한 스레드가 메모리를 망가뜨리면 전체가 죽을 수 있고, 프로세스는 격리가 되는 대신 생성과 전환 비용이 큽니다.",
    "ko",
  ],
  [
    "데이터베이스 정규화를 왜 하나요?",
    "Normalization removes duplicated data by splitting tables along functional dependencies. Without it, the same customer address sits in many rows and an update can miss some of them, which causes update and delete anomalies. We usually aim for third normal form.",
    "en",
  ],
  [
    "What is database normalization?",
    "정규화는 중복을 줄이려고 테이블을 함수 종속성에 따라 나누는 과정입니다. 중복이 있으면 한 곳만 고치고 다른 곳을 빠뜨리는 갱신 이상이 생깁니다. 보통 제3정규형까지 맞추고, 조회 성능 때문에 일부러 반정규화하기도 합니다.",
    "ko",
  ],
  [
    "비동기 프로그래밍이 무엇인지 설명해 주세요.",
    "Async code starts a slow operation like a network call and keeps running instead of waiting for it. When the result comes back, a callback or an awaited promise continues the work. In Node the event loop handles this, so one thread can serve many requests at once.",
    "en",
  ],
  [
    "Explain asynchronous programming in JavaScript.",
    "자바스크립트는 싱글 스레드라서 네트워크 요청처럼 오래 걸리는 일을 기다리면 화면이 멈춥니다. 그래서 비동기로 요청만 보내 두고 다른 일을 계속하다가, 결과가 오면 이벤트 루프가 콜백이나 프로미스의 다음 단계를 실행합니다. async await는 이걸 동기 코드처럼 읽히게 해 줍니다.",
    "ko",
  ],
  [
    "장애 조치는 어떻게 구성하셨나요?",
    "주 데이터베이스 옆에 대기 서버를 두고 실시간으로 복제했습니다. 헬스 체크가 연속으로 실패하면 대기 서버를 주 서버로 승격시키는 failover가 자동으로 일어나게 했고, 애플리케이션은 DNS 이름으로 붙어 있어서 설정을 바꿀 필요가 없었습니다.",
    "ko",
  ],
  [
    "How would you design failover for a database?",
    "장애 조치를 위해 주 서버와 같은 데이터를 가진 스탠바이를 다른 가용 영역에 두고 동기 복제를 합니다. 하트비트가 끊기면 스탠바이를 승격하고, 애플리케이션은 엔드포인트 하나만 보게 해서 전환이 자동으로 이뤄지게 합니다. 두 서버가 동시에 주 서버가 되지 않도록 막는 것도 중요합니다.",
    "ko",
  ],
  [
    "동시성 제어가 왜 필요한지 설명해 주세요.",
    "Two users updating the same row at once can overwrite each other's change. Locking prevents that: a pessimistic lock blocks the second writer until the first commits, while optimistic locking checks a version number and retries on conflict. Databases also use MVCC so readers never block writers.",
    "en",
  ],
  [
    "What is the purpose of rate limiting in an API?",
    "처리율 제한은 한 클라이언트가 짧은 시간에 너무 많은 요청을 보내서 서버를 독점하거나 무너뜨리지 않게 막는 것입니다. 토큰 버킷으로 초당 허용량을 정하고, 넘으면 429 응답을 돌려줍니다. 로그인 시도처럼 공격에 쓰이는 API에는 더 낮게 잡습니다.",
    "ko",
  ],
];

/** The question names the concept by an abbreviation, or the answer by no name at all. */
const ABBREVIATED: [string, string, Language][] = [
  [
    "로드밸런서의 역할은 무엇인가요?",
    "트래픽이 한 서버로 몰리면 응답이 느려지니까 앞단에서 요청을 여러 대로 나눠 줍니다. 각 서버 상태를 주기적으로 확인해서 문제가 생긴 서버에는 요청을 보내지 않고, 서버를 늘리거나 줄여도 사용자는 같은 주소로 접속합니다.",
    "ko",
  ],
  [
    "What is an LB and why is it needed?",
    "A load balancer sits in front of the servers and forwards each request to one of them, so traffic is shared and a failed server can be taken out without downtime.",
    "en",
  ],
  [
    "GC 튜닝 경험이 있나요? 어떻게 하셨나요?",
    "가비지 컬렉터 때문에 응답이 가끔 1초씩 멈추는 문제가 있었습니다. 힙 크기를 늘리고 G1으로 바꾼 뒤 일시 정지 시간을 200ms 아래로 줄였고, 로그를 보며 객체 생성이 많은 코드를 고쳤습니다.",
    "ko",
  ],
  [
    "MQ를 쓸 때 메시지 유실은 어떻게 막나요?",
    "메시지 큐에서 컨슈머가 처리를 끝낸 뒤에만 ack를 보내게 하고, 브로커는 디스크에 저장하고 복제본을 둡니다. 실패한 메시지는 재시도 후 dead letter queue로 보냅니다.",
    "ko",
  ],
  [
    "DI가 무엇이고 왜 쓰나요?",
    "의존성 주입은 객체가 필요한 다른 객체를 직접 만들지 않고 밖에서 넣어 받는 방식입니다. 그래서 테스트할 때 가짜 객체로 바꿔 끼우기 쉽고, 구현을 바꿔도 사용하는 코드는 그대로 둘 수 있습니다. 스프링에서는 생성자 주입을 권장합니다.",
    "ko",
  ],
];

const ROADMAP_KO =
  "분기마다 팀 목표를 정하고 우선순위를 매겨서 큰 기능을 단계별로 나눕니다. 이해관계자와 공유하고 매달 진척을 점검해서 계획을 조정합니다. 여유 버퍼도 두어 일정이 밀리지 않게 합니다.";

/** Genuine explanations moved to a question about an unrelated concept: still off topic. */
const MOVED: [string, string, Language][] = [
  [GENUINE[0]![0], GENUINE[4]![1], "ko"], // load balancing ← index
  [GENUINE[4]![0], GENUINE[11]![1], "ko"], // index ← message queue
  [GENUINE[7]![0], GENUINE[15]![1], "ko"], // caching ← thread vs process
  [GENUINE[9]![0], GENUINE[13]![1], "ko"], // transaction ← GC
  [GENUINE[11]![0], GENUINE[18]![1], "ko"], // message queue ← normalization
  [GENUINE[13]![0], GENUINE[24]![1], "ko"], // GC ← rate limiting
  [GENUINE[21]![0], GENUINE[20]![1], "ko"], // failover ← async JS
  [GENUINE[18]![0], GENUINE[2]![1], "ko"], // normalization ← load balancing
  [GENUINE[12]![0], GENUINE[19]![1], "en"], // message queue ← async (en)
  [GENUINE[3]![0], GENUINE[17]![1], "en"], // load balancer ← normalization (en)
  [GENUINE[14]![0], GENUINE[23]![1], "en"], // garbage collection ← concurrency control (en)
  [GENUINE[22]![0], GENUINE[12]![1], "en"], // failover ← message queue (en)
  [GENUINE[24]![0], GENUINE[3]![1], "en"], // rate limiting ← load balancer (en)
  [GENUINE[16]![0], GENUINE[9]![1], "en"], // process vs thread ← transaction (en)
  [GENUINE[0]![0], ROADMAP_KO, "ko"], // load balancing ← planning a roadmap
  [ABBREVIATED[2]![0], GENUINE[7]![1], "ko"], // GC ← caching
  [ABBREVIATED[1]![0], GENUINE[17]![1], "en"], // LB ← normalization
  [ABBREVIATED[4]![0], GENUINE[11]![1], "ko"], // DI ← message queue
];

describe("a concept named in another form is the concept asked", () => {
  it.each(GENUINE)("%s", (question, answer, language) => {
    const e = evaluate(question, answer, language);
    expect(e.flags, answer).not.toContain("off_topic");
    expect(e.relevance ?? 0, answer).toBeGreaterThanOrEqual(0.5);
  });
});

describe("a concept named by its abbreviation, or explained without a name", () => {
  it.each(ABBREVIATED)("%s", (question, answer, language) => {
    expect(evaluate(question, answer, language).flags, answer).not.toContain("off_topic");
  });

  it("a roadmap answer is still about a roadmap", () => {
    expect(evaluate("로드맵을 어떻게 세우시나요?", ROADMAP_KO, "ko").flags).not.toContain("off_topic");
  });
});

describe("an explanation of another concept stays off topic", () => {
  it.each(MOVED)("%s", (question, answer, language) => {
    // A question in one language answered in the other is judged in the answer's language.
    expect(evaluate(question, answer, language).flags, answer).toContain("off_topic");
  });
});

describe("concept names", () => {
  it("a multi-word Korean concept is one cue, so its loanword part does not match '로드맵'", () => {
    expect(subjectCues("로드 밸런싱이 무엇인지 설명해 주세요.", "ko")).toEqual(["로드밸런싱"]);
    expect(subjectCues("GC 튜닝 경험이 있나요?", "ko")).toContain("gc");
    // A particle written onto the abbreviation ("DI가") does not hide it.
    expect(subjectCues("DI가 무엇이고 왜 쓰나요?", "ko")).toContain("di");
  });

  it("an answer naming the concept otherwise reads as naming it the question's way", () => {
    expect(withConceptAliases("색인은 왜 필요한가요?", "인덱스를 만들면 빨라집니다.")).toContain("색인");
    expect(withConceptAliases("What is an LB?", "부하 분산 장치입니다.")).toContain("lb");
    expect(withConceptAliases("로드맵을 어떻게 세우나요?", "분기별 목표를 정합니다.")).toBe(
      "분기별 목표를 정합니다.",
    );
  });
});
