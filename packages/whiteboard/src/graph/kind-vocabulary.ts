import type { ComponentKind } from "@studio/protocol";

/** Terms are written as one string each, separated by "|", to keep the lists readable. */
const terms = (list: string): string[] => list.split("|");

/**
 * Words and product names that name each kind, in Korean and English (lower case). Latin terms match whole
 * words (plurals too); Korean terms match anywhere, since labels glue words together ("Redis캐시").
 */
export const KIND_TERMS: Record<Exclude<ComponentKind, "other">, readonly string[]> = {
  client: terms(
    "client|user|browser|mobile|mobile app|web app|web client|ios|android|frontend|front-end|spa|app|" +
      "customer|driver|rider|passenger|viewer|sender|receiver|seller|buyer|device|iot|smart tv|판매자|구매자|기기|디바이스|단말|안드로이드|admin|관리자|운영자|클라이언트|사용자|유저|브라우저|모바일|앱|고객|기사|승객|시청자|" +
      "프론트엔드|웹앱|web|page|checkout|웹|페이지|website|web site|웹사이트|홈페이지",
  ),
  load_balancer: terms(
    "load balancer|loadbalancer|lb|dns|route 53|route53|geodns|alb|elb|nlb|glb|nginx|haproxy|envoy|traefik|api gateway|gateway|" +
      "reverse proxy|ingress|gslb|인그레스|엔진엑스|l4|l7|kong|waf|web application firewall|firewall|방화벽|로드밸런서|로드 밸런서|부하분산|부하 분산|게이트웨이|리버스 프록시|프록시",
  ),
  api_server: terms(
    "api server|app server|application server|web server|backend|back-end|was|api|rest api|spring|snowflake|" +
      "spring boot|django|express|node.js|nodejs|flask|fastapi|rails|microservice|websocket server|" +
      "websocket|grpc server|람다|tomcat|ec2|lambda|pod|웹서버|웹 서버|api 서버|애플리케이션 서버|백엔드|마이크로서비스|웹소켓",
  ),
  database: terms(
    "db|database|mysql|postgres|postgresql|rds|aurora|dynamodb|dynamo|mongodb|mongo|cassandra|scylla|store|kv|kv store|key-value store|key value store|key-value|datastore|data store|키-값|키값|" +
      "oracle|mariadb|sql|nosql|hbase|bigtable|spanner|cockroachdb|primary|master|storage|" +
      "metadata store|shard|샤드|카산드라|오로라|포스트그레스|포스트그레|다이나모|몽고|ledger|neo4j|graph db|graph database|neptune|janusgraph|social graph|소셜 그래프|그래프 db|warehouse|data warehouse|data lake|redshift|bigquery|hdfs|clickhouse|rdbms|timescaledb|influxdb|데이터베이스|디비|저장소|원장|메타데이터",
  ),
  replica: terms(
    "replica|read replica|replication|slave|standby|secondary|read-only|복제|복제본|레플리카|슬레이브|" +
      "읽기 전용|스탠바이|세컨더리|보조 db|보조 디비|read db|read-only db|읽기 db|읽기용 db|조회 db|조회용 db",
  ),
  cache: terms(
    "cache|cache db|캐시 db|caching|캐싱|redis|memcached|memcache|elasticache|valkey|in-memory|캐시|레디스|멤캐시",
  ),
  queue: terms(
    "queue|message queue|kafka|rabbitmq|sqs|sns|kinesis|pub/sub|pubsub|pub sub|mq|broker|message broker|nats|" +
      "event bus|eventbridge|dlq|dead letter queue|stream|cdc|change data capture|debezium|binlog|topic|pulsar|activemq|waiting room|큐|메시지 큐|메세지 큐|카프카|이벤트 버스|브로커|토픽|스트림|대기열|대기실",
  ),
  worker: terms(
    "worker|consumer|batch|job|cron|processor|transcoder|encoder|background|scheduler|fan-out|fanout|hadoop|mapreduce|video processing|image processing|media processing|packager|segmenter|thumbnail|썸네일|영상 처리|이미지 처리|" +
      "pipeline|spark|크론|flink|sidekiq|celery|dispatcher|워커|컨슈머|배치|트랜스코더|트랜스코딩|인코더|인코딩|백그라운드|스케줄러|팬아웃|처리기",
  ),
  object_storage: terms(
    "s3|object storage|blob|blob storage|gcs|cloud storage|minio|file storage|bucket|azure blob|" +
      "object store|file server|nas|glacier|cold storage|archive|아카이브|콜드 스토리지|video storage|media storage|image storage|photo storage|video store|media store|image store|동영상 저장소|영상 저장소|미디어 저장소|이미지 저장소|사진 저장소|오브젝트 스토리지|객체 저장소|객체 스토리지|파일 저장소|파일 스토리지|버킷",
  ),
  cdn: terms(
    "cdn|cloudfront|akamai|cloudflare|fastly|클라우드프론트|클라우드플레어|아카마이|edge|edge cache|엣지|콘텐츠 전송",
  ),
  auth: terms(
    "auth|authentication|authorization|oauth|oauth2|jwt|iam|cognito|keycloak|sso|login|identity|kms|vault|secrets manager|secret manager|hsm|키 관리|" +
      "token service|auth0|okta|코그니토|키클록|키클로크|인증|인가|로그인|토큰|권한",
  ),
  search: terms(
    "search|search db|검색 db|elasticsearch|elastic search|elastic|opensearch|solr|lucene|trie|autocomplete|typeahead|엘라스틱서치|엘라스틱 서치|일래스틱서치|오픈서치|" +
      "suggest|suggestion|index|indexer|검색|자동완성|자동 완성|색인|트라이|인덱스",
  ),
  monitoring: terms(
    "monitoring|monitor|prometheus|grafana|datadog|cloudwatch|metrics|logging|logs|elk|kibana|log|log collector|로그 수집|" +
      "alerting|alertmanager|프로메테우스|그라파나|데이터독|센트리|pagerduty|opentelemetry|otel|apm|splunk|logstash|fluentd|fluent bit|tracing|jaeger|sentry|new relic|observability|loki|모니터링|로그|로깅|메트릭|관제|지표",
  ),
  external: terms(
    "external|3rd party|third party|third-party|pg|payment gateway|stripe|toss|paypal|fcm|apns|sms|firebase|sms gateway|email gateway|mailgun|payment provider|payment processor|psp|포트원|아임포트|이니시스|카카오페이|네이버페이|토스페이먼츠|" +
      "twilio|sendgrid|ses|email provider|smtp|google maps|maps api|map api|지도 api|카드사 api|sms 게이트웨이|문자 게이트웨이|bank|card network|visa|외부|pg사|" +
      "bank api|partner api|vendor api|외부 api|제휴사 api|제휴사|partner|파트너사|알림톡|apple push|이메일 발송|메일 발송|결제 대행|결제대행|카드사|은행|푸시 서버|문자",
  ),
};

