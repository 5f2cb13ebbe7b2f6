import type { Component, ComponentKind, Language } from "@studio/protocol";

export const KIND_NAMES: Record<ComponentKind, { ko: string; en: string }> = {
  client: { ko: "클라이언트", en: "client" },
  load_balancer: { ko: "로드밸런서", en: "load balancer" },
  api_server: { ko: "API 서버", en: "API server" },
  database: { ko: "데이터베이스", en: "database" },
  replica: { ko: "읽기 복제본", en: "read replica" },
  cache: { ko: "캐시", en: "cache" },
  queue: { ko: "메시지 큐", en: "message queue" },
  worker: { ko: "워커", en: "worker" },
  object_storage: { ko: "오브젝트 스토리지", en: "object storage" },
  cdn: { ko: "CDN", en: "CDN" },
  auth: { ko: "인증 서비스", en: "auth service" },
  search: { ko: "검색 엔진", en: "search engine" },
  monitoring: { ko: "모니터링", en: "monitoring" },
  external: { ko: "외부 서비스", en: "external service" },
  other: { ko: "기타 요소", en: "other element" },
};

/** Finding and follow-up texts; `{c}` is the components named, `{k}` a kind. */
const TEXTS = {
  covers: { ko: "필수 구성 요소를 갖췄습니다: {c}", en: "Has the components this problem needs: {c}" },
  missing: { ko: "{k}이(가) 없습니다 ({c} 주변에 필요)", en: "No {k} (needed around {c})" },
  unwired: {
    ko: "{k}이(가) 흐름에 연결되지 않았습니다: {c}",
    en: "The {k} is drawn but not connected to the flow: {c}",
  },
  unwiredFix: {
    ko: "{c}을(를) 요청이 지나는 흐름에 연결하세요",
    en: "Connect {c} to the path requests take",
  },
  missingAdd: { ko: "{k}을(를) 추가하세요: {c}와(과) 연결", en: "Add a {k} connected to {c}" },
  recommendedAdd: { ko: "{k}을(를) 고려하세요 ({c})", en: "Consider a {k} ({c})" },
  orphans: { ko: "어디와도 연결되지 않은 구성 요소: {c}", en: "Components connected to nothing: {c}" },
  orphansFix: { ko: "{c}을(를) 흐름에 연결하거나 지우세요", en: "Connect {c} to the flow or remove it" },
  unlabelled: { ko: "역할을 알 수 없는 요소: {c}", en: "Elements whose role is unclear: {c}" },
  unlabelledFix: { ko: "{c}에 역할이 드러나는 이름을 붙이세요", en: "Name {c} so its role is clear" },
  layered: {
    ko: "클라이언트 요청이 진입점({c})을 거쳐 서버로 갑니다",
    en: "Client requests go through an entry point ({c}) to the servers",
  },
  clientToDb: {
    ko: "클라이언트가 저장소에 직접 접근합니다: {c}",
    en: "A client talks to storage directly: {c}",
  },
  clientToDbFix: {
    ko: "{c} 사이에 API 서버를 두고 저장소는 내부망에만 두세요",
    en: "Put an API server between {c} and keep storage on the private network",
  },
  authOk: { ko: "쓰기 경로에 인증이 있습니다: {c}", en: "The write path is authenticated: {c}" },
  noAuth: { ko: "쓰기 경로에 인증이 보이지 않습니다: {c}", en: "No authentication on the write path: {c}" },
  noAuthFix: {
    ko: "{c} 앞에 인증(토큰 검증, OAuth/JWT)을 두세요",
    en: "Authenticate requests before {c} (token check, OAuth/JWT)",
  },
  tlsOk: {
    ko: "외부 구간이 암호화됩니다 (HTTPS/TLS): {c}",
    en: "External traffic is encrypted (HTTPS/TLS): {c}",
  },
  noTls: {
    ko: "외부 구간의 암호화(HTTPS/TLS)가 표시되지 않았습니다: {c}",
    en: "Encryption (HTTPS/TLS) is not shown on external links: {c}",
  },
  noTlsFix: {
    ko: "{c} 연결에 HTTPS/TLS를, 민감 데이터는 저장 시 암호화를 표시하세요",
    en: "Mark HTTPS/TLS on {c} and encrypt sensitive data at rest",
  },
  privateOk: {
    ko: "저장소가 내부 경계 안에 있습니다: {c}",
    en: "Storage sits inside a private boundary: {c}",
  },
  privateFix: {
    ko: "{c}을(를) VPC/사설 서브넷 경계 안에 그리세요",
    en: "Draw {c} inside a VPC / private subnet boundary",
  },
  spof: { ko: "단일 장애 지점: {c}", en: "Single point of failure: {c}" },
  spofFix: {
    ko: "{c}을(를) 이중화하세요 (여러 인스턴스, 오토스케일링, 클러스터)",
    en: "Make {c} redundant (several instances, auto scaling, a cluster)",
  },
  redundant: { ko: "이중화되어 있습니다: {c}", en: "Redundant: {c}" },
  noReplica: {
    ko: "데이터베이스에 복제본이나 백업이 없습니다: {c}",
    en: "The database has no replica or backup: {c}",
  },
  noReplicaFix: {
    ko: "{c}에 읽기 복제본과 백업/장애 조치를 두세요",
    en: "Give {c} read replicas and backups with failover",
  },
  cacheOk: { ko: "읽기 경로에 캐시가 있습니다: {c}", en: "A cache sits on the read path: {c}" },
  noCache: { ko: "읽기가 많은 경로에 캐시가 없습니다: {c}", en: "No cache on the read-heavy path: {c}" },
  noCacheFix: { ko: "{c} 사이에 캐시(Redis 등)를 두세요", en: "Put a cache (e.g. Redis) between {c}" },
  queueOk: {
    ko: "무거운 작업을 큐와 워커로 비동기 처리합니다: {c}",
    en: "Heavy work runs asynchronously through a queue and workers: {c}",
  },
  noQueue: {
    ko: "무거운 작업을 요청 안에서 동기로 처리합니다: {c}",
    en: "Heavy work runs synchronously inside requests: {c}",
  },
  noQueueFix: {
    ko: "{c}의 무거운 작업을 메시지 큐와 워커로 넘기세요",
    en: "Hand the heavy work of {c} to a message queue and workers",
  },
  lbOk: { ko: "로드밸런서로 수평 확장할 수 있습니다: {c}", en: "A load balancer allows scaling out: {c}" },
  cdnOk: {
    ko: "정적/미디어 콘텐츠를 CDN으로 전달합니다: {c}",
    en: "Static and media content is served through a CDN: {c}",
  },
  noCdn: { ko: "대용량 콘텐츠를 CDN 없이 전달합니다: {c}", en: "Large content is served without a CDN: {c}" },
  noCdnFix: { ko: "{c} 앞에 CDN을 두세요", en: "Put a CDN in front of {c}" },
  flowOk: { ko: "기대 흐름이 그려져 있습니다: {c}", en: "Expected flows are drawn: {c}" },
  flowMissing: { ko: "흐름이 이어지지 않습니다 - {k}: {c}", en: "A flow does not connect - {k}: {c}" },
  flowMissingFix: {
    ko: "{c}에서 시작하는 화살표로 흐름을 끝까지 이으세요",
    en: "Draw arrows from {c} through to the end of the flow",
  },
  noStorage: { ko: "저장소에 닿지 않는 흐름: {c}", en: "Flows that cannot reach storage: {c}" },
  noStorageFix: {
    ko: "{c}에서 데이터베이스/스토리지로 가는 연결을 그리세요",
    en: "Connect {c} to a database or storage",
  },
  queueUnwired: {
    ko: "큐에 생산자나 소비자가 없습니다: {c}",
    en: "A queue without a producer or a consumer: {c}",
  },
  queueUnwiredFix: {
    ko: "{c}에 메시지를 넣는 쪽과 꺼내는 워커를 연결하세요",
    en: "Connect who publishes to {c} and the workers that consume it",
  },
  undirected: { ko: "방향이 없는 연결이 있습니다: {c}", en: "Connections without a direction: {c}" },
  undirectedFix: {
    ko: "{c} 연결에 화살표로 요청 방향을 표시하세요",
    en: "Show the request direction on {c} with arrowheads",
  },
  monitoringOk: { ko: "모니터링이 있습니다: {c}", en: "Monitoring is in place: {c}" },
  empty: { ko: "그림에서 구성 요소를 찾지 못했습니다", en: "No components were found in the drawing" },
  emptyFix: {
    ko: "상자에 이름(예: API 서버, DB)을 쓰고 화살표로 연결하세요",
    en: "Draw labelled boxes (e.g. API server, DB) and connect them with arrows",
  },
  qSpof: { ko: "{c}이(가) 죽으면 요청은 어떻게 되나요?", en: "What happens to requests when {c} goes down?" },
  qCache: {
    ko: "읽기 트래픽이 10배로 늘면 {c}은(는) 어떻게 버티나요?",
    en: "How does {c} cope when read traffic grows tenfold?",
  },
  qCacheDown: {
    ko: "캐시({c})가 죽거나 비워지면 DB에는 무슨 일이 생기나요?",
    en: "If the cache ({c}) dies or is flushed, what happens to the database?",
  },
  qQueue: {
    ko: "{c}의 처리 시간이 길어지면 사용자 응답 시간은 어떻게 되나요?",
    en: "When the work in {c} gets slow, what happens to user response time?",
  },
  qAuth: {
    ko: "{c}에 누가 쓸 수 있는지 어떻게 확인하나요?",
    en: "How do you check who is allowed to write through {c}?",
  },
  qReplica: {
    ko: "{c}이(가) 손상되면 데이터를 어떻게 복구하나요?",
    en: "How do you recover data if {c} is lost?",
  },
  qClientDb: {
    ko: "클라이언트가 {c}에 직접 접근하면 어떤 보안 문제가 있나요?",
    en: "What security problems come from clients reaching {c} directly?",
  },
  qFlow: {
    ko: "{c}에서 시작한 요청이 어디에 저장되는지 설명해 주세요",
    en: "Walk me through where a request from {c} ends up being stored",
  },
  qQueueDown: {
    ko: "{c}에 메시지가 쌓이거나 중복되면 어떻게 처리하나요?",
    en: "How do you handle messages piling up or arriving twice in {c}?",
  },
} as const;
export type TextKey = keyof typeof TEXTS;

