import type { Category, Language } from "@studio/protocol";

/**
 * Hand-written probe cases for the rule evaluator, worded the way an LLM interviewer or a resume-based
 * question would word them (not the bank's wording), and unlike data/relevance-set.jsonl.
 */
export interface Strong {
  id: string;
  language: Language;
  role: string;
  category: Category;
  question: string;
  answer: string;
}

export const STRONG: Strong[] = [
  {
    id: "ko-s1",
    language: "ko",
    role: "backend",
    category: "project",
    question:
      "이력서에 주문 서비스를 MSA로 분리하셨다고 적혀 있는데, 그때 본인이 맡은 역할과 가장 어려웠던 지점을 구체적으로 얘기해 주시겠어요?",
    answer:
      "재작년에 모놀리스였던 쇼핑몰 서버에서 주문 도메인을 떼어 내는 작업을 제가 주도했습니다. 가장 어려웠던 건 주문과 재고가 한 트랜잭션으로 묶여 있어서, 분리하면 재고 차감과 주문 생성이 어긋날 수 있다는 점이었습니다. 저는 아웃박스 테이블에 이벤트를 같이 기록하고 별도 릴레이가 메시지 브로커로 발행하는 방식을 설계했고, 재고 서비스 쪽은 주문 ID 기준으로 멱등하게 처리하도록 바꿨습니다. 전환은 트래픽의 5%부터 시작해 2주에 걸쳐 100%로 늘렸습니다. 그 결과 배포 주기가 주 1회에서 하루 여러 번으로 바뀌었고, 분리 후 석 달 동안 주문-재고 불일치는 월 30건대에서 2건 이하로 줄었습니다.",
  },
  {
    id: "ko-s2",
    language: "ko",
    role: "frontend",
    category: "technical",
    question:
      "리액트에서 리렌더링이 과도하게 일어날 때, 원인을 어떻게 찾고 어떤 방법으로 줄이시는지 설명해 주시겠어요?",
    answer:
      "먼저 React DevTools의 Profiler로 어떤 컴포넌트가 왜 다시 그려지는지 기록합니다. 흔한 원인은 부모가 렌더링될 때마다 새 객체나 함수를 props로 넘겨서 자식의 얕은 비교가 매번 실패하는 경우, 그리고 Context 값 하나가 바뀌었는데 그 Context를 구독하는 모든 컴포넌트가 같이 다시 그려지는 경우입니다. 앞의 경우는 useMemo와 useCallback으로 참조를 고정하고 자식을 React.memo로 감싸면 줄어듭니다. 뒤의 경우는 자주 바뀌는 값과 거의 안 바뀌는 값을 다른 Context로 나누거나, 상태를 실제로 쓰는 컴포넌트 가까이로 내립니다. 다만 메모이제이션도 비교 비용이 있어서 측정 없이 전부 감싸는 건 오히려 손해일 수 있습니다. 실제로 대시보드 화면에서 필터 상태를 분리해 입력 한 번당 렌더링 컴포넌트 수를 140개에서 12개로 줄인 적이 있습니다.",
  },
  {
    id: "ko-s3",
    language: "ko",
    role: "data",
    category: "problem_solving",
    question:
      "모델 성능이 오프라인 평가에서는 좋았는데 실제 배포 후에 떨어진 적이 있나요? 그때 어떻게 대응하셨는지 궁금합니다.",
    answer:
      "네, 이탈 예측 모델을 배포했을 때 오프라인 AUC는 0.86이었는데 운영 첫 달 실제 적중률이 기대보다 확 낮았습니다. 제가 먼저 학습 데이터와 운영 입력의 피처 분포를 비교해 보니, '최근 7일 접속 횟수' 피처가 학습 때는 배치로 하루 늦게 집계된 값이었고 운영에서는 실시간 값이 들어가고 있었습니다. 즉 학습과 서빙 사이에 피처 정의가 달랐던 겁니다. 그래서 피처 계산 로직을 하나의 피처 스토어 쿼리로 통일하고, 배포 전에 두 분포의 차이를 PSI로 확인하는 검사를 파이프라인에 추가했습니다. 재학습 후 운영 AUC가 0.84로 오프라인과 비슷해졌고, 이후로는 PSI가 0.2를 넘으면 알림이 오도록 해 두었습니다.",
  },
  {
    id: "ko-s4",
    language: "ko",
    role: "pm",
    category: "teamwork",
    question:
      "개발팀이 일정상 불가능하다고 했던 요구사항을 조율해 본 경험이 있으세요? 어떻게 합의점을 찾으셨나요?",
    answer:
      "작년에 정기결제 기능 출시를 앞두고 영업팀은 쿠폰 중복 적용까지 꼭 넣어 달라고 했고, 개발 리드는 남은 3주로는 불가능하다고 했습니다. 저는 양쪽 말을 따로 듣고 나서, 쿠폰 중복이 실제로 필요한 고객이 몇 명인지부터 확인했습니다. 데이터를 보니 중복 쿠폰을 쓰는 고객은 전체 결제의 4% 정도였습니다. 그래서 출시 범위에서는 빼고, 그 4% 고객에게는 CS팀이 수동으로 할인을 적용하는 임시 절차를 만들자고 제안했습니다. 영업팀에는 2차 스프린트 일정에 넣겠다고 날짜를 못 박아 약속했고요. 결국 기능은 예정일에 나갔고, 수동 처리 건수는 한 달에 50건 안쪽이라 CS 부담도 감당할 만했습니다.",
  },
  {
    id: "ko-s5",
    language: "ko",
    role: "general",
    category: "motivation",
    question: "여러 회사 중에 저희 물류 플랫폼에 관심을 가지게 된 이유가 있을까요?",
    answer:
      "저는 지금 회사에서 배송 추적 API를 2년 동안 운영하면서, 택배사마다 상태 코드가 달라서 고객 문의의 절반이 '내 물건 어디 있냐'였던 걸 직접 겪었습니다. 귀사가 여러 운송사의 상태를 하나의 표준 이벤트로 맞춰서 화주에게 제공한다는 점이 바로 제가 풀고 싶던 문제였습니다. 특히 채용 공고에 있던 '운송사 연동 자동화' 과제는 제가 지금 팀에서 스크립트로 반쯤 해 봤던 일이라, 더 큰 규모에서 제대로 만들어 보고 싶습니다. 입사하면 먼저 신규 운송사 연동에 걸리는 기간을 줄이는 일에 기여하고 싶습니다.",
  },
  {
    id: "ko-s6",
    language: "ko",
    role: "backend",
    category: "technical",
    question: "트랜잭션 격리 수준이 왜 필요한지, 그리고 실무에서 어떤 수준을 고르실지 설명해 주실 수 있나요?",
    answer:
      "여러 트랜잭션이 동시에 같은 데이터를 읽고 쓰면 다른 트랜잭션의 커밋되지 않은 값을 읽거나, 같은 쿼리를 두 번 했는데 결과가 달라지는 문제가 생깁니다. 격리 수준은 이런 이상 현상을 어디까지 막을지 정하는 설정이고, 높을수록 안전하지만 잠금이나 충돌로 동시 처리량이 떨어집니다. READ COMMITTED는 더티 리드를 막고, REPEATABLE READ는 한 트랜잭션 안에서 같은 행을 다시 읽어도 같은 값을 보장하며, SERIALIZABLE은 팬텀까지 막습니다. 실무에서는 MySQL InnoDB 기본값인 REPEATABLE READ를 쓰되, 재고 차감처럼 경쟁이 심한 곳은 SELECT ... FOR UPDATE로 필요한 행만 잠그는 편입니다. 전체를 SERIALIZABLE로 올리면 데드락과 재시도가 늘어서 오히려 장애가 날 수 있기 때문입니다.",
  },
  {
    id: "ko-s7",
    language: "ko",
    role: "general",
    category: "growth",
    question: "최근 1년 동안 개발자로서 가장 크게 성장했다고 느끼는 부분이 뭐예요?",
    answer:
      "코드를 짜기 전에 글로 설계를 먼저 쓰는 습관이 생긴 게 가장 큰 변화입니다. 예전에는 바로 구현부터 했다가 리뷰에서 구조를 다시 뒤집는 일이 잦았는데, 작년 초에 알림 시스템 개편을 맡으면서 처음으로 두 쪽짜리 설계 문서를 써서 팀에 먼저 돌렸습니다. 그 과정에서 제가 놓친 재시도 정책 문제를 동료가 미리 짚어 줬고, 구현 뒤 리뷰 왕복이 평균 4번에서 1~2번으로 줄었습니다. 그 뒤로는 사흘 이상 걸릴 작업은 모두 설계 문서부터 쓰고 있고, 요즘은 팀 신규 입사자에게 문서 템플릿을 알려 주는 역할도 하고 있습니다.",
  },
  {
    id: "ko-s8",
    language: "ko",
    role: "pm",
    category: "strength",
    question: "같이 일한 사람들이 본인을 한 단어로 표현한다면 뭐라고 할 것 같아요? 이유도요.",
    answer:
      "아마 '정리하는 사람'이라고 할 것 같습니다. 회의가 끝나면 결정된 것, 미정인 것, 담당자를 항상 제가 30분 안에 정리해서 공유하거든요. 예전 팀에서 한 기능의 요구사항이 세 번 바뀌면서 디자이너와 개발자가 서로 다른 버전을 보고 작업한 적이 있었는데, 그 뒤로 제가 변경 이력을 한 문서에 모으고 바뀐 부분만 표시해서 알리는 방식을 만들었습니다. 그다음 분기에는 버전 착오로 다시 작업한 일이 한 건도 없었고, 팀장님이 그 문서 형식을 다른 팀에도 공유하셨습니다.",
  },
  {
    id: "ko-s9",
    language: "ko",
    role: "data",
    category: "project",
    question:
      "이력서에 추천 시스템 개선으로 클릭률을 올렸다고 하셨는데, 어떤 접근을 하셨는지 자세히 듣고 싶어요.",
    answer:
      "뉴스 앱의 홈 추천 영역이었는데, 기존에는 최근 조회수 기반 인기순이라 누구에게나 비슷한 기사가 떴습니다. 저는 사용자별 최근 30일 열람 기록으로 카테고리 선호를 뽑고, 기사 임베딩과의 유사도로 후보를 만든 뒤 인기도와 섞어 재정렬하는 모델을 만들었습니다. 신규 사용자는 기록이 없어서 가입 시 고른 관심사로 대신했고요. 2주 동안 사용자 20%에게 A/B 테스트를 했고, 클릭률이 4.1%에서 5.3%로 올랐습니다. 다만 특정 카테고리만 계속 뜨는 쏠림이 보여서, 상위 10개 중 최소 3개는 다른 카테고리가 들어가도록 다양성 제약을 추가한 뒤 전체 적용했습니다.",
  },
  {
    id: "ko-s10",
    language: "ko",
    role: "frontend",
    category: "problem_solving",
    question:
      "배포 직후에 일부 사용자만 흰 화면을 본다는 제보가 들어오면 어떻게 접근하시겠어요? 실제 겪은 일이 있으면 그걸로 말씀해 주셔도 좋아요.",
    answer:
      "실제로 겪은 적이 있습니다. 배포 10분 뒤부터 일부 사용자가 흰 화면만 보인다는 문의가 들어왔는데, 제 브라우저에서는 재현이 안 됐습니다. Sentry를 보니 에러가 전부 'ChunkLoadError'였고, 모두 배포 전부터 탭을 열어 두고 있던 사용자였습니다. 새 빌드가 올라가면서 예전 해시의 청크 파일이 CDN에서 지워졌고, 오래된 페이지가 라우트를 이동할 때 없는 파일을 요청하고 있던 겁니다. 저는 우선 이전 빌드 파일을 다시 올려 급한 불을 끄고, 청크 로딩이 실패하면 한 번 새로고침하도록 처리를 넣었습니다. 그 뒤로는 배포할 때 이전 두 버전의 정적 파일을 7일 동안 남겨 두도록 파이프라인을 바꿨고, 같은 문의는 더 이상 들어오지 않았습니다.",
  },
  {
    id: "en-s1",
    language: "en",
    role: "backend",
    category: "technical",
    question:
      "Suppose our API starts getting hammered by a single client. How would you design rate limiting for it, and what trade-offs would you weigh?",
    answer:
      "I'd start by deciding what to key the limit on - usually the API key, falling back to IP for anonymous traffic. For the algorithm, a token bucket is my default: each client gets a bucket of, say, 100 tokens refilled at 10 per second, so short bursts are allowed but the sustained rate is capped. A fixed window counter is simpler but lets a client send double the limit around the window boundary, and a sliding log is exact but stores every timestamp, which gets expensive. Since we run several API instances, the counters have to live somewhere shared; I'd keep them in Redis and update them with a small Lua script so the read and decrement happen atomically. The trade-off there is an extra network hop per request, so if Redis is down I'd fail open rather than block everyone. Finally, I'd return 429 with a Retry-After header so well-behaved clients can back off.",
  },
  {
    id: "en-s2",
    language: "en",
    role: "frontend",
    category: "project",
    question:
      "Your resume says you led the migration of a legacy app to TypeScript. What was your approach, and how did you know it was worth it?",
    answer:
      "The app was about 120,000 lines of JavaScript, and a third of our production bugs were undefined-property errors. I proposed an incremental migration rather than a rewrite: we turned on allowJs, added a strict tsconfig only for new folders, and I wrote a small script that listed files by how often they changed so we converted the hottest ones first. I personally converted the API client layer and generated types from our OpenAPI spec, which gave everyone typed responses in week two. To keep momentum, I set a rule that any file touched in a PR got converted in that PR. After nine months about 85% of the code was TypeScript, and the share of bugs caused by type errors dropped from roughly 30% to under 5%, measured from our incident tags.",
  },
  {
    id: "en-s3",
    language: "en",
    role: "data",
    category: "technical",
    question:
      "How would you explain overfitting to a product manager, and what do you actually do in practice to detect and prevent it?",
    answer:
      "To a PM I'd say overfitting is when a model memorizes the quirks of the examples it learned from instead of the general pattern, like a student who memorized last year's exam answers and fails when the questions change. In practice I detect it by comparing training and validation metrics: if training accuracy keeps climbing while validation flattens or drops, the model is fitting noise. I always keep a holdout set split by time for anything that will predict the future, because random splits leak information. To prevent it I use cross-validation, regularization such as L2 or limiting tree depth, early stopping for boosted trees and neural nets, and I remove features that wouldn't be available at prediction time. Often the cheapest fix is simply more data or fewer features.",
  },
  {
    id: "en-s4",
    language: "en",
    role: "pm",
    category: "problem_solving",
    question:
      "Tell me about a launch that didn't go the way you expected. What did you do once you realized it?",
    answer:
      "Last spring I launched a redesigned checkout for our food delivery app, expecting conversion to go up. Within two days conversion had dropped from 31% to 27%. I pulled the funnel by device and saw the drop was almost entirely on Android, at the address step. I sat with our QA engineer and we found that the new address autocomplete was hiding the 'confirm' button behind the keyboard on smaller screens. I rolled Android back to the old step the same afternoon, and wrote a short incident note for the team and leadership explaining the cause and the plan. We fixed the layout, tested on our five most common Android devices, and relaunched a week later. Conversion came back to 32%, slightly above where we started, and since then every checkout change goes through a device-matrix test before release.",
  },
  {
    id: "en-s5",
    language: "en",
    role: "general",
    category: "teamwork",
    question:
      "Can you give me an example of a time you had to work closely with someone whose working style was very different from yours?",
    answer:
      "On a payments integration last year I was paired with a senior engineer who liked to think everything through on paper before writing code, while I tend to prototype quickly. In the first week we clashed: he saw my prototypes as sloppy, and I felt his design docs were slowing us down. I suggested we split the work by uncertainty: for the parts where the bank's API behaviour was unknown, I'd prototype against the sandbox first, and for the settlement logic, where mistakes cost money, we'd follow his design-first approach. I also started sharing a short written summary of what each prototype proved, which helped him trust them. We shipped the integration two weeks ahead of the deadline, with no reconciliation errors in the first quarter, and he later asked to pair with me again on the refunds project.",
  },
  {
    id: "en-s6",
    language: "en",
    role: "backend",
    category: "intro",
    question:
      "Before we dive in, could you give me a quick overview of your background and what you're looking for next?",
    answer:
      "Sure. I'm a backend engineer with six years of experience, mostly in fintech. I started at a bank's IT subsidiary maintaining Java batch jobs, then moved to a payments startup where for the last four years I've owned the ledger service - the system that records every money movement. The highlight there was redesigning the ledger to double-entry bookkeeping, which let finance close the month in two days instead of eight. I also mentor two junior engineers. Next, I'm looking for a team where reliability and correctness really matter at larger scale, which is why this role caught my eye.",
  },
  {
    id: "en-s7",
    language: "en",
    role: "general",
    category: "growth",
    question:
      "What's something you've deliberately worked on improving over the past year, and how did you go about it?",
    answer:
      "Public speaking, specifically presenting technical work to non-engineers. In my last performance review my manager pointed out that my demo to the sales team had lost them in the first five minutes. So I set myself a plan: I joined our internal lunch-talk rotation and gave a 15-minute talk every month, and before each one I rehearsed with a friend from marketing who would stop me whenever I used jargon. I also started opening every talk with the customer problem instead of the architecture. After about eight talks, the feedback scores from the audience went from around 3.2 to 4.5 out of 5, and this quarter I ran the product demo for our biggest client myself.",
  },
  {
    id: "en-s8",
    language: "en",
    role: "data",
    category: "problem_solving",
    question:
      "Have you ever found that the data you were relying on was wrong? How did you catch it and what did you do?",
    answer:
      "Yes. I was building a retention report and noticed that day-30 retention for one cohort was 104%, which is impossible. I traced it back and found that our events table had duplicate session-start events whenever the mobile app resumed from the background, after an SDK upgrade three weeks earlier. I quantified the impact - about 9% of sessions were duplicated, mostly on iOS - and told the analytics channel before anyone made decisions on the inflated numbers. Then I worked with the mobile team to fix the SDK config, and in the meantime I added a deduplication step in our dbt model keyed on user, session and timestamp. I also added a test that fails the pipeline if any cohort's retention exceeds 100%. Two weeks later the same test caught a different duplication bug before it reached any dashboard.",
  },
  {
    id: "en-s9",
    language: "en",
    role: "backend",
    category: "closing",
    question: "We have a few minutes left. What would you like to know about us or the role?",
    answer:
      "Thanks, I have two. First, the job description mentions moving the monolith toward services this year - how far along is that, and would this role be working on the new services or keeping the monolith running? Second, how does the team handle on-call? I'd like to know how many incidents a typical week brings and whether engineers get time after an incident to fix root causes, because that tells me a lot about how the team balances features and reliability.",
  },
  {
    id: "en-s10",
    language: "en",
    role: "frontend",
    category: "technical",
    question:
      "What's the difference between debouncing and throttling, and when would you reach for each in a UI?",
    answer:
      "Both limit how often a function runs in response to a stream of events, but differently. Debouncing waits until the events stop for a set delay, then runs once - so if a user types in a search box, a 300 ms debounce sends one request after they pause instead of one per keystroke. Throttling runs the function at most once per interval while events keep coming, for example handling a scroll or resize event at most every 100 ms so a sticky header or infinite scroll stays responsive without running hundreds of times a second. So I use debounce when only the final value matters, like search, autosave or validation, and throttle when I need regular updates during continuous activity. One caveat: for scroll-linked visuals, requestAnimationFrame or an IntersectionObserver is often better than either.",
  },
];

