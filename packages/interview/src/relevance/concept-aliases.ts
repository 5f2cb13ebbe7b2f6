import { type CueText, matchesCue, prepareCueText } from "./match-cue";

/**
 * One concept, named in either language: its `names` (a Korean loanword, its native or Sino-Korean
 * wording, the English term, an abbreviation) are interchangeable, and an answer naming any of them
 * names the concept; two of its `signs` (words only an explanation of it uses) name it as well.
 * Names match as cues do (`matchesCue`): Hangul as a substring with spaces ignored, Latin by word prefix,
 * one- and two-letter abbreviations ("lb", "gc") as whole words only.
 */
export interface Concept {
  names: readonly string[];
  signs?: readonly string[];
}

/** Shared by both languages: a Korean question answered in English terms and the reverse are common. */
const CONCEPTS: readonly Concept[] = [
  {
    names: ["인덱스", "인덱싱", "색인", "index"],
    signs: ["b트리", "b-tree", "btree", "b+", "풀 스캔", "풀스캔", "full scan", "table scan", "테이블 스캔"],
  },
  {
    names: ["캐시", "캐싱", "캐쉬", "cache", "caching"],
    signs: ["ttl", "lru", "eviction", "캐시 히트", "적중률", "hit rate", "hit ratio", "만료 시간", "stale"],
  },
  {
    names: ["트랜잭션", "트랜젝션", "transaction"],
    signs: ["원자성", "atomic", "롤백", "rollback", "커밋", "commit", "acid", "격리 수준", "isolation"],
  },
  {
    names: [
      "로드 밸런싱",
      "로드 밸런서",
      "로드밸런싱",
      "로드밸런서",
      "부하 분산",
      "트래픽 분산",
      "요청 분산",
      "분배기",
      "load balanc",
      "lb",
      "elb",
      "alb",
      "nginx",
      "haproxy",
    ],
    signs: [
      "라운드 로빈",
      "round robin",
      "헬스 체크",
      "health check",
      "최소 연결",
      "least connection",
      "sticky",
      // An explanation without the name still spreads requests so that no server is overloaded.
      "나눠",
      "나누어",
      "분산",
      "분배",
      "몰리",
      "몰려",
      "spread",
      "distribut",
      "overload",
      "overwhelm",
    ],
  },
  {
    names: [
      "메시지 큐",
      "메세지 큐",
      "메시지 브로커",
      "메세지 브로커",
      "message queue",
      "message broker",
      "mq",
      "kafka",
      "카프카",
      "rabbitmq",
      "래빗",
      "sqs",
    ],
    signs: [
      "프로듀서",
      "producer",
      "컨슈머",
      "consumer",
      "발행",
      "publish",
      "구독",
      "subscri",
      "토픽",
      "topic",
    ],
  },
  {
    names: ["가비지 컬렉션", "가비지 컬렉터", "가비지 콜렉션", "쓰레기 수집", "garbage collect", "gc"],
    signs: [
      "stop the world",
      "stop-the-world",
      "힙",
      "heap",
      "mark and sweep",
      "마크 앤 스윕",
      "도달 가능",
      "reachab",
      "참조 카운트",
      "reference count",
      "young generation",
      "old generation",
    ],
  },
  {
    names: ["스레드", "쓰레드", "멀티스레드", "멀티 스레드", "thread", "multithread", "multi-thread"],
  },
  {
    names: ["정규화", "정규형", "normaliz", "normal form", "1nf", "2nf", "3nf", "bcnf"],
    signs: [
      "이상 현상",
      "anomal",
      "삽입 이상",
      "갱신 이상",
      "삭제 이상",
      "함수 종속",
      "functional dependenc",
    ],
  },
  {
    names: ["비동기", "async", "논블로킹", "논 블로킹", "non-blocking", "nonblocking"],
    signs: ["콜백", "callback", "프로미스", "promise", "await", "이벤트 루프", "event loop"],
  },
  {
    names: ["장애 조치", "장애조치", "페일오버", "페일 오버", "failover", "fail over", "fail-over", "이중화"],
    signs: [
      "대기 서버",
      "standby",
      "스탠바이",
      "헬스 체크",
      "health check",
      "heartbeat",
      "하트비트",
      "승격",
      "promot",
    ],
  },
  {
    names: [
      "동시성 제어",
      "concurrency control",
      "잠금",
      "locking",
      "lock",
      "mvcc",
      "비관적 락",
      "낙관적 락",
      "pessimistic",
      "optimistic lock",
    ],
  },
  { names: ["데드락", "교착", "deadlock"] },
  { names: ["레플리케이션", "복제", "replica", "replication"] },
  { names: ["샤딩", "수평 분할", "shard", "horizontal partition"] },
  {
    names: ["cdn", "콘텐츠 전송 네트워크", "콘텐츠 delivery", "content delivery", "엣지 서버", "edge server"],
  },
  {
    names: [
      "가상 메모리",
      "virtual memory",
      "페이징",
      "paging",
      "페이지 폴트",
      "page fault",
      "스와핑",
      "swap",
    ],
  },
  { names: ["의존성 주입", "의존 주입", "dependency inject", "di"] },
  {
    names: [
      "처리율 제한",
      "요청 제한",
      "레이트 리밋",
      "레이트 리미팅",
      "rate limit",
      "스로틀링",
      "쓰로틀링",
      "throttl",
    ],
  },
  { names: ["디바운스", "디바운싱", "debounc"] },
  { names: ["메모이제이션", "메모화", "memoiz"] },
  {
    names: [
      "해시 테이블",
      "해시 맵",
      "해시테이블",
      "해시맵",
      "hash table",
      "hash map",
      "hashmap",
      "hashtable",
      "dictionary",
      "딕셔너리",
    ],
  },
  { names: ["재귀", "recursi"] },
  { names: ["다형성", "polymorph"] },
  { names: ["캡슐화", "encapsul", "정보 은닉", "information hiding"] },
  { names: ["멱등", "idempot"] },
  { names: ["서킷 브레이커", "회로 차단", "circuit break"] },
  { names: ["마이크로서비스", "마이크로 서비스", "microservice", "msa"] },
  { names: ["웹소켓", "웹 소켓", "websocket", "web socket"] },
  { names: ["과적합", "오버피팅", "overfit"] },
  { names: ["가상 돔", "가상돔", "virtual dom", "vdom"] },
  { names: ["최종 일관성", "결과적 일관성", "eventual consisten", "eventually consistent"] },
  { names: ["이벤트 루프", "event loop"] },
  { names: ["클로저", "클로져", "closure"] },
  { names: ["컨테이너", "container", "도커", "docker"] },
  {
    names: [
      "지속적 통합",
      "지속적 배포",
      "ci/cd",
      "cicd",
      "continuous integration",
      "continuous deploy",
      "continuous deliver",
    ],
  },
];

