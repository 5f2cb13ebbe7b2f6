/**
 * Names of languages, frameworks, data stores, platforms and tools as recruiters write them. A name
 * found anywhere in the resume is a skill; a skills list may name others the list does not know.
 */
const NAMES = `
Java Kotlin Scala Groovy Python Ruby PHP Perl Go Golang Rust Swift Objective-C Dart Elixir Erlang Haskell Clojure
C++ C# F# .NET ASP.NET Lua MATLAB Julia Solidity Bash Shell PowerShell TypeScript JavaScript HTML CSS Sass SCSS
SQL PL/SQL T-SQL GraphQL gRPC WebSocket WebRTC Protobuf Thrift OpenAPI Swagger
Spring|Spring Boot|Spring Batch|Spring Cloud|Spring Security|Spring Data JPA|Spring WebFlux|JPA|Hibernate|MyBatis|QueryDSL
Ktor|Micronaut|Quarkus|Vert.x|Django|Django REST Framework|Flask|FastAPI|Celery|SQLAlchemy|Pydantic|Rails|Ruby on Rails|Hotwire|Sinatra|Laravel|Symfony
Express|NestJS|Koa|Fastify|Hapi|Node.js|Deno|Bun|Gin|Echo|Fiber|Actix|Tokio|Axum|Phoenix
React|React Native|Next.js|Remix|Gatsby|Vue|Vue.js|Vue 3|Nuxt|Nuxt.js|Vuex|Pinia|Angular|AngularJS|Svelte|SvelteKit|SolidJS|jQuery|Redux|Redux Toolkit|MobX|Recoil|Zustand|Jotai
TanStack Query|React Query|SWR|Apollo|Apollo Client|Relay|Tailwind CSS|Bootstrap|Material UI|MUI|Chakra UI|styled-components|Emotion|Storybook|Chromatic
Webpack|Vite|Rollup|esbuild|Babel|Turborepo|Nx|Lerna|pnpm|Yarn|npm
Jest|Vitest|Mocha|Chai|Cypress|Playwright|Puppeteer|Selenium|Testing Library|JUnit|Mockito|Kotest|pytest|RSpec|XCTest|Espresso|Testcontainers|k6|JMeter|Locust|Gatling
Yjs|D3|D3.js|Three.js|Chart.js|ECharts|Highcharts|Leaflet|Mapbox|PWA|Lighthouse|Web Vitals
Jetpack Compose|Compose|Coroutines|Flow|Room|WorkManager|Retrofit|OkHttp|Dagger|Hilt|Koin|RxJava|RxJS|RxSwift|Kotlin Multiplatform|SwiftUI|UIKit|Combine|Core Data|CloudKit|Realm|Alamofire|Flutter|Xcode|Xcode Cloud|Fastlane|Expo
Firebase|Firebase Crashlytics|Crashlytics|Supabase|Amplify|AWS|AWS Lambda|Lambda|EC2|AWS EC2|S3|EKS|ECS|Fargate|RDS|DynamoDB|SQS|SNS|Kinesis|EMR|Glue|Athena|Redshift|CloudFront|CloudWatch|AWS Config|SageMaker|AWS SageMaker|Route 53|IAM|Step Functions|API Gateway
GCP|Google Cloud|BigQuery|Cloud Run|GKE|Pub/Sub|Dataflow|Vertex AI|Azure|AKS|Cloudflare|Vercel|Netlify|Heroku|Render|DigitalOcean
MySQL|MariaDB|PostgreSQL|Postgres|SQLite|Oracle|MSSQL|SQL Server|MongoDB|Redis|Memcached|Cassandra|ScyllaDB|HBase|CouchDB|Neo4j|Elasticsearch|OpenSearch|Solr|ClickHouse|Druid|Pinot|TimescaleDB|InfluxDB|Snowflake|Databricks|Trino|Presto|Hive|Impala|DuckDB|Prisma|TypeORM|Sequelize|Caffeine
Kafka|RabbitMQ|ActiveMQ|NATS|Pulsar|Kafka Streams|Spark|PySpark|Spark Structured Streaming|Flink|Hadoop|Airflow|Dagster|Prefect|dbt|Luigi|Beam|Debezium|Fivetran|Airbyte|Looker|Tableau|Power BI|Metabase|Superset|Redash|Excel|Google Sheets|Google Analytics|GA4|Amplitude|Mixpanel|Braze|Segment|Hotjar
pandas|NumPy|SciPy|scikit-learn|statsmodels|XGBoost|LightGBM|CatBoost|PyTorch|TensorFlow|Keras|JAX|Hugging Face|Hugging Face Transformers|Transformers|Sentence-Transformers|KoBERT|BERT|LangChain|LlamaIndex|OpenCV|spaCy|NLTK|ONNX|ONNX Runtime|TensorRT|Triton|Triton Inference Server|CUDA|Ray|MLflow|Kubeflow|Feast|Weights & Biases|Streamlit|Shiny|Jupyter|lifelines|PuLP|Gurobi|OR-Tools|FAISS|Milvus|Pinecone|BM25
Docker|Kubernetes|Helm|Kustomize|ArgoCD|Argo CD|Istio|Envoy|Linkerd|Terraform|Pulumi|Ansible|Packer|Vagrant|Puppet|Jenkins|GitHub Actions|GitLab CI|CircleCI|Travis CI|Bazel|Gradle|Maven|Spinnaker|Nginx|Apache|HAProxy|Tomcat|Linux|Ubuntu|Unix
Prometheus|Grafana|Loki|Tempo|Jaeger|OpenTelemetry|Datadog|New Relic|Sentry|ELK|Kibana|Logstash|Splunk|Nagios|Zabbix|PagerDuty|Wireshark|Burp Suite|Nmap|Metasploit|Vault
Alertmanager|Patroni|Consul|Nomad|ZooKeeper|Sidekiq|ESLint|Prettier|Prophet|Looker Studio|Shopify|Stripe|Twilio|Sendbird|Auth0|Keycloak|Postman|Insomnia
Apache Flink|Apache Kafka|Apache Spark|Apache Airflow|Apache Beam|Apache Iceberg|Iceberg|Apache Hudi|Hudi|Delta Lake|Android
JSP|Struts|iBATIS|Vitess|Pinpoint|Exposed|MockK|Pact|Pitest|Avro|Spock|Detekt|ArchUnit|TestRail|Konva|GSAP|HTMX|Alpine.js|Astro|Qwik|Tailwind|Strapi|WordPress|Drizzle|tRPC|Hono|Electron|Tauri|Ionic|Capacitor|Blazor|Xamarin
Riverpod|Bloc|GetX|go_router|Drift|ExoPlayer|Codemagic|Firebase Auth|Cloud Firestore|Firestore|Cloudflare Workers|Terraform Cloud|Karpenter|Thanos|Crossplane|Atlantis|VMware|AWS DMS|OpenStack
Great Expectations|Parquet|Polars|Dask|Metaflow|Kedro|Optimizely|LaunchDarkly|Statsig|Productboard|Retool|Godot|GDScript|FHIR|HL7
Git|GitHub|GitLab|Bitbucket|Jira|Confluence|Notion|Slack|Figma|Sketch|Zeplin|Adobe XD|Miro|Trello|Asana|Linear|Postman|Zapier|Salesforce|HubSpot|Bubble|Webflow|Unity|Unreal Engine|Boost.Asio|Photon Server|Qt|OpenGL|Vulkan|ROS
`;