/** A strong answer given to another question: [answer of, question of]. Same-category pairs differ in subject. */
export const MOVED: [string, string][] = [
  ["ko-s1", "ko-s9"], // project -> project, other subject (MSA story to the recommender question)
  ["ko-s2", "ko-s6"], // technical -> technical, other concept
  ["ko-s3", "ko-s5"],
  ["ko-s4", "ko-s7"],
  ["ko-s5", "ko-s8"],
  ["ko-s7", "ko-s10"],
  ["ko-s8", "ko-s4"],
  ["ko-s10", "ko-s1"],
  ["ko-s6", "ko-s3"],
  ["en-s1", "en-s10"], // technical -> technical, other concept
  ["en-s2", "en-s4"],
  ["en-s4", "en-s5"],
  ["en-s5", "en-s7"],
  ["en-s7", "en-s6"],
  ["en-s8", "en-s3"],
  ["en-s6", "en-s9"],
  ["en-s9", "en-s2"],
  ["en-s3", "en-s8"],
];

/** On topic but vague or partial, answering the question of the strong answer `of`. */
export const VAGUE: { id: string; of: string; answer: string }[] = [
  {
    id: "ko-v1",
    of: "ko-s6",
    answer:
      "격리 수준은 동시에 여러 트랜잭션이 돌 때 데이터가 꼬이지 않게 해 주는 설정입니다. 수준이 높을수록 안전하지만 느려질 수 있어서, 보통은 기본값을 쓰고 필요한 곳만 신경 쓰는 편입니다.",
  },
  {
    id: "ko-v2",
    of: "ko-s4",
    answer:
      "개발팀이 어렵다고 하면 보통 우선순위를 다시 정리해서 꼭 필요한 것만 남기는 식으로 조율합니다. 서로 입장을 이해하려고 노력하고, 대화를 많이 하면 대부분 합의점을 찾을 수 있었던 것 같습니다.",
  },
  {
    id: "ko-v3",
    of: "ko-s9",
    answer:
      "추천 모델을 개선하는 작업이었는데, 사용자 데이터를 분석해서 개인화 추천을 적용했고 A/B 테스트로 효과를 확인했습니다. 결과적으로 클릭률이 올랐습니다.",
  },
  {
    id: "ko-v4",
    of: "ko-s10",
    answer:
      "우선 에러 로그를 확인해서 어떤 사용자에게서 발생하는지 범위를 좁혀 보겠습니다. 브라우저나 기기별로 차이가 있는지 보고, 원인이 바로 안 보이면 직전 배포를 롤백한 다음에 천천히 원인을 찾겠습니다.",
  },
  {
    id: "ko-v5",
    of: "ko-s5",
    answer:
      "물류는 앞으로도 계속 성장할 분야라고 생각하고, 귀사가 업계에서 빠르게 성장하고 있다는 기사를 봤습니다. 제가 가진 백엔드 경험을 살려서 함께 성장하고 싶어서 지원했습니다.",
  },
  {
    id: "en-v1",
    of: "en-s1",
    answer:
      "I'd probably put a limit on requests per client, maybe using something like Redis to count them, and return an error when they go over. There are different algorithms for this and I'd pick one depending on the situation.",
  },
  {
    id: "en-v2",
    of: "en-s5",
    answer:
      "I get along with most people, so it usually isn't a big problem. When someone works differently I try to understand their perspective and communicate openly, and we generally find a way to make it work.",
  },
  {
    id: "en-v3",
    of: "en-s8",
    answer:
      "Yes, it happens from time to time. Usually I notice when numbers don't match what I expected, so I check the source tables and talk to the data engineers, and we fix the pipeline.",
  },
  {
    id: "en-v4",
    of: "en-s3",
    answer:
      "Overfitting means the model does well on training data but badly on new data. I'd tell the PM it's like memorizing instead of learning. To prevent it, I use a validation set and keep the model simple.",
  },
  {
    id: "en-v5",
    of: "en-s7",
    answer:
      "I've been working on my time management. I started planning my week on Monday mornings and blocking focus time in my calendar, and I feel like I get more done now.",
  },
];