/** A Korean particle written onto a Latin word ("DI가", "LB를") is not part of the word. */
const prepare = (text: string) => prepareCueText(text.replace(/([a-z0-9])(?=[가-힣])/gi, "$1 "));

/** How many distinct signs name a concept when none of its names is said. */
const SIGNS_NEEDED = 2;

const names = (text: CueText, concept: Concept) => concept.names.filter((name) => matchesCue(text, name));

function namesConcept(text: CueText, concept: Concept): boolean {
  if (names(text, concept).length > 0) return true;
  let hits = 0;
  for (const sign of concept.signs ?? []) if (matchesCue(text, sign) && ++hits >= SIGNS_NEEDED) return true;
  return false;
}

/**
 * The question's own words for a name it uses: a Hangul name as it is, a Latin name as the question's
 * words it matched ("normaliz" → "normalization"), so they match the question's subject cues.
 */
function wordsFor(text: CueText, name: string): string[] {
  if (/[가-힣]/.test(name)) return [name];
  const parts = prepareCueText(name).words;
  return text.words.filter((word) =>
    parts.some((part) => (part.length <= 2 ? word === part : word.startsWith(part))),
  );
}

/** The concepts a question names, each with the question's words for it. */
function conceptsNamed(question: string): { concept: Concept; said: string[] }[] {
  const text = prepare(question);
  return CONCEPTS.map((concept) => ({
    concept,
    said: [...new Set(names(text, concept).flatMap((name) => wordsFor(text, name)))],
  })).filter((c) => c.said.length > 0);
}

/**
 * The answer as the question's subject matching should read it: when the answer names a concept of the
 * question by another of its names ("부하 분산" for "로드 밸런싱", "index" for "색인"), the question's own
 * names for it are added, so every word match downstream sees the concept named.
 */
export function withConceptAliases(question: string, answer: string): string {
  const asked = conceptsNamed(question);
  if (asked.length === 0) return answer;
  const text = prepare(answer);
  const added = asked.filter(({ concept }) => namesConcept(text, concept)).flatMap(({ said }) => said);
  return added.length === 0 ? answer : `${answer}\n${added.join(" ")}`;
}

/** The question's own words for the concepts it names ("로드 밸런싱", "lb", "normaliz"). */
export function conceptWordsIn(question: string): string[] {
  return conceptsNamed(question).flatMap(({ said }) => said);
}
