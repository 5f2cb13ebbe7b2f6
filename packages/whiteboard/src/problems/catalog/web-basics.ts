import { L } from "../localized";
import type { ProblemDefinition } from "../problem";

export const urlShortener: ProblemDefinition = {
  id: "url-shortener",
  difficulty: "easy",
  timeLimitMinutes: 30,
  title: L("URL 단축 서비스", "URL shortener"),
  summary: L(
    "긴 URL을 짧은 코드로 바꾸고, 짧은 URL로 접속하면 원래 주소로 리다이렉트합니다.",
    "Turn long URLs into short codes and redirect visitors of a short URL to the original.",
  ),
  requirements: {
    functional: [
      L("긴 URL을 받아 고유한 짧은 코드를 발급", "Issue a unique short code for a long URL"),
      L("짧은 URL 접속 시 원래 URL로 리다이렉트 (301/302)", "Redirect a short URL to its original (301/302)"),
      L("선택: 사용자 지정 별칭, 만료 시간, 클릭 통계", "Optional: custom aliases, expiry, click statistics"),
    ],
    scale: [
      L("하루 1억 건 생성, 읽기:쓰기 = 100:1", "100 M new URLs a day, reads:writes = 100:1"),
      L("리다이렉트 p99 < 50 ms", "Redirect p99 < 50 ms"),
    ],
    constraints: [
      L("코드는 추측하기 어려워야 함", "Codes must be hard to guess"),
      L("데이터는 5년 보관", "Keep data for 5 years"),
    ],
  },
  reference: {
    required: ["client", "load_balancer", "api_server", "database", "cache"],
    recommended: ["replica", "monitoring", "auth", "queue"],
    flows: [
      L("클라이언트의 단축 요청이 DB에 저장", "a client's shorten request is stored in the database"),
      L("리다이렉트 조회가 캐시를 거침", "redirect look-ups go through the cache"),
    ].map((text, i) => ({
      from: "client" as const,
      to: i === 0 ? ("database" as const) : ("cache" as const),
      text,
    })),
    traits: { readHeavy: true, heavyWork: false, sensitive: false, media: false },
    scalingRisks: [
      L("핫 키(인기 링크)로 캐시/DB에 부하 집중", "Hot keys (viral links) concentrating load"),
      L("ID 생성기의 충돌과 병목", "Collisions and bottlenecks in ID generation"),
    ],
    securityConcerns: [
      L("악성 URL 단축 악용과 스팸", "Abuse for malicious links and spam"),
      L("생성 API의 처리율 제한", "Rate limiting the create API"),
    ],
    followUps: [
      L(
        "짧은 코드를 충돌 없이 어떻게 생성하나요? (해시 vs 카운터 vs 키 생성 서비스)",
        "How do you generate short codes without collisions (hash vs counter vs key service)?",
      ),
      L(
        "301과 302 중 무엇을 쓰고, 클릭 통계에는 어떤 영향이 있나요?",
        "301 or 302, and what does it mean for click statistics?",
      ),
      L("DB를 샤딩한다면 어떤 키로 나누나요?", "If you shard the database, by which key?"),
    ],
  },
};

