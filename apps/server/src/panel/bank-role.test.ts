import { describe, expect, it } from "vitest";
import { bankRole } from "./bank-role";

describe("bankRole", () => {
  it("reads the bank's role from a job title in Korean or English", () => {
    expect(bankRole("backend")).toBe("backend");
    expect(bankRole("PM")).toBe("pm");
    expect(bankRole("백엔드 개발자")).toBe("backend");
    expect(bankRole("Senior Backend Engineer")).toBe("backend");
    expect(bankRole("프론트엔드 개발자 (React)")).toBe("frontend");
    expect(bankRole("Front-end developer")).toBe("frontend");
    expect(bankRole("데이터 분석가")).toBe("data");
    expect(bankRole("Machine learning engineer")).toBe("data");
    expect(bankRole("서비스 기획자")).toBe("pm");
    expect(bankRole("Product manager")).toBe("pm");
  });

  it("falls back to the general questions", () => {
    expect(bankRole(null)).toBe("general");
    expect(bankRole("영업 관리")).toBe("general");
    expect(bankRole("Accountant")).toBe("general");
  });
});
