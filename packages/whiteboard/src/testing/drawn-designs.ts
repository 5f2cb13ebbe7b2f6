import type { ComponentKind } from "@studio/protocol";
import { DELIVERY_DRAWN_DESIGNS } from "./drawn-designs-delivery";
import { MONEY_DRAWN_DESIGNS } from "./drawn-designs-money";
import { MORE_DRAWN_DESIGNS } from "./drawn-designs-more";
import { READ_DRAWN_DESIGNS } from "./drawn-designs-reads";
import { STORAGE_DRAWN_DESIGNS } from "./drawn-designs-storage";

/**
 * Designs drawn in Excalidraw itself with its own tools (e2e/excalidraw-drawn.test.ts records them into
 * ./excalidraw/): what a fair reader sees in each, by label, for the unit tests and the browser test.
 */
export interface DrawnDesign {
  name: string;
  problemId: string;
  language: "ko" | "en";
  quality: "good" | "mediocre" | "poor";
  components: Record<string, ComponentKind>;
  /** [from label, to label, arrow label?] */
  connections: [string, string, string?][];
}

export const DRAWN_DESIGNS: readonly DrawnDesign[] = [
  {
    name: "url-shortener-good-ko",
    problemId: "url-shortener",
    language: "ko",
    quality: "good",
    components: {
      "사용자 (브라우저)": "client",
      "로드밸런서 (ALB)": "load_balancer",
      "단축 API 서버 x3": "api_server",
      "Redis 캐시": "cache",
      "인증 서버 (JWT)": "auth",
      "MySQL 주 DB": "database",
      "읽기 복제본": "replica",
      "Prometheus 모니터링": "monitoring",
    },
    connections: [
      ["사용자 (브라우저)", "로드밸런서 (ALB)", "HTTPS"],
      ["로드밸런서 (ALB)", "단축 API 서버 x3"],
      ["로드밸런서 (ALB)", "인증 서버 (JWT)"],
      ["단축 API 서버 x3", "Redis 캐시"],
      ["단축 API 서버 x3", "MySQL 주 DB"],
      ["MySQL 주 DB", "읽기 복제본", "비동기 복제"],
    ],
  },
  {
    name: "url-shortener-poor-en",
    problemId: "url-shortener",
    language: "en",
    quality: "poor",
    components: { Client: "client", Server: "api_server", Database: "database" },
    connections: [
      ["Client", "Server"],
      ["Server", "Database"],
      ["Client", "Database"],
    ],
  },
  ...MORE_DRAWN_DESIGNS,
  ...READ_DRAWN_DESIGNS,
  ...DELIVERY_DRAWN_DESIGNS,
  ...STORAGE_DRAWN_DESIGNS,
  ...MONEY_DRAWN_DESIGNS,
];
