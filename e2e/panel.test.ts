import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, signUpThroughApi, snap } from "./browser";
import { fakeMediaFiles } from "./fake-media";

const SCRIPT = {
  ko: {
    labels: {
      title: "제목",
      role: "직무",
      candidates: "지원자",
      say: "발언 내용을 입력하세요",
      answer: "답변을 입력하세요 (말하기 어려울 때)",
    },
    names: ["박지원", "최하늘"],
    job: "백엔드 개발자",
    question: "최근 프로젝트에서 성능 문제를 어떻게 해결했는지 구체적으로 설명해 주세요.",
    strong:
      "작년 결제 서비스에서 주문 조회 API 응답이 2초를 넘었습니다. 제가 실행 계획을 분석해 인덱스가 없는 전체 스캔을 찾았고, 복합 인덱스를 추가하고 N+1 쿼리를 조인으로 바꿨습니다. 그 결과 응답 시간이 150밀리초로 줄었습니다.",
    weak: "음... 잘 모르겠습니다.",
    note: "인덱스 설계 근거가 명확함",
    reportHeading: "지원자 비교",
  },
  en: {
    labels: {
      title: "Title",
      role: "Job role",
      candidates: "Candidates",
      say: "Type what was said",
      answer: "Type your answer (if you cannot speak)",
    },
    names: ["Ann Lee", "Ben Park"],
    job: "Senior backend engineer",
    question: "Tell us about a performance problem you solved in a recent project.",
    strong:
      "Our order API took over two seconds after a release. I profiled it and found an N+1 query in the order service, so I replaced it with a join and added a composite index. Latency dropped to 150 milliseconds and database CPU fell by 40 percent.",
    weak: "I like hiking on weekends and my dog enjoys long walks.",
    note: "Clear reasoning about the index",
    reportHeading: "Comparison",
  },
} as const;

describe("a live panel in three browser contexts", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    const media = fakeMediaFiles();
    server = await startAppServer({ PANEL_EVALUATION_INTERVAL_MS: "1000" });
    browser = await launchBrowser([
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-audio-capture=${media.audio}`,
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close({ removeData: true });
  });

  for (const lang of ["ko", "en"] as const) {
    it(`interviewer and two candidates: attributed transcript, notes, evaluations, report (${lang})`, async () => {
      const s = SCRIPT[lang];
      const locale = lang === "ko" ? "ko-KR" : "en-US";
      const contexts: BrowserContext[] = [];
      const open = async (width = 1440) => {
        const context = await browser.newContext({ locale, viewport: { width, height: 1000 } });
        await context.addInitScript((l) => localStorage.setItem("studio.language", l), lang);
        contexts.push(context);
        const page = await context.newPage();
        return { page, errors: collectPageErrors(page) };
      };
      const lead = await open();
      lead.page.on("dialog", (dialog) => void dialog.accept());
      await signUpThroughApi(lead.page, server.url, lang === "ko" ? "김면접" : "Kim Lead");
      await lead.page.goto(`${server.url}/panel/new`);
      await lead.page
        .getByLabel(s.labels.title, { exact: true })
        .fill(lang === "ko" ? "백엔드 1차 패널" : "Backend panel, round 1");
      await lead.page.getByLabel(s.labels.role, { exact: true }).fill(s.job);
      await lead.page.getByLabel(`${s.labels.candidates} 1`, { exact: true }).fill(s.names[0]);
      await lead.page.getByLabel(`${s.labels.candidates} 2`, { exact: true }).fill(s.names[1]);
      await lead.page.getByTestId("panel-create").click();
      const links = lead.page.getByTestId("panel-invites");
      await links.waitFor();
      const linkOf = (name: string) => links.locator(`li[data-name="${name}"] input`).inputValue();
      const [urlA, urlB] = [await linkOf(s.names[0]), await linkOf(s.names[1])];
      await snap(lead.page, `panel-invites-${lang}`);
      await lead.page.getByTestId("panel-open-room").click();
      await lead.page.getByTestId("interviewer-view").waitFor();
      // The job typed at creation picks the question bank's role (backend questions mention APIs or servers).
      const bank = lead.page.getByTestId("question-bank");
      await bank.locator("button").first().waitFor();
      expect(await bank.innerText()).toMatch(/API|서버|server/i);

      const a = await open(900);
      const b = await open(900);
      await a.page.goto(urlA);
      await b.page.goto(urlB);
      await a.page.getByTestId("candidate-view").waitFor();
      await b.page.getByTestId("candidate-view").waitFor();

      await lead.page.getByLabel(s.labels.say, { exact: true }).fill(s.question);
      await lead.page.getByLabel(s.labels.say, { exact: true }).press("Enter");
      await a.page.getByText(s.question).waitFor();
      await a.page.getByLabel(s.labels.answer).fill(s.strong);
      await a.page.getByLabel(s.labels.answer).press("Enter");
      await b.page.getByLabel(s.labels.answer).fill(s.weak);
      await b.page.getByLabel(s.labels.answer).press("Enter");

      const transcript = lead.page.getByTestId("panel-transcript");
      try {
        await transcript.locator(`li[data-speaker="${s.names[1]}"]`).waitFor();
      } catch (error) {
        for (const [name, p] of Object.entries({ lead, a, b })) {
          await snap(p.page, `panel-failed-${name}-${lang}`);
          console.log(name, p.errors);
        }
        throw error;
      }
      expect(await transcript.locator(`li[data-speaker="${s.names[0]}"]`).innerText()).toContain(
        s.strong.slice(0, 20),
      );
      const columnA = lead.page.getByTestId(`candidate-${s.names[0]}`);
      await columnA.getByRole("textbox").fill(s.note);
      await columnA.getByRole("textbox").press("Enter");
      await columnA.getByTestId("candidate-notes").getByText(s.note).waitFor();
      // The periodic evaluation reaches the interviewer's columns; never the candidates.
      await columnA.getByTestId("candidate-scores").waitFor();
      await lead.page.getByTestId(`candidate-${s.names[1]}`).getByTestId("candidate-scores").waitFor();
      expect(await a.page.getByTestId("candidate-scores").count()).toBe(0);
      expect(await b.page.getByText(s.strong.slice(0, 20)).count()).toBe(0);
      await snap(lead.page, `panel-interviewer-${lang}`);
      await snap(a.page, `panel-candidate-${lang}`);

      await lead.page.getByTestId("panel-end").click();
      await a.page.getByTestId("candidate-ended").waitFor();
      await lead.page.getByRole("link", { name: lang === "ko" ? "리포트 열기" : "Open the report" }).click();
      const table = lead.page.getByTestId("panel-comparison");
      await table.waitFor();
      const rows = await table.locator("tbody tr th").allInnerTexts();
      expect(rows).toEqual([s.names[0], s.names[1]]); // best average first
      await lead.page.getByTestId(`report-${s.names[0]}`).getByText(s.note).waitFor();
      await lead.page.getByText(s.reportHeading, { exact: true }).waitFor();
      await snap(lead.page, `panel-report-${lang}`);

      expect(lead.errors).toEqual([]);
      // Candidates are signed out: the layout's sign-in probe (/api/auth/me) answers 401, nothing else may fail.
      const SIGNED_OUT = "Failed to load resource: the server responded with a status of 401 (Unauthorized)";
      for (const p of [a, b]) expect(p.errors.filter((e) => e !== SIGNED_OUT)).toEqual([]);
      for (const context of contexts) await context.close();
    });
  }
});
