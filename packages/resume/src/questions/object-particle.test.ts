import { describe, expect, it } from "vitest";
import { objectParticle } from "./object-particle";

describe("objectParticle", () => {
  it("follows the batchim of a Hangul last syllable", () => {
    expect(objectParticle("파이썬")).toBe("을");
    expect(objectParticle("레디스")).toBe("를");
    expect(objectParticle("정산 자동화 플랫폼")).toBe("을");
    expect(objectParticle("주문 알림 시스템")).toBe("을");
    expect(objectParticle("대시보드")).toBe("를");
  });

  it("reads Latin names as Korean says them", () => {
    const cases: Record<string, "을" | "를"> = {
      Redis: "를", // 레디스
      Kafka: "를", // 카프카
      Docker: "를", // 도커
      Kubernetes: "를", // 쿠버네티스
      React: "를", // 리액트
      TypeScript: "를", // 타입스크립트
      "Spring Boot": "를", // 스프링 부트
      Spring: "을", // 스프링
      Python: "을", // 파이썬
      Kotlin: "을", // 코틀린
      PostgreSQL: "을", // 포스트그레스큐엘
      MySQL: "을", // 마이에스큐엘
      SQL: "을", // 에스큐엘
      HTML: "을", // 에이치티엠엘
      AWS: "를", // 에이더블유에스
      JPA: "를", // 제이피에이
      gRPC: "를", // 지알피씨
      FastAPI: "를", // 패스트에이피아이
      "Node.js": "를", // 노드제이에스
      WebSocket: "을", // 웹소켓
      Webpack: "을", // 웹팩
      Storybook: "을", // 스토리북
      Git: "을", // 깃
      GitHub: "를", // 깃허브
      "GitHub Actions": "를", // 깃허브 액션스
      Go: "를", // 고
      Terraform: "을", // 테라폼
      Oracle: "을", // 오라클
      Airflow: "를", // 에어플로우
      Spark: "를", // 스파크
      Slack: "을", // 슬랙
      "C++": "을", // 씨플플
      "C#": "을", // 씨샵
      C: "를", // 씨
      R: "을", // 알
      "Vue 3": "을", // 뷰 삼
      "Python 2": "를", // 파이썬 이
    };
    for (const [name, particle] of Object.entries(cases)) {
      expect(`${name}${objectParticle(name)}`).toBe(`${name}${particle}`);
    }
  });
});