export function componentNames(components: readonly Component[], lang: Language): string {
  const names = components.slice(0, 4).map((c) => c.label || KIND_NAMES[c.kind][lang]);
  const more = components.length - names.length;
  return more > 0 ? `${names.join(", ")} (+${more})` : names.join(", ");
}

/** Korean particles written for either ending ("이(가)") take the form the word before them needs. */
const PAIRED_PARTICLE = /([가-힣])(이\(가\)|을\(를\)|와\(과\)|은\(는\))/g;
const FORMS: Record<string, [string, string]> = {
  "이(가)": ["이", "가"],
  "을(를)": ["을", "를"],
  "와(과)": ["과", "와"],
  "은(는)": ["은", "는"],
};
function withParticles(text: string): string {
  return text.replace(PAIRED_PARTICLE, (_, syllable: string, pair: string) => {
    const closed = (syllable.charCodeAt(0) - 0xac00) % 28 !== 0;
    const [afterConsonant, afterVowel] = FORMS[pair]!;
    return syllable + (closed ? afterConsonant : afterVowel);
  });
}

/** English articles for "a {k}": "an auth service", and none before mass nouns ("Consider monitoring"). */
const EN_ARTICLE: Partial<Record<string, string>> = {
  api_server: "an ",
  auth: "an ",
  external: "an ",
  other: "an ",
  object_storage: "",
  monitoring: "",
};

export function say(
  key: TextKey,
  lang: Language,
  components: readonly Component[] = [],
  kind?: ComponentKind | string,
): string {
  const k = kind ? ((KIND_NAMES as Record<string, { ko: string; en: string }>)[kind]?.[lang] ?? kind) : "";
  const article = (kind && EN_ARTICLE[kind]) ?? "a ";
  const text = TEXTS[key][lang]
    .replace("{c}", componentNames(components, lang))
    .replace("a {k}", `${article}{k}`)
    .replace("{k}", k);
  return lang === "ko" ? withParticles(text) : text;
}
