import { bareIn, boxIn, line, loose, wire } from "./excalidraw-grid";
import type { Pen } from "./excalidraw-pen";

// Delivery-heavy problems drawn by hand: notifications and video streaming.

/** Notifications, good: requests queued in SQS, senders scaled out to FCM/APNs/SMS, a replicated log DB. */
async function notificationGood(pen: Pen) {
  await boxIn(pen, "r", "A1", "캠페인 콘솔 (웹)");
  await boxIn(pen, "r", "B1", "API 게이트웨이");
  await boxIn(pen, "r", "C1", "알림 API 서버 x3");
  await boxIn(pen, "r", "D1", "SQS 발송 큐");
  await boxIn(pen, "r", "B2", "OAuth 인증");
  await boxIn(pen, "r", "C2", "Redis 클러스터");
  await boxIn(pen, "r", "D2", "발송 워커 x8");
  await boxIn(pen, "r", "C3", "발송 이력 DB");
  await boxIn(pen, "o", "B3", "이력 복제본");
  await boxIn(pen, "r", "D3", "FCM · APNs · SMS");
  await pen.text({ x: 20, y: 425 }, "Datadog 알람");
  await pen.frame({ x: 170, y: 195 }, { x: 535, y: 390 }, "내부망 (VPC)");
  await wire(pen, "A1", "B1", "HTTPS");
  await wire(pen, "B1", "C1");
  await wire(pen, "B1", "B2");
  await wire(pen, "C1", "D1", "적재");
  await wire(pen, "D1", "D2");
  await loose(pen, "C1", "C2", { label: "수신 설정 조회", gap: 10 });
  await wire(pen, "D2", "C3", "이력 기록");
  await wire(pen, "D2", "D3", "발송");
  await loose(pen, "C3", "B3", { label: "비동기 복제", gap: 8 });
}

/** Notifications, mediocre: a cron job polls the database and calls the provider; no queue, no auth. */
async function notificationMediocre(pen: Pen) {
  await boxIn(pen, "r", "A1", "Admin web");
  await boxIn(pen, "r", "B1", "Notify API");
  await boxIn(pen, "o", "C1", "Notifications DB");
  await boxIn(pen, "r", "C2", "Cron job (every 1m)");
  await boxIn(pen, "r", "D2", "FCM / SMS provider");
  await wire(pen, "A1", "B1");
  await wire(pen, "B1", "C1", "insert");
  await loose(pen, "C2", "C1", { label: "poll", gap: 6 });
  await wire(pen, "C2", "D2", "send");
}

/** Notifications, poor: one server calling the SMS vendor while the app waits, the member DB on a plain line. */
async function notificationPoor(pen: Pen) {
  await bareIn(pen, "r", "A1", "모바일 앱");
  await boxIn(pen, "r", "C1", "알림 서버");
  await boxIn(pen, "r", "D1", "문자 발송 업체");
  await boxIn(pen, "o", "C3", "회원 DB");
  await wire(pen, "A1", "C1");
  await loose(pen, "C1", "D1", { label: "동기 호출", gap: 10 });
  await line(pen, "C1", "C3");
}

/** Video, good: presigned uploads to S3, SQS jobs for transcoders, HLS renditions through a CDN. */
async function videoGood(pen: Pen) {
  await boxIn(pen, "r", "A1", "Viewers");
  await boxIn(pen, "r", "B1", "API gateway");
  await boxIn(pen, "r", "C1", "Upload API x6");
  await boxIn(pen, "r", "D1", "S3 raw");
  await boxIn(pen, "r", "A2", "CDN (HLS)");
  await boxIn(pen, "r", "B2", "OAuth");
  await boxIn(pen, "r", "C2", "Redis cluster");
  await boxIn(pen, "r", "D2", "SQS job queue");
  await boxIn(pen, "r", "A3", "S3 HLS");
  await boxIn(pen, "r", "C3", "Transcoders x20");
  await boxIn(pen, "o", "D3", "Video DB");
  await boxIn(pen, "o", "D4", "Replica");
  await boxIn(pen, "r", "C4", "Search (ES)");
  await pen.text({ x: 190, y: 425 }, "Prometheus");
  await pen.frame({ x: 350, y: 195 }, { x: 705, y: 482 }, "Private VPC");
  await wire(pen, "A1", "B1", "TLS");
  await wire(pen, "B1", "C1");
  await wire(pen, "B1", "B2");
  await wire(pen, "C1", "D1", "presign");
  await wire(pen, "D1", "D2", "event");
  await wire(pen, "D2", "C3");
  await wire(pen, "C3", "A3", "renditions");
  await wire(pen, "A1", "A2", "watch");
  await loose(pen, "A2", "A3", { label: "origin", gap: 8 });
  await wire(pen, "C1", "C2", "info");
  await loose(pen, "C2", "D3", { label: "miss", gap: 10 });
  await wire(pen, "C3", "D3", "ready");
  await loose(pen, "D3", "D4", { label: "async", gap: 8 });
  await wire(pen, "C3", "C4", "index");
}

/** Video, mediocre: uploads to S3 and a transcoding server called synchronously; no queue, no CDN. */
async function videoMediocre(pen: Pen) {
  await boxIn(pen, "r", "A1", "시청자 앱");
  await boxIn(pen, "r", "B1", "L7 LB");
  await boxIn(pen, "r", "C1", "영상 API 서버 x2");
  await boxIn(pen, "r", "D1", "S3 원본 저장소");
  await boxIn(pen, "o", "C3", "메타데이터 DB");
  await boxIn(pen, "r", "D2", "트랜스코딩 서버");
  await wire(pen, "A1", "B1", "업로드/재생");
  await wire(pen, "B1", "C1");
  await wire(pen, "C1", "D1", "원본 업로드");
  await wire(pen, "C1", "C3");
  await loose(pen, "C1", "D2", { label: "동기 호출", gap: 8 });
  await wire(pen, "D2", "D1", "변환본 저장");
}

/** Video, poor: one server streams MP4s kept in a database; a transcoder drawn but never wired. */
async function videoPoor(pen: Pen) {
  await boxIn(pen, "r", "A1", "Viewer");
  await boxIn(pen, "r", "C1", "Video server");
  await boxIn(pen, "o", "C3", "Videos DB");
  await boxIn(pen, "r", "D1", "Transcoder");
  await wire(pen, "A1", "C1", "stream mp4");
  await loose(pen, "C1", "C3", { gap: 8 });
}

export const DELIVERY_DRAWINGS: Record<string, (pen: Pen) => Promise<void>> = {
  "notification-good-ko": notificationGood,
  "notification-mediocre-en": notificationMediocre,
  "notification-poor-ko": notificationPoor,
  "video-streaming-good-en": videoGood,
  "video-streaming-mediocre-ko": videoMediocre,
  "video-streaming-poor-en": videoPoor,
};
