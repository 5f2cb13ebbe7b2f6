import { describe, expect, it } from "vitest";
import { assessSelfIntro } from "./assess-self-intro";
import { spokenUnits } from "./intro-length";

// About 290 syllables: identity line, one strength with a measured result, link to the role, closing.
const GOOD_KO =
  "안녕하십니까, 사용자 데이터를 근거로 서비스를 개선해 온 3년 차 백엔드 개발자 김민준입니다. " +
  "저의 가장 큰 강점은 문제를 끝까지 파고드는 집요함입니다. " +
  "이전 회사에서 정산 배치가 매일 밤 네 시간씩 걸려 아침 업무가 늦어지는 문제가 있었는데, 쿼리 실행 계획을 하나씩 분석해 병목이던 조인을 나누고 인덱스를 다시 설계했습니다. " +
  "그 결과 처리 시간을 60% 줄였고, 운영팀이 아침마다 수동으로 확인하던 일도 없앴습니다. " +
  "또한 장애가 났을 때 원인을 문서로 남기고 팀과 공유하는 습관 덕분에 같은 장애가 다시 나지 않도록 막을 수 있었습니다. " +
  "귀사의 결제 플랫폼 팀이 대용량 트래픽을 안정적으로 처리하는 데 집중하고 있다고 들었습니다. " +
  "입사하게 된다면 이런 집요함으로 결제 시스템의 안정성과 성능을 높이는 데 기여하겠습니다. 감사합니다.";

const SHORT_KO = "안녕하세요. 저는 김민준입니다. 열심히 하겠습니다.";

const RECITAL_KO =
  "저는 2015년에 한국대학교 컴퓨터공학과에 입학했습니다. 2019년에 졸업한 뒤 스타트업에서 인턴을 했습니다. " +
  "2020년에는 중견 기업에 입사해 2년간 근무했고, 2022년에는 지금 회사로 옮겨 재직하고 있습니다. " +
  "그동안 자바와 스프링, MySQL, 레디스, 쿠버네티스를 사용했습니다.";

const GOOD_EN =
  "Hi, I'm Sarah Kim, a frontend engineer with four years of experience building checkout flows for e-commerce. " +
  "What I do best is turning vague user complaints into measurable fixes. " +
  "At my last company, customers kept abandoning the payment page on mobile, so I traced the problem to a slow third-party script and a form that reset on every error. " +
  "I rebuilt the form with inline validation and deferred the script, and we cut checkout abandonment by 18 percent within a month. " +
  "I also set up a small performance budget in our CI so that regressions were caught before release, which kept our page load under two seconds for the rest of the year. " +
  "Your team is rebuilding its payment experience for a global audience, and that is exactly the kind of problem I enjoy. " +
  "I'd love to bring that same focus on users and numbers to this role. Thank you.";

const LONG_EN = `${GOOD_EN} ${GOOD_EN.replace("Hi, I'm Sarah Kim, ", "Again, ")}`;

describe("assessSelfIntro", () => {
  it("a well-built Korean one-minute introduction passes every check", () => {
    const a = assessSelfIntro({ answer: GOOD_KO, language: "ko" });
    expect(a.length.count).toBeGreaterThanOrEqual(250);
    expect(a.length.count).toBeLessThanOrEqual(350);
    expect(a.length.verdict).toBe("good");
    expect(a.checks).toMatchObject({
      opening: true,
      roleLink: true,
      closing: true,
      recital: false,
      strengthNamed: true,
    });
    expect(a.checks.evidence).toBeGreaterThanOrEqual(1);
    expect(a.improvements).toEqual([]);
  });

  it("a greeting and a name only: too short, no identity line, no evidence, no link", () => {
    const a = assessSelfIntro({ answer: SHORT_KO, language: "ko" });
    expect(a.length.verdict).toBe("too_short");
    expect(a.checks.opening).toBe(false);
    expect(a.checks.evidence).toBe(0);
    expect(a.checks.roleLink).toBe(false);
    expect(a.improvements.join(" ")).toMatch(/250~350음절/);
    expect(a.improvements.join(" ")).toMatch(/직무와 정체성/);
  });

  it("the resume read out year by year is flagged as a recital", () => {
    const a = assessSelfIntro({ answer: RECITAL_KO, language: "ko" });
    expect(a.checks.recital).toBe(true);
    expect(a.improvements.join(" ")).toMatch(/이력서를 시간 순서대로/);
    expect(assessSelfIntro({ answer: GOOD_KO, language: "ko" }).checks.recital).toBe(false);
  });

  it("English: a good introduction passes, twice as long is too long", () => {
    const good = assessSelfIntro({ answer: GOOD_EN, language: "en" });
    expect(good.length.unit).toBe("words");
    expect(good.length.verdict).toBe("good");
    expect(good.checks).toMatchObject({ opening: true, roleLink: true, closing: true, recital: false });
    const long = assessSelfIntro({ answer: LONG_EN, language: "en" });
    expect(long.length.verdict).toBe("too_long");
    expect(long.improvements.join(" ")).toMatch(/130-170 words/);
  });

  it("the spoken time decides the length when the answer was recorded", () => {
    expect(assessSelfIntro({ answer: GOOD_KO, language: "ko", durationMs: 100_000 }).length.verdict).toBe(
      "too_long",
    );
    expect(assessSelfIntro({ answer: SHORT_KO, language: "ko", durationMs: 62_000 }).length.verdict).toBe(
      "good",
    );
  });

  it("an introduction that ends mid-thought has no closing line", () => {
    const cut = GOOD_KO.replace(/입사하게 된다면.*$/, "");
    expect(assessSelfIntro({ answer: cut, language: "ko" }).checks.closing).toBe(false);
  });

  it("a greeting may come before the identity line; a past company is no link to the role", () => {
    const greeted =
      "안녕하십니까. 고객의 불편을 데이터로 찾아내는 프로덕트 매니저 지원자 이하늘입니다. 전 회사에서 온보딩 퍼널을 분석해 가입 완료율을 12%p 높였습니다.";
    const a = assessSelfIntro({ answer: greeted, language: "ko" });
    expect(a.checks.opening).toBe(true);
    expect(a.checks.roleLink).toBe(false);
  });

  it("English: a career told year by year is a recital, and 'joined' a past company is no link", () => {
    const told =
      "In 2015 I graduated from college. Then I joined Acme in 2016 as an intern. After that I worked at Beta from 2018 to 2021. In 2021 I moved to Gamma. I know Java, Python and SQL.";
    const a = assessSelfIntro({ answer: told, language: "en" });
    expect(a.checks).toMatchObject({ recital: true, opening: false, roleLink: false, closing: false });
    const linked =
      "I'm a data analyst with three years in e-commerce. I'd love to bring that to your growth team. Thank you.";
    expect(assessSelfIntro({ answer: linked, language: "en" }).checks).toMatchObject({
      opening: true,
      roleLink: true,
    });
  });

  it("counts Korean syllables with Latin words as about two syllables each", () => {
    expect(spokenUnits("저는 React 개발자입니다", "ko")).toBe(2 + 6 + 2);
    expect(spokenUnits("I'm a React developer", "en")).toBe(4);
  });
});