export const TOOL_NAMES: readonly string[] = [
  ...new Set(
    NAMES.trim()
      .split("\n")
      .flatMap((row) => (row.includes("|") ? row.split("|") : row.split(" ")))
      .map((name) => name.trim())
      .filter(Boolean),
  ),
];

/** A maker's name before its product: "Apache Flink" is Flink, "AWS Lambda" is Lambda. */
export const VENDOR = /^(?:apache|aws|amazon|google|azure|microsoft|hashicorp|jetbrains)$/i;

/**
 * Names that are also ordinary words or letters ("Go", "Room", "Flow", "Combine", "Render"): found
 * only as written, with their capital, and not opening a sentence.
 */
export const WORD_LIKE = new Set(
  "Go Swift Rust Spring Flow Room Hive Ray Bubble Shiny Combine Express Flutter Lighthouse Puppet Notion Slack Excel Render Feast Triton Packer Loki Caffeine Hilt Dagger Jest Chef Linear Apache Echo Fiber Phoenix Beam Segment Compose Vault Tempo Emotion Relay Realm Expo Koa Hapi Bun Deno Gin Unity Sketch Miro Apollo Aurora Glue Lambda Druid Pinot Spark Flask Rails Remix Gatsby Vue Chai Mocha Locust Gatling Celery Qt Transformers Amplify Segment Linear Postman Trello Asana Astro Drift Bloc Exposed Pact Drizzle Electron Ionic Capacitor Spock".split(
    " ",
  ),
);
