import { L } from "../localized";
import type { ProblemDefinition } from "../problem";

export const fileStorage: ProblemDefinition = {
  id: "file-storage",
  difficulty: "hard",
  timeLimitMinutes: 45,
  title: L("파일 저장·공유 서비스", "File storage and sharing"),
  summary: L(
    "드롭박스처럼 파일을 올리고 여러 기기에서 동기화하고 공유합니다.",
    "Upload files, sync them across devices and share them, like Dropbox.",
  ),
  requirements: {
    functional: [
      L("최대 10 GB 파일 업로드/다운로드", "Upload and download files up to 10 GB"),
      L("기기 간 동기화와 버전 기록", "Sync across devices with version history"),
      L("링크 공유와 권한", "Sharing links and permissions"),
    ],
    scale: [
      L("사용자 5천만, 총 500 PB", "50 M users, 500 PB in total"),
      L("업로드 초당 1만 건", "10 k uploads/s"),
    ],
    constraints: [
      L("데이터 유실 불가 (내구성 11 nines)", "No data loss (11 nines durability)"),
      L("대용량은 재개 가능한 업로드", "Resumable uploads for large files"),
    ],
  },
  reference: {
    required: ["client", "load_balancer", "api_server", "database", "object_storage"],
    recommended: ["cdn", "queue", "worker", "auth", "replica", "cache"],
    flows: [
      {
        from: "client",
        to: "object_storage",
        text: L("파일 본문이 오브젝트 스토리지에 저장", "file contents land in object storage"),
      },
      {
        from: "client",
        to: "database",
        text: L("메타데이터가 DB에 저장", "metadata is stored in the database"),
      },
    ],
    traits: { readHeavy: true, heavyWork: true, sensitive: true, media: true },
    scalingRisks: [
      L("대용량 업로드를 API 서버가 중계", "API servers relaying huge uploads"),
      L("동기화 알림 폭주", "Floods of sync notifications"),
    ],
    securityConcerns: [
      L("공유 링크 권한과 만료", "Permissions and expiry of share links"),
      L("저장 데이터 암호화", "Encryption at rest"),
    ],
    followUps: [
      L(
        "큰 파일을 청크로 나누면 무엇이 좋아지나요?",
        "What do you gain from splitting large files into chunks?",
      ),
      L(
        "사전 서명 URL로 직접 업로드할 때 권한은 어떻게 확인하나요?",
        "With pre-signed URL uploads, how are permissions checked?",
      ),
      L(
        "두 기기에서 동시에 수정하면 충돌을 어떻게 처리하나요?",
        "How are conflicting edits from two devices resolved?",
      ),
    ],
  },
};