export const rateLimiter: ProblemDefinition = {
  id: "rate-limiter",
  difficulty: "medium",
  timeLimitMinutes: 30,
  title: L("분산 처리율 제한기", "Distributed rate limiter"),
  summary: L(
    "여러 API 서버 앞에서 사용자/IP별 요청 수를 제한하는 서비스를 설계합니다.",
    "Limit requests per user or IP in front of many API servers.",
  ),
  requirements: {
    functional: [
      L("사용자·IP·API 키별 규칙(예: 분당 100회)", "Rules per user, IP or API key (e.g. 100 per minute)"),
      L("초과 시 429와 Retry-After 응답", "Answer 429 with Retry-After when over the limit"),
      L("규칙을 운영 중 변경", "Change rules at run time"),
    ],
    scale: [
      L("초당 100만 요청, 추가 지연 < 5 ms", "1 M requests/s, < 5 ms added latency"),
      L("API 서버 수백 대", "Hundreds of API servers"),
    ],
    constraints: [
      L("여러 서버에서 일관된 카운트", "Consistent counts across servers"),
      L("제한기 장애 시에도 서비스는 동작", "The service keeps working if the limiter fails"),
    ],
  },
  reference: {
    required: ["client", "load_balancer", "api_server", "cache"],
    recommended: ["database", "monitoring", "auth", "replica"],
    flows: [
      {
        from: "client",
        to: "cache",
        text: L("요청마다 카운터 저장소(Redis) 확인", "every request checks the counter store (Redis)"),
      },
      {
        from: "client",
        to: "api_server",
        text: L("허용된 요청이 API 서버에 도달", "allowed requests reach the API servers"),
      },
    ],
    traits: { readHeavy: true, heavyWork: false, sensitive: false, media: false },
    scalingRisks: [
      L("카운터 저장소가 병목/단일 장애점", "The counter store as bottleneck and single point of failure"),
      L("경쟁 조건으로 인한 초과 허용", "Races letting requests over the limit"),
    ],
    securityConcerns: [
      L("IP 위조·분산 공격 우회", "Spoofed IPs and distributed attacks"),
      L("규칙 변경 API 보호", "Protecting the rule-change API"),
    ],
    followUps: [
      L(
        "토큰 버킷, 고정 윈도, 슬라이딩 윈도 중 무엇을 고르고 왜인가요?",
        "Token bucket, fixed window or sliding window, and why?",
      ),
      L(
        "Redis가 응답하지 않으면 요청을 허용하나요, 막나요?",
        "If Redis stops answering, do you fail open or closed?",
      ),
      L("카운터 증가의 원자성은 어떻게 보장하나요?", "How do you make the counter update atomic?"),
    ],
  },
};

export const searchAutocomplete: ProblemDefinition = {
  id: "search-autocomplete",
  difficulty: "medium",
  timeLimitMinutes: 40,
  title: L("검색어 자동완성", "Search autocomplete"),
  summary: L(
    "입력 중인 접두사에 대해 인기 검색어 상위 10개를 빠르게 제안합니다.",
    "Suggest the top 10 popular queries for the prefix being typed, fast.",
  ),
  requirements: {
    functional: [
      L("접두사별 상위 10개 추천", "Top 10 suggestions per prefix"),
      L("검색 로그로 인기도를 주기적으로 갱신", "Popularity refreshed from search logs"),
      L("부적절한 검색어 필터링", "Filter inappropriate queries"),
    ],
    scale: [
      L("DAU 1천만, 초당 10만 조회", "10 M DAU, 100 k look-ups/s"),
      L("응답 < 100 ms", "Responses < 100 ms"),
    ],
    constraints: [
      L("한국어 자모 입력 처리", "Handle Korean jamo input"),
      L("실시간성보다 응답 속도 우선", "Speed over freshness"),
    ],
  },
  reference: {
    required: ["client", "load_balancer", "api_server", "search", "cache"],
    recommended: ["queue", "worker", "database", "cdn", "monitoring"],
    flows: [
      {
        from: "client",
        to: "cache",
        text: L("접두사 조회가 캐시/트라이를 거침", "prefix look-ups go through the cache / trie"),
      },
      {
        from: "client",
        to: "search",
        text: L("캐시 미스 시 검색 인덱스 조회", "cache misses read the search index"),
      },
      {
        from: "worker",
        to: "search",
        text: L("집계 워커가 인덱스를 갱신", "aggregation workers rebuild the index"),
      },
    ],
    traits: { readHeavy: true, heavyWork: true, sensitive: false, media: false },
    scalingRisks: [
      L("트라이 전체 재구축 비용", "Cost of rebuilding the whole trie"),
      L("짧은 접두사에 몰리는 트래픽", "Traffic piling on short prefixes"),
    ],
    securityConcerns: [
      L("검색어 로그의 개인정보", "Personal data in query logs"),
      L("추천 조작(어뷰징)", "Manipulating suggestions"),
    ],
    followUps: [
      L(
        "트라이를 어떻게 샤딩하고 갱신 중에도 서비스하나요?",
        "How do you shard the trie and serve while it is rebuilt?",
      ),
      L(
        "검색 로그 집계 파이프라인은 어떻게 구성하나요?",
        "How is the search-log aggregation pipeline built?",
      ),
      L(
        "브라우저 캐시와 디바운싱으로 요청을 얼마나 줄일 수 있나요?",
        "How much do browser caching and debouncing cut requests?",
      ),
    ],
  },
};