/** Junk to the question of `of`; `earlier` strong ids are passed as earlierAnswers; `expect` the flag wanted. */
export const JUNK: {
  id: string;
  of: string;
  kind: string;
  answer: string;
  earlier?: string[];
  expect: string;
}[] = [
  {
    id: "ko-j1",
    of: "ko-s2",
    kind: "mash",
    answer: "ㅇㄹㅇㄹ 123 qwe ㅋㅋ ;;; 아아아아 ㅁㄴㅇ",
    expect: "no_content",
  },
  {
    id: "ko-j2",
    of: "ko-s2",
    kind: "question copy",
    answer:
      "리액트에서 리렌더링이 과도하게 일어날 때 원인을 어떻게 찾고 어떤 방법으로 줄이는지 말씀드리겠습니다.",
    expect: "echoes_question",
  },
  {
    id: "ko-j3",
    of: "ko-s6",
    kind: "dont know",
    answer: "잘 모르겠습니다. 죄송합니다.",
    expect: "no_content",
  },
  {
    id: "ko-j4",
    of: "ko-s8",
    kind: "one sentence repeated",
    answer:
      "저는 항상 사용자 입장에서 생각하는 PM입니다. 저는 항상 사용자 입장에서 생각하는 PM입니다. 저는 항상 사용자 입장에서 생각하는 PM입니다. 저는 항상 사용자 입장에서 생각하는 PM입니다.",
    expect: "no_content",
  },
  {
    id: "ko-j5",
    of: "ko-s10",
    kind: "English in ko session",
    answer:
      "Yes, it happened to me once. After a deploy some users saw a blank page because their open tabs requested old JavaScript chunks that the CDN had already deleted. I restored the old files and made the app reload once when a chunk fails to load.",
    expect: "language_mismatch",
  },
  {
    id: "ko-j6",
    of: "ko-s10",
    kind: "repeat of earlier answer",
    answer: "@ko-s1",
    earlier: ["ko-s1"],
    expect: "repeated_answer",
  },
  {
    id: "ko-j7",
    of: "ko-s7",
    kind: "near-duplicate of earlier",
    answer:
      "작년에 정기결제 기능을 출시하기 전에 영업팀은 쿠폰 중복 적용을 꼭 넣어 달라고 했고, 개발 리드는 남은 4주로는 어렵다고 했습니다. 저는 양쪽 얘기를 따로 듣고, 쿠폰 중복이 정말 필요한 고객이 몇 명인지부터 확인했습니다. 데이터를 보니 중복 쿠폰을 쓰는 고객은 전체 결제의 5% 정도였습니다. 그래서 출시 범위에서는 빼고, 그 고객들에게는 CS팀이 수동으로 할인을 적용하는 임시 절차를 만들자고 했습니다. 영업팀에는 2차 스프린트에 넣겠다고 날짜를 정해 약속했습니다. 결국 기능은 예정대로 나갔고, 수동 처리는 한 달에 50건 안쪽이라 부담도 크지 않았습니다. 이 일로 많이 성장했습니다.",
    earlier: ["ko-s4"],
    expect: "repeated_answer",
  },
  {
    id: "ko-j8",
    of: "ko-s9",
    kind: "pass",
    answer: "음... 그건 기억이 잘 안 나네요. 다음 질문으로 넘어가도 될까요?",
    expect: "no_content",
  },
  {
    id: "en-j1",
    of: "en-s6",
    kind: "mash",
    answer: "jjjj kkkk asdf lkj;lkj qwerty 12345 hmm",
    expect: "no_content",
  },
  {
    id: "en-j2",
    of: "en-s10",
    kind: "question copy",
    answer:
      "So you want to know the difference between debouncing and throttling and when I would reach for each in a UI.",
    expect: "echoes_question",
  },
  {
    id: "en-j3",
    of: "en-s1",
    kind: "dont know",
    answer: "I'm not sure, I haven't really worked with that. Can we skip this one?",
    expect: "no_content",
  },
  {
    id: "en-j4",
    of: "en-s7",
    kind: "one sentence repeated",
    answer:
      "I always deliver results on time. I always deliver results on time. I always deliver results on time. I always deliver results on time.",
    expect: "no_content",
  },
  {
    id: "en-j5",
    of: "en-s10",
    kind: "Korean in en session",
    answer:
      "디바운스는 입력이 멈춘 뒤 한 번만 실행하고, 스로틀은 일정 간격마다 최대 한 번 실행합니다. 그래서 검색창에는 디바운스를, 스크롤 이벤트에는 스로틀을 주로 씁니다.",
    expect: "language_mismatch",
  },
  {
    id: "en-j6",
    of: "en-s4",
    kind: "repeat of earlier answer",
    answer: "@en-s5",
    earlier: ["en-s5"],
    expect: "repeated_answer",
  },
  {
    id: "en-j7",
    of: "en-s7",
    kind: "near-duplicate of earlier",
    answer:
      "The app had roughly 120,000 lines of JavaScript, and about a third of our production bugs were undefined-property errors. I pushed for an incremental migration instead of a rewrite: we enabled allowJs, added a strict tsconfig just for new folders, and I wrote a script that ranked files by how often they changed so we converted the busiest ones first. I converted the API client layer myself and generated types from the OpenAPI spec. Any file touched in a PR got converted in that PR. After nine months around 85% of the code was TypeScript, and type-error bugs fell from about 30% to below 5%. That taught me a lot.",
    earlier: ["en-s2"],
    expect: "repeated_answer",
  },
  {
    id: "en-j8",
    of: "en-s5",
    kind: "fillers only",
    answer: "Um, well, so, yeah, I mean, like, you know, basically, um, that's a good question, hmm.",
    expect: "no_content",
  },
];