export const videoStreaming: ProblemDefinition = {
  id: "video-streaming",
  difficulty: "hard",
  timeLimitMinutes: 45,
  title: L("동영상 스트리밍", "Video streaming"),
  summary: L(
    "유튜브처럼 동영상을 올리고 트랜스코딩해 여러 화질로 스트리밍합니다.",
    "Upload videos, transcode them and stream them in several qualities, like YouTube.",
  ),
  requirements: {
    functional: [
      L("동영상 업로드와 트랜스코딩 (여러 해상도)", "Upload and transcode into several resolutions"),
      L("적응형 스트리밍 (HLS/DASH)", "Adaptive streaming (HLS/DASH)"),
      L("조회수와 검색", "View counts and search"),
    ],
    scale: [
      L("DAU 1억, 하루 업로드 50만 개", "100 M DAU, 500 k uploads a day"),
      L("동시 시청 1천만", "10 M concurrent viewers"),
    ],
    constraints: [
      L("재생 시작 < 2초", "Playback starts in < 2 s"),
      L("전송 비용 최소화", "Keep egress costs down"),
    ],
  },
  reference: {
    required: ["client", "api_server", "object_storage", "cdn", "queue", "worker", "database"],
    recommended: ["load_balancer", "cache", "search", "auth", "replica", "monitoring"],
    flows: [
      {
        from: "client",
        to: "object_storage",
        text: L("원본 업로드가 오브젝트 스토리지로", "original uploads go to object storage"),
      },
      {
        from: "queue",
        to: "worker",
        text: L("트랜스코딩 작업을 워커가 처리", "workers process transcoding jobs"),
      },
      { from: "client", to: "cdn", text: L("시청은 CDN에서", "viewing is served by the CDN") },
    ],
    traits: { readHeavy: true, heavyWork: true, sensitive: false, media: true },
    scalingRisks: [
      L("트랜스코딩 비용과 대기열 적체", "Transcoding cost and backlog"),
      L("CDN 미스 시 원본 부하", "Origin load on CDN misses"),
    ],
    securityConcerns: [
      L("비공개 영상의 서명 URL", "Signed URLs for private videos"),
      L("업로드 파일 검증", "Validating uploaded files"),
    ],
    followUps: [
      L("트랜스코딩 작업이 실패하면 어떻게 재시도하나요?", "How are failed transcoding jobs retried?"),
      L("인기 없는 영상도 모두 CDN에 올리나요?", "Do unpopular videos also go to the CDN?"),
      L("조회수를 정확하고 빠르게 집계하려면?", "How do you count views both fast and accurately?"),
    ],
  },
};

export const rideMatching: ProblemDefinition = {
  id: "ride-matching",
  difficulty: "hard",
  timeLimitMinutes: 45,
  title: L("차량 호출 매칭", "Ride matching"),
  summary: L(
    "우버/카카오T처럼 승객 근처의 기사를 찾아 배차합니다.",
    "Find drivers near a rider and dispatch one, like Uber.",
  ),
  requirements: {
    functional: [
      L("기사 위치를 4초마다 갱신", "Drivers report location every 4 s"),
      L("근처 기사 검색과 배차 요청", "Find nearby drivers and request a ride"),
      L("운행 상태 추적과 요금 결제", "Track the trip and charge the fare"),
    ],
    scale: [
      L("동시 운행 기사 100만, 위치 갱신 초당 25만", "1 M active drivers, 250 k location updates/s"),
      L("매칭 < 1초", "Matching < 1 s"),
    ],
    constraints: [
      L("한 기사에게 두 건 배차 금지", "Never dispatch one driver twice"),
      L("위치 정보는 민감 정보", "Locations are sensitive data"),
    ],
  },
  reference: {
    required: ["client", "load_balancer", "api_server", "cache", "database", "queue"],
    recommended: ["worker", "auth", "external", "replica", "monitoring"],
    flows: [
      {
        from: "client",
        to: "cache",
        text: L(
          "기사 위치가 위치 인덱스(Redis geo)에 갱신",
          "driver locations update the location index (Redis geo)",
        ),
      },
      {
        from: "client",
        to: "database",
        text: L("운행과 결제 기록이 DB에", "trips and payments are stored in the database"),
      },
    ],
    traits: { readHeavy: false, heavyWork: true, sensitive: true, media: false },
    scalingRisks: [
      L("위치 갱신 쓰기 폭주", "The write load of location updates"),
      L("인기 지역 핫스팟", "Hot spots in busy areas"),
    ],
    securityConcerns: [
      L("위치 데이터 접근 통제", "Access control on location data"),
      L("결제 정보 보호", "Protecting payment data"),
    ],
    followUps: [
      L(
        "근처 기사를 찾을 때 어떤 공간 인덱스(지오해시, 쿼드트리)를 쓰나요?",
        "Which spatial index (geohash, quadtree) finds nearby drivers?",
      ),
      L(
        "두 승객이 같은 기사에게 동시에 매칭되지 않게 하려면?",
        "How do you stop two riders being matched to the same driver?",
      ),
      L("위치 갱신을 모두 DB에 저장해야 하나요?", "Must every location update be stored in the database?"),
    ],
  },
};
