import { describe, expect, it } from "vitest";
import { uniqueProjects } from "./unique-projects";

const draft = (name: string, extra: Partial<{ company: string; period: string; role: string }> = {}) => ({
  name,
  lines: [name],
  ...extra,
});

describe("each project once", () => {
  it("joins a project read under its employer and again in a projects section, keeping both details", () => {
    const projects = uniqueProjects([
      draft("savings goals feature", { company: "Kettle Finance" }),
      draft("Compass design system", { company: "Fernway Travel" }),
      draft("Kettle Savings Goals", { period: "2019" }),
    ]);
    expect(projects.map((p) => p.name)).toEqual(["savings goals feature", "Compass design system"]);
    expect(projects[0]).toMatchObject({ company: "Kettle Finance", period: "2019" });
    expect(projects[0]!.lines).toEqual(["savings goals feature", "Kettle Savings Goals"]);
  });

  it("joins Korean names that differ by 프로젝트 or 기능 only", () => {
    const projects = uniqueProjects([
      draft("정산 배치 개선", { company: "배달한끼" }),
      draft("정산 배치 개선 프로젝트", { period: "2022.01~2022.06", role: "백엔드" }),
    ]);
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({ name: "정산 배치 개선", period: "2022.01~2022.06", role: "백엔드" });
  });

  it("keeps projects apart when their names say different things or their employers differ", () => {
    const names = uniqueProjects([
      draft("Payment API", { company: "Paycove" }),
      draft("Payment API v2", { company: "Paycove" }),
      draft("Search", { company: "Orbital Maps" }),
      draft("Search project", { company: "Kestrel Games" }),
    ]).map((p) => p.name);
    expect(names).toEqual(["Payment API", "Payment API v2", "Search", "Search project"]);
  });

  it("drops a name that is only its employer's", () => {
    expect(uniqueProjects([draft("Kettle Finance", { company: "Kettle Finance Inc." })])).toEqual([]);
    expect(uniqueProjects([draft("Kettle", { company: "Kettle Finance" })]).map((p) => p.name)).toEqual([
      "Kettle",
    ]);
  });
});