/** Words that say "some service" without saying which: they name an API server only when nothing else fits. */
export const GENERIC_SERVER_TERMS: readonly string[] = [
  "server",
  "service",
  "svc",
  "generator",
  "kgs",
  "servers",
  "handler",
  "engine",
  "middleware",
  "instance",
  "서버",
  "서비스",
  "인스턴스",
  "생성기",
  "presence",
  "fraud",
  "사기 탐지",
  "webhook",
  "웹훅",
  "블로그",
  "카탈로그",
  "큐레이션",
  "시큐리티",
  "auto scaling group",
  "asg",
  "kubernetes",
  "k8s",
  "eks",
  "ecs",
  "gke",
  "container",
  "컨테이너",
  "쿠버네티스",
];

/** When two kinds end at the same place in a label, the earlier one here wins. */
export const KIND_PRIORITY: readonly ComponentKind[] = [
  "replica",
  "cdn",
  "object_storage",
  "search",
  "queue",
  "cache",
  "database",
  "auth",
  "monitoring",
  "load_balancer",
  "worker",
  "external",
  "api_server",
  "client",
];

/** Product names: they say what a box is more surely than the words around them ("Kafka search logs"). */
export const PRODUCT_NAMES = new Set([
  "nginx",
  "haproxy",
  "envoy",
  "traefik",
  "kong",
  "alb",
  "elb",
  "nlb",
  "redis",
  "memcached",
  "elasticache",
  "valkey",
  "kafka",
  "rabbitmq",
  "sqs",
  "sns",
  "kinesis",
  "nats",
  "pulsar",
  "activemq",
  "mysql",
  "postgres",
  "postgresql",
  "rds",
  "aurora",
  "dynamodb",
  "mongodb",
  "mongo",
  "cassandra",
  "scylla",
  "oracle",
  "mariadb",
  "hbase",
  "bigtable",
  "spanner",
  "cockroachdb",
  "s3",
  "gcs",
  "minio",
  "cloudfront",
  "akamai",
  "cloudflare",
  "fastly",
  "elasticsearch",
  "opensearch",
  "solr",
  "prometheus",
  "grafana",
  "datadog",
  "cloudwatch",
  "sentry",
  "jaeger",
  "kibana",
  "loki",
  "cognito",
  "keycloak",
  "auth0",
  "okta",
  "fcm",
  "apns",
  "twilio",
  "sendgrid",
  "stripe",
  "toss",
  "paypal",
  "spring",
  "django",
  "express",
  "flask",
  "fastapi",
  "rails",
  "tomcat",
  "spark",
  "flink",
  "celery",
  "sidekiq",
  "카프카",
  "레디스",
  "카산드라",
  "오로라",
  "포스트그레스",
  "포스트그레",
  "다이나모",
  "몽고",
  "클라우드프론트",
  "클라우드플레어",
  "아카마이",
  "코그니토",
  "키클록",
  "키클로크",
  "프로메테우스",
  "그라파나",
  "데이터독",
  "센트리",
  "엔진엑스",
]);
