import { bareIn, boxIn, captioned, line, loose, wire } from "./excalidraw-grid";
import type { Pen } from "./excalidraw-pen";

// Storage and location problems drawn by hand: file storage and ride matching.

/** File storage, good: metadata in a DB with a standby, contents in S3 behind a CDN, post-upload work queued. */
async function fileStorageGood(pen: Pen) {
  await boxIn(pen, "r", "A1", "데스크톱 동기화 앱");
  await boxIn(pen, "r", "B1", "Nginx x2");
  await boxIn(pen, "r", "C1", "파일 API (JWT 검증)");
  await boxIn(pen, "o", "D1", "메타 DB");
  await boxIn(pen, "o", "D2", "스탠바이 DB");
  await boxIn(pen, "r", "A2", "CloudFront CDN");
  await boxIn(pen, "r", "A3", "S3 버킷 (SSE-KMS)");
  await boxIn(pen, "r", "B2", "Redis 메타 캐시");
  await boxIn(pen, "r", "C2", "업로드 완료 큐 (SQS)");
  await boxIn(pen, "r", "C3", "썸네일·백신 검사 워커");
  await pen.text({ x: 20, y: 425 }, "CloudWatch 알람");
  await pen.frame({ x: 545, y: 95 }, { x: 705, y: 290 }, "데이터 계층 (private)");
  await wire(pen, "A1", "B1", "HTTPS");
  await wire(pen, "B1", "C1");
  await wire(pen, "C1", "D1", "메타 저장");
  await loose(pen, "D1", "D2", { label: "동기 복제", gap: 8 });
  await wire(pen, "C1", "B2", "조회");
  await wire(pen, "C1", "C2", "업로드 완료");
  await wire(pen, "C2", "C3");
  await wire(pen, "C3", "A3", "썸네일 저장");
  await wire(pen, "A1", "A2", "HTTPS 다운로드");
  await loose(pen, "A2", "A3", { label: "origin", gap: 10 });
}

/** File storage, mediocre: uploads proxied through the API into S3; no CDN, no queue, no auth. */
async function fileStorageMediocre(pen: Pen) {
  await boxIn(pen, "r", "A1", "Web app");
  await boxIn(pen, "r", "B1", "Load balancer");
  await boxIn(pen, "r", "C1", "File API x2");
  await boxIn(pen, "r", "D1", "Files (S3)");
  await boxIn(pen, "o", "C3", "Metadata DB (MySQL)");
  await wire(pen, "A1", "B1");
  await wire(pen, "B1", "C1");
  await wire(pen, "C1", "D1", "upload (proxied)");
  await loose(pen, "C1", "C3", { gap: 8 });
}

/** File storage, poor: one file server writing files as BLOBs into MySQL, the PC joined by a plain line. */
async function fileStoragePoor(pen: Pen) {
  await bareIn(pen, "r", "A1", "사용자 PC");
  await boxIn(pen, "r", "C1", "파일 서버");
  await boxIn(pen, "o", "C3", "MySQL (파일 BLOB)");
  await line(pen, "A1", "C1");
  await loose(pen, "C1", "C3", { label: "INSERT BLOB", gap: 8 });
}

/** Ride matching, good: locations into a Redis GEO cluster, matches published to Kafka, settled by a worker. */
async function rideGood(pen: Pen) {
  await boxIn(pen, "r", "A1", "승객·기사 앱");
  await boxIn(pen, "r", "B1", "API 게이트웨이");
  await boxIn(pen, "r", "C1", "위치 서비스 x6");
  await boxIn(pen, "r", "D1", "Redis GEO 클러스터");
  await boxIn(pen, "r", "B2", "인증 (JWT)");
  await boxIn(pen, "r", "C2", "매칭 서비스 x3");
  await boxIn(pen, "r", "D2", "Kafka 운행 이벤트");
  await boxIn(pen, "o", "C3", "운행 DB");
  await boxIn(pen, "o", "B3", "운행 복제본");
  await boxIn(pen, "r", "D3", "정산 워커");
  await boxIn(pen, "r", "D4", "토스페이먼츠");
  await pen.text({ x: 20, y: 425 }, "Grafana 대시보드");
  await pen.frame({ x: 165, y: 290 }, { x: 540, y: 402 }, "VPC 내부망");
  await wire(pen, "A1", "B1", "위치 갱신 (WSS)");
  await wire(pen, "B1", "C1");
  await wire(pen, "B1", "B2");
  await wire(pen, "C1", "D1", "GEOADD");
  await wire(pen, "C1", "D2", "위치 이벤트");
  await wire(pen, "B1", "C2", "호출 요청");
  await wire(pen, "C2", "D1", "근처 기사 조회");
  await wire(pen, "C2", "D2", "매칭 완료");
  await wire(pen, "C2", "C3", "운행 기록");
  await wire(pen, "D2", "D3");
  await wire(pen, "D3", "D4", "결제 요청");
  await wire(pen, "D3", "C3", "정산 기록");
  await loose(pen, "C3", "B3", { label: "복제", gap: 8 });
}

/** Ride matching, mediocre: a dispatch service with a Redis location cache and one trips DB; no events, no auth. */
async function rideMediocre(pen: Pen) {
  await boxIn(pen, "r", "A1", "Rider & driver apps");
  await boxIn(pen, "r", "B1", "Nginx");
  await boxIn(pen, "r", "C1", "Dispatch service x3");
  await boxIn(pen, "o", "D1", "Trips DB (MySQL)");
  await boxIn(pen, "r", "C3", "Location cache (Redis)");
  await wire(pen, "A1", "B1");
  await wire(pen, "B1", "C1");
  await wire(pen, "C1", "D1", "save trip");
  await loose(pen, "C1", "C3", { label: "nearby drivers", gap: 10 });
}

/** Ride matching, poor: drivers post locations every second to one server writing a DB. */
async function ridePoor(pen: Pen) {
  await bareIn(pen, "r", "A1", "기사 앱");
  await captioned(pen, "C1", "배차 서버");
  await boxIn(pen, "o", "C3", "위치 DB");
  await wire(pen, "A1", "C1", "1초마다 위치 전송");
  await line(pen, "C1", "C3");
}

export const STORAGE_DRAWINGS: Record<string, (pen: Pen) => Promise<void>> = {
  "file-storage-good-ko": fileStorageGood,
  "file-storage-mediocre-en": fileStorageMediocre,
  "file-storage-poor-ko": fileStoragePoor,
  "ride-matching-good-ko": rideGood,
  "ride-matching-mediocre-en": rideMediocre,
  "ride-matching-poor-ko": ridePoor,
};
