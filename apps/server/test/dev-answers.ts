import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface DevAnswer {
  id: string;
  group: string;
  language: "ko" | "en";
  category: string;
  question: string;
  answer: string;
  overall: number;
}

/** The repository's reference answers (packages/interview/data), used here as realistic candidate input. */
export function devAnswers(): DevAnswer[] {
  const path = fileURLToPath(
    new URL("../../../packages/interview/data/reference-answers.jsonl", import.meta.url),
  );
  return readFileSync(path, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as DevAnswer);
}

export function bestAndWorst(language: "ko" | "en") {
  const mine = devAnswers().filter((a) => a.language === language);
  const best = mine.filter((a) => a.overall === 5);
  const worst = mine.filter((a) => a.overall <= 2);
  return { best, worst };
}

/**
 * A strong self-introduction that answers every introduction question of the Korean bank (the first
 * question of every plan), for tests about what happens after a good answer.
 */
export const STRONG_KO_INTRO =
  "안녕하세요, 저는 5년 차 백엔드 개발자 김지원입니다. 저를 한 문장으로 표현하면 '측정하고 개선하는 개발자'이고, 키워드 세 가지는 꼼꼼함, 주도성, 협업입니다. 꼼꼼함은 결제 API의 응답 시간을 2.8초에서 0.4초로 줄일 때 APM으로 병목을 먼저 측정한 데서 드러났고, 주도성은 아무도 맡지 않던 장애 대응 매뉴얼을 제가 직접 만들어 장애 복구 시간을 절반으로 줄인 경험에서 보여 드릴 수 있습니다. 동료들은 저를 '질문이 많지만 끝까지 책임지는 사람'이라고 말합니다. 이력서에는 다 담지 못했지만 사내 스터디를 2년간 운영하며 후배들에게 코드 리뷰 문화를 전한 것도 제 강점입니다. 이런 경험을 살려 지원한 직무에서 대용량 트래픽을 안정적으로 처리하는 서비스를 만드는 데 기여하고 싶습니다.";
