import { describe, expect, it } from "vitest";
import { findMetricPhrase } from "./metric-phrase";

describe("findMetricPhrase", () => {
  it("quotes the words around a before-and-after number in Korean", () => {
    const phrase = findMetricPhrase(
      "캐시를 도입했습니다. 그 결과 응답 시간을 2.8초에서 0.4초로 줄였습니다.",
      "ko",
    );
    expect(phrase).toBe("응답 시간을 2.8초에서 0.4초로 줄였습니다");
  });

  it("prefers the sentence that measures most", () => {
    const phrase = findMetricPhrase(
      "I joined a team of 5. As a result, p95 latency went from 2.8s to 0.4s.",
      "en",
    );
    expect(phrase).toBe("latency went from 2.8s to 0.4s");
  });

  it("ignores years and answers without numbers", () => {
    expect(findMetricPhrase("2021년에 입사해서 결제 시스템을 맡았습니다.", "ko")).toBeNull();
    expect(findMetricPhrase("I worked hard on the p99 dashboard in 2023.", "en")).toBeNull();
  });
});