/** On-topic answers revealing school, hometown, age or family; `base` is the same answer without it. */
export const BLIND: {
  id: string;
  of?: string;
  question?: string;
  category?: Category;
  language: Language;
  mention: string;
  base: string;
  position: "start" | "end";
}[] = [
  {
    id: "ko-b1",
    language: "ko",
    category: "intro",
    question: "면접 시작 전에 본인을 1분 정도로 소개해 주시겠어요?",
    mention: "저는 부산에서 나고 자랐고 올해 스물아홉 살입니다.",
    base: "3년 차 프런트엔드 개발자이고, 지금은 여행 예약 서비스에서 React와 Next.js로 검색·예약 화면을 맡고 있습니다. 최근에는 검색 결과 페이지를 서버 렌더링으로 바꿔 첫 화면 표시 시간을 2.4초에서 1.1초로 줄였습니다. 디자인 시스템 컴포넌트 40여 개를 정리해 팀 전체가 같이 쓰도록 만든 경험도 있습니다. 사용자가 체감하는 속도와 접근성을 챙기는 개발자가 되고 싶어 지원했습니다.",
    position: "start",
  },
  {
    id: "ko-b2",
    language: "ko",
    of: "ko-s5",
    mention: "아버지께서 작은 화물 운송업을 하셔서 어릴 때부터 배송 현장을 가까이서 봤습니다.",
    base: "@ko-s5",
    position: "start",
  },
  {
    id: "ko-b3",
    language: "ko",
    of: "ko-s7",
    mention: "부경대 다닐 때는 과제를 혼자 밤새 몰아서 하는 스타일이었는데,",
    base: "@ko-s7",
    position: "start",
  },
  {
    id: "en-b1",
    language: "en",
    of: "en-s6",
    mention: "I grew up in Daejeon and I'm 31, so I've been coding for about half my life.",
    base: "@en-s6",
    position: "end",
  },
  {
    id: "en-b2",
    language: "en",
    of: "en-s7",
    mention: "As a mother of two toddlers, my evenings are short, so I planned this carefully.",
    base: "@en-s7",
    position: "end",
  },
  {
    id: "en-b3",
    language: "en",
    of: "en-s3",
    mention: "I first learned this properly in my master's at Georgia Tech.",
    base: "@en-s3",
    position: "start",
  },
];

