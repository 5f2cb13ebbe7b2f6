import type { Language } from "@studio/protocol";

/** What each part of a self-introduction sounds like, per language (tested on sentences). */
export interface IntroPatterns {
  /** Who the candidate is: a role, a field or a stage of career. */
  identity: RegExp;
  /** A claimed strength. */
  strength: RegExp;
  /** Evidence: a concrete result or achievement verb. */
  result: RegExp;
  /** The link to the role, team or company applied to. */
  roleLink: RegExp;
  /** A closing line: thanks, an aspiration, a promise. */
  closing: RegExp;
  /** Chronology markers: years, terms, schooling and job steps (many of them read as a resume list). */
  chronology: RegExp;
}

export const INTRO_PATTERNS: Record<Language, IntroPatterns> = {
  ko: {
    identity:
      /(개발자|엔지니어|기획자|디자이너|분석가|마케터|사이언티스트|매니저|리서처|PM|지원자|신입|경력|년차|연차|전공한|전공하|전공자|일해 온|하는 사람)/,
    strength: /(강점|장점|잘하는|자신 있|자신있|무기|역량|집요|꼼꼼|끈기|책임감|주도적)/,
    result:
      /(줄였|줄인|늘렸|늘린|높였|높인|개선|달성|출시|수상|구축|만들었|이끌었|해결|절감|단축|향상|성장시|기여했)/,
    roleLink: /(지원한|지원하게|지원 직무|직무|귀사|입사|합류|기여하|기여할|이곳|함께하고|함께 하고|포지션)/,
    closing:
      /(감사합니다|기여하겠|되겠습니다|하겠습니다|싶습니다|포부|함께하고|보탬이|최선을 다하|기대합니다|부탁드립니다)/,
    chronology:
      /((19|20)\d{2}|\d+\s?년\s?(차|간|동안)?|\d+\s?학년|학기|졸업|입학|재학|수료|인턴|재직했|근무했|다녔)/g,
  },
  en: {
    identity:
      /\b(engineers?|developer|designer|analyst|manager|scientist|researcher|marketer|PM|student|graduate)\b|\b(years? of|years? experience|background in|specializ)/i,
    strength: /\b(strength|strong at|good at|known for|skilled|what i do best|i bring|my edge|thrive)/i,
    result:
      /\b(reduced|increased|cut|grew|improved|launched|shipped|built|led|won|saved|raised|doubled|halved|delivered|scaled)\b/i,
    roleLink:
      /\b(this role|this position|your (\w+ ){0,2}team|your company|your product|your mission|join\b|joining|contribute|here at|applying|this team)/i,
    closing:
      /\b(thank|look forward|excited to|i'd love|i would love|i want to bring|contribute|hope to|eager to)/i,
    chronology:
      /\b((19|20)\d{2}|graduated|internship|intern at|then i|after that|afterwards|worked at|joined|moved to)\b/gi,
  },
};
