/**
 * Technical vocabulary across the roles the studio interviews for (backend, frontend, data, pm, general).
 * An entry is a word stem matched at the start of a token ("cach" finds cache, cached, caching); a
 * trailing "$" or a stem under four letters (two syllables in Korean) asks for the whole token (plus an
 * English plural "s"). "_" joins the words of a phrase, each matched the same way.
 */
const EN = `
api endpoint rest$ graphql grpc http https tcp udp dns cdn websocket socket protocol latency throughput
bandwidth cach redis memcached kafka rabbitmq queue pubsub broker stream batch pipeline etl airflow spark
hadoop database sql nosql mysql postgres oracle mongodb dynamodb sqlite elasticsearch index queries query
schema transaction acid lock$ locks$ locking deadlock mutex semaphore thread multithread concurren parallel
asynchron async callback event-driven scheduler kernel syscall virtual memory heap stack garbage leak cpu
gpu disk ipc pipe pipes$ shard partition replica replication failover autoscal microservice monolith
container docker kubernetes k8s helm terraform aws gcp azure lambda serverless cloud deploy rollback
rollout canary jenkins monitor alert logging log metric prometheus grafana tracing observability profil
benchmark optimiz refactor debug emulator compiler runtime jvm gc algorithm complexity hash tree graph
b-tree linked array binary recursion encryption authenticat authoriz oauth jwt token cookie csrf xss
injection tls ssl firewall vulnerab react vue angular svelte next.js node.js node$ typescript javascript
java$ kotlin swift python golang rust spring django flask fastapi express nest.js redux render dom css
html browser frontend backend fullstack mobile android ios webview bundle webpack vite hydration accessib
responsive component hook$ hooks$ server framework library sdk middleware orm migration backfill pandas
numpy tensorflow pytorch model inference classifier classification clustering embedding vector overfit
dataset cohort retention conversion funnel kpi okr dashboard analytics sprint backlog roadmap jira agile
scrum on-call sla slo incident postmortem outage hotfix release version git linter formatter crash oom
out-of-memory timeout retry idempot scalab bottleneck n+1 ttl apm cpu-bound io-bound process mutexes
synchroniz registers$ hardware regression unit_test integration_test load_test load_balanc code_review
pull_request context_switch race_condition file_descriptor address_space test_matrix state_manag
thread_pool handshake certificate header pars resolver ip$ url$ dns cors normaliz denormaliz
isolation_level connection_pool garbage_collect event_loop closure hoisting virtual_dom load_balancer
packet routing hashing encrypt precision recall auc feature_engineering hypothes dau$ mau$ churn ltv$
prototype wireframe usability nps$ user_research requirement prd$ stakeholder multitask scheduling
eviction lru$ lfu$ stampede invalidat write-through write-back thread_pool slow_query query_log a_b ci_cd high_availability data_pipeline machine_learning
`;

const KO = `
서버 클라이언트 데이터베이스 디비 쿼리 인덱스 테이블 컬럼 칼럼 트랜잭션 캐시 캐싱 레디스 카프카 메시지_큐
스레드 쓰레드 프로세스 메모리 힙 스택 가비지 동시성 병렬 비동기 동기화 락 교착 데드락 뮤텍스 세마포어
네트워크 프로토콜 소켓 웹소켓 지연 처리량 응답_시간 응답_속도 병목 성능 최적화 튜닝 프로파일링
모니터링 로그 로깅 지표 메트릭 대시보드 배포 롤백 무중단 컨테이너 도커 쿠버네티스 클라우드 서버리스
마이크로서비스 모놀리식 아키텍처 설계 리팩터링 리팩토링 모듈 컴포넌트 라이브러리 프레임워크 알고리즘
자료구조 해시 트리 그래프 정렬 복잡도 재귀 암호화 인증 인가 토큰 세션 쿠키 보안 취약점 테스트 자동화
파이프라인 스트리밍 스키마 마이그레이션 샤딩 파티션 파티셔닝 복제 레플리카 장애 이중화 확장성 가용성
정합성 프론트엔드 백엔드 풀스택 렌더링 상태_관리 브라우저 반응형 접근성 번들 모바일 안드로이드 웹뷰
파이썬 자바 자바스크립트 타입스크립트 리액트 스프링 노드 오라클 모델 추론 머신러닝 딥러닝 임베딩 과적합
데이터셋 데이터_파이프라인 코호트 리텐션 전환율 퍼널 로드맵 백로그 스프린트 애자일 스크럼 코드 커밋
브랜치 머지 빌드 버전 릴리스 핫픽스 타임아웃 재시도 옵티마이저 카디널리티 스캔 조인 컴파일러 런타임
정규화 비정규화 격리_수준 커넥션_풀 가비지_컬렉션 이벤트_루프 클로저 가상_돔 로드_밸런서 오토스케일링
핸드셰이크 패킷 라우팅 헤더 인증서 해싱 정밀도 재현율 피처_엔지니어링 가설 프로토타입 와이어프레임 사용성
요구사항 이해관계자 적중률 무효화 만료 스탬피드 푸시 가상_메모리 커널 레지스터 트래픽 엔드포인트 기술_부채 애니메이션 단위_테스트 통합_테스트 부하_테스트
`;

export interface TechTerm {
  /** One pattern per word of the term. */
  words: readonly { stem: string; exact: boolean }[];
}

function parse(list: string, language: "ko" | "en"): TechTerm[] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((entry) => ({
      words: entry.split("_").map((word) => {
        const stem = word.replace(/\$$/, "");
        const short = language === "ko" ? stem.length < 2 : stem.length < 4;
        return { stem, exact: word.endsWith("$") || short };
      }),
    }));
}

export const TECH_TERMS = { en: parse(EN, "en"), ko: parse(KO, "ko") } as const;