/** Tricky but good (or, for `maxTotal`, rambling) answers: `minTotal`/`maxTotal` is what a fair grader allows. */
export const TRICKY: {
  id: string;
  kind: string;
  language: Language;
  category: Category;
  question: string;
  answer: string;
  minTotal?: number;
  maxTotal?: number;
}[] = [
  {
    id: "en-t1",
    kind: "negation: chose not to use X",
    language: "en",
    category: "technical",
    question:
      "How did you decide on the messaging infrastructure for your order events? Walk me through the choice.",
    answer:
      "We did not use Kafka, even though it was the obvious choice. Our volume was about 200 events per second, and nobody on the team had run Kafka in production. Instead I proposed a transactional outbox in Postgres: the order and its event are written in the same transaction, and a worker polls the outbox table every second and publishes to our webhook consumers. That gave us reliable writes without a second system to operate. The trade-off is latency of up to a second and polling load on the database, which we measured at under 2% CPU. After a year it handled 3x growth without changes, and we documented the point, around 2,000 events per second, where we would revisit Kafka.",
    minTotal: 18,
  },
  {
    id: "ko-t1",
    kind: "negation: decided against a cache",
    language: "ko",
    category: "project",
    question: "캐시 도입을 검토하셨다고 했는데, 결국 캐시를 안 쓰기로 하신 이유가 뭔가요?",
    answer:
      "네, 처음엔 Redis 캐시를 붙이자는 의견이 많았는데 저는 반대했습니다. 조회가 느린 원인을 측정해 보니 캐시 미스가 아니라 인덱스가 없는 정렬 쿼리였고, 한 번에 8초씩 걸리던 쿼리가 복합 인덱스 하나로 120ms가 됐습니다. 캐시를 넣으면 가격이 바뀔 때 무효화를 챙겨야 하는데, 가격이 하루에도 수십 번 바뀌는 상품이라 오래된 가격이 노출될 위험이 더 컸습니다. 그래서 캐시는 도입하지 않고 인덱스와 쿼리 수정만 했고, 이후 6개월 동안 해당 API p95는 200ms 안쪽을 유지했습니다.",
    minTotal: 17,
  },
  {
    id: "en-t2",
    kind: "hedged but real story",
    language: "en",
    category: "problem_solving",
    question: "Tell me about a time you had to deal with a production outage.",
    answer:
      "I think the clearest one was maybe two years ago, I'm not totally sure of the date. Our Postgres primary ran out of disk at around 2 a.m., I believe because a migration had left a huge temp table behind. I was on call, so I got paged, and honestly I panicked a bit at first. I think I first failed writes over to the replica, then I found the temp table with a disk usage query and dropped it, which freed about 400 GB. We were down for roughly 40 minutes, I'd say. Afterwards I added a disk alert at 80% and a check in our migration tooling, and I don't think we've had a disk outage since.",
    minTotal: 15,
  },
  {
    id: "ko-t2",
    kind: "hedged but real story",
    language: "ko",
    category: "problem_solving",
    question: "실수로 장애를 낸 적 있어요? 솔직하게 얘기해 주셔도 돼요.",
    answer:
      "아마 입사 1년 차쯤이었던 것 같은데요, 제가 설정 파일에서 타임아웃 값을 3초에서 300초로 잘못 바꿔서 배포한 적이 있습니다. 그러다 보니 외부 API가 느려졌을 때 스레드가 다 묶여서 결제 페이지가 20분 정도 멈췄던 것 같아요. 제가 바로 롤백했고, 이후에 설정값 변경도 코드 리뷰를 받도록 하고 범위를 벗어나면 배포가 막히는 검증을 추가했습니다. 그 뒤로는 설정 때문에 난 장애는 없었던 걸로 기억합니다.",
    minTotal: 15,
  },
  {
    id: "en-t3",
    kind: "short but complete",
    language: "en",
    category: "technical",
    question: "Quick one: what's the difference between a process and a thread?",
    answer:
      "A process has its own memory space; threads inside a process share that memory, so they're cheaper to create and switch between but need locks to avoid races.",
    minTotal: 12,
  },
  {
    id: "ko-t3",
    kind: "short but complete",
    language: "ko",
    category: "technical",
    question: "간단히만요, HTTP와 HTTPS 차이가 뭐죠?",
    answer:
      "HTTPS는 HTTP를 TLS로 암호화해서 보내는 겁니다. 그래서 중간에서 내용을 엿보거나 바꾸기 어렵고, 인증서로 서버가 진짜인지도 확인할 수 있습니다.",
    minTotal: 12,
  },
  {
    id: "en-t4",
    kind: "long rambling (same facts as en-s4)",
    language: "en",
    category: "problem_solving",
    question:
      "Tell me about a launch that didn't go the way you expected. What did you do once you realized it?",
    answer:
      "So, um, yeah, launches, there have been a lot of those, and honestly most of them go fine, but there was this one, I think it was last spring or maybe early summer, where we had redesigned the checkout for the food delivery app, and we were all really excited about it because the design team had worked on it for months and everyone thought it was great, and then we launched it and, you know, conversion actually went down, like from 31 to 27 percent or something around that, which was obviously not what anyone wanted, and there was a lot of stress, and a lot of meetings, and people had different theories, some people thought it was the new colors, some thought it was seasonal, and I was kind of looking at a lot of different dashboards and things, and eventually I think we figured out it was mostly Android, something with the keyboard covering a button on the address step, and then, um, we rolled it back on Android, and then fixed it, and relaunched it, and it was fine after that, conversion was like 32 percent in the end, so basically it worked out, and I learned a lot about testing on different devices and about staying calm when things go wrong, which is really important as a PM.",
    maxTotal: 16,
  },
  {
    id: "ko-t4",
    kind: "long rambling (same facts as ko-s3)",
    language: "ko",
    category: "problem_solving",
    question:
      "모델 성능이 오프라인 평가에서는 좋았는데 실제 배포 후에 떨어진 적이 있나요? 그때 어떻게 대응하셨는지 궁금합니다.",
    answer:
      "네 그런 적이 있었는데요 음 그게 이탈 예측 모델이었던 것 같은데 오프라인에서는 AUC가 0.86 정도로 꽤 좋게 나와서 다들 좋아했는데 막상 배포하고 나니까 뭔가 좀 이상하다 싶었고 그래서 여러 가지를 봤는데 처음에는 데이터가 문제인가 모델이 문제인가 계속 헷갈렸고 회의도 많이 했고 이것저것 해 보다가 결국에는 피처 중에 최근 접속 횟수 같은 게 학습할 때랑 운영할 때 계산 방식이 좀 달랐던 것 같아서 그걸 맞추고 다시 학습시켰더니 괜찮아졌던 것 같고 그 뒤로는 분포 같은 것도 좀 확인하려고 하고 있고 그런 경험을 통해서 정말 많이 배웠던 것 같습니다.",
    maxTotal: 15,
  },
  {
    id: "en-t5",
    kind: "honest 'I haven't, but' with real example",
    language: "en",
    category: "strength",
    question: "Have you ever managed people? Tell me how that went.",
    answer:
      "I haven't formally managed anyone, but the closest was leading three interns last summer. I set weekly goals with each of them, reviewed their pull requests every day, and ran a demo day at the end where each of them presented what they built. Two of the three got return offers, and one of their features, a CSV import tool, is still in production.",
    minTotal: 14,
  },
  {
    id: "ko-t5",
    kind: "honest 'no experience, but' with real example",
    language: "ko",
    category: "project",
    question: "대용량 트래픽을 직접 다뤄 보신 경험이 있나요?",
    answer:
      "실무에서 초당 수만 건 수준을 다뤄 본 경험은 없습니다. 다만 개인 프로젝트로 만든 티켓 예매 서버에 k6로 초당 3천 건 부하를 걸어 보면서, 좌석 선점을 Redis 분산 락으로 바꿔 중복 예매를 0건으로 만들고 처리량을 두 배로 올려 본 적은 있습니다.",
    minTotal: 14,
  },
  {
    id: "en-t6",
    kind: "motivation answered through a story",
    language: "en",
    category: "motivation",
    question: "Why do you want to move from engineering into product management?",
    answer:
      "Because the most satisfying moment of my last three years wasn't shipping code. Last year our support team kept escalating complaints about invoice exports, and instead of just fixing the bug I asked to join five customer calls. I learned that what customers really needed was a scheduled export to their accounting tool, not a faster download button. I wrote a one-page proposal, the PM adopted it, and the scheduled export cut those support tickets by about 60% in a quarter. That's when I realized I enjoy deciding what to build and why more than building it, and product management is where that is the actual job.",
    minTotal: 17,
  },
  {
    id: "ko-t6",
    kind: "motivation answered through a story",
    language: "ko",
    category: "motivation",
    question: "개발자로 일하시다가 데이터 분석 쪽으로 방향을 바꾸려는 이유가 있나요?",
    answer:
      "개발하면서 가장 재미있었던 순간이 기능을 만들 때보다 숫자를 들여다볼 때였기 때문입니다. 작년에 제가 만든 회원가입 화면의 완료율이 낮다는 얘기를 듣고, 직접 로그를 SQL로 뽑아 단계별 이탈을 봤더니 휴대폰 인증 단계에서 40%가 빠지고 있었습니다. 인증 문자 재발송 버튼을 눈에 띄게 바꾸자고 제안했고, 완료율이 18% 올랐습니다. 그때 무엇을 만들지 근거를 찾는 일이 저한테 더 맞는다는 걸 알았고, 그래서 분석 직무로 옮겨 그 일을 본업으로 하고 싶습니다.",
    minTotal: 17,
  },
  {
    id: "en-t7",
    kind: "terse expert answer, no story words",
    language: "en",
    category: "technical",
    question:
      "Our Postgres table has 200 million rows and a query filtering on status and created_at is slow. What would you look at?",
    answer:
      "EXPLAIN ANALYZE first, to see whether it's doing a sequential scan. If status has few distinct values, a composite index on (status, created_at) lets it seek straight to the range; a partial index on just the active status is even smaller. Check that statistics are fresh with ANALYZE. If the table keeps growing, partition by month on created_at so old partitions are never touched.",
    minTotal: 16,
  },
  {
    id: "ko-t7",
    kind: "resume question (labelled project) on a problem-solving story",
    language: "ko",
    category: "project",
    question: "이력서에 배포 후 흰 화면 이슈를 해결했다고 쓰셨던데, 그 건을 자세히 설명해 주실래요?",
    answer: "@ko-s10",
    minTotal: 18,
  },
  {
    id: "ko-t8",
    kind: "resume question (labelled project) on a problem-solving story",
    language: "ko",
    category: "project",
    question: "이력서에 이탈 예측 모델을 운영하셨다고 되어 있는데, 운영하면서 있었던 일을 말씀해 주세요.",
    answer: "@ko-s3",
    minTotal: 18,
  },
  {
    id: "en-t8",
    kind: "resume question (labelled project) on a problem-solving story",
    language: "en",
    category: "project",
    question:
      "Your resume mentions fixing a retention report that was double-counting sessions. Can you walk me through that?",
    answer: "@en-s8",
    minTotal: 18,
  },
  {
    id: "en-t9",
    kind: "resume question (labelled project) on a problem-solving story",
    language: "en",
    category: "project",
    question: "On your resume you list a checkout redesign at a food delivery app. How did that project go?",
    answer: "@en-s4",
    minTotal: 18,
  },
];

/**
 * Resume-based questions (the planner labels them "project") about exactly the story the strong answer
 * `of` tells: the answer is on topic and should keep about its own total.
 */
export const RESUME_PROJECT: { id: string; of: string; question: string }[] = [
  {
    id: "en-r1",
    of: "en-s4",
    question: "Tell me more about the checkout redesign project on your resume. What was your role?",
  },
  {
    id: "en-r2",
    of: "en-s4",
    question: "You led a checkout redesign for a delivery app. How did that project turn out?",
  },
  {
    id: "en-r3",
    of: "en-s8",
    question: "How did the retention report project go, and what was your part in it?",
  },
  { id: "en-r4", of: "en-s8", question: "Walk me through the retention reporting work listed on your CV." },
  { id: "en-r5", of: "en-s5", question: "Tell me about the payments integration project on your resume." },
  {
    id: "en-r6",
    of: "en-s7",
    question: "You mention giving monthly lunch talks. How did that initiative go?",
  },
  { id: "ko-r1", of: "ko-s10", question: "프런트엔드 배포 파이프라인 개선 프로젝트에 대해 설명해 주세요." },
  { id: "ko-r2", of: "ko-s10", question: "이력서에 적힌 배포 안정화 프로젝트에서 맡은 역할이 뭐였나요?" },
  { id: "ko-r3", of: "ko-s3", question: "이탈 예측 모델 프로젝트는 어떻게 진행됐나요?" },
  {
    id: "ko-r4",
    of: "ko-s3",
    question: "이탈 예측 모델을 만든 프로젝트에서 본인 역할과 결과를 말씀해 주세요.",
  },
  {
    id: "ko-r5",
    of: "ko-s4",
    question: "정기결제 기능 출시 프로젝트에 대해 말씀해 주세요. 어떤 역할을 하셨나요?",
  },
  { id: "ko-r6", of: "ko-s7", question: "알림 시스템 개편 프로젝트는 어떻게 진행하셨나요?" },
];
