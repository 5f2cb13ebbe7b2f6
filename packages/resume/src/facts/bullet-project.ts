import { findDates } from "./find-dates";

// "[프로젝트] 디자인 시스템 구축", "주요 프로젝트: 소수점 주식 거래 출시", "Project: Harbor".
const TAG =
  /^(?:[[【](?:프로젝트\s*명?|project(?:\s*name)?)[\]】]|(?:[가-힣]{1,6}\s*)?프로젝트\s*명?\s*[:：—–]|(?:(?:key|main|major|side|featured)\s+)?project\s*[:：—–])\s*/iu;
// Labels of a project's detail rows, never a project's name.
const DETAIL_LABEL =
  /^(?:역할|담당|담당 ?업무|기술|사용 ?기술|기술 ?스택|성과|결과|기간|팀 ?구성|내용|주요 ?업무|업무|role|tech(?:nologies|nology| stack)?|stack|tools|results?|impact|outcome|team|period|responsibilities|duration|summary|languages|frameworks)$/iu;
const VERB_LED =
  /^(?:built|launched|led|designed|redesigned|developed|created|shipped|implemented|architected|delivered|rebuilt|founded|set up|owned(?=\s+the\s+.+?\sproject\b))(?:\s+and\s+[a-z]+ed)?\s+(?:(a|an|the|our)\s+)?(.+?)(?=\s+(?:in|with|using|that|which|used|across|to|on|at|from|by|so|for(?=\s+\d)|end)\s|[,;:(—–]|$)/i;
// Two or more capitalised words opening an English bullet: "Offline Trip Recording with Room …".
const TITLE_RUN =
  /^((?:[A-Z][\w.+#-]*|&)(?:\s+(?:[A-Z][\w.+#-]*|&|and|of|for|to)){1,5})(?=\s+(?:with|in|for|on|using|across|at|via|from|to|rewritten|built|migrated|powered|serving|that|which)\b|\s*[:(—–;,])/;
const PAST_VERB = /^(?:[A-Z][a-z]+ed|Ran|Led|Built|Wrote|Cut|Held|Made|Took|Grew|Won|Set|Ran|Owned)\b/;
// "정산 배치 개선 (2022.01~2022.06): …" "농장 모니터링 앱 리뉴얼: …" "투자 알림 개인화 — …"
const NAMED = /^(.{2,48}?)\s*(?:\(([^)]*)\))?\s*(?:[:：]|\s[—–-]\s)\s*\S/u;
// "게임 커뮤니티 앱 개발, … MAU 12만": a Korean noun phrase ending in the work done, then results.
const KO_WORK =
  /^((?:[^\s,]+\s){1,6}?(?:개발|구축|재구축|출시|도입|전환|리뉴얼|개편|통합|자동화|고도화|기획|설계|이전))(?:\s*[,:]\s*)(.*\d.*)$/u;
// "Core programmer on Pocket Harbor (iOS/Android, Unity, C#)": the title a role was held on.
const ON_TITLE =
  /^(?:\p{L}+\s){0,2}(?:programmer|engineer|developer|designer|lead|artist|producer)\s+on\s+((?:\p{Lu}[\p{L}\d'-]*\s?){1,4})(?=\s*[(,;:]|\s[—–]\s)/u;
// "의무기록 요약 모델 MedSum 개발": a thing built, named in Latin letters before the work done.
const KO_LATIN_NAME =
  /(?:모델|서비스|앱|플랫폼|시스템|도구|툴|라이브러리|엔진|봇|프레임워크|게임)\s+(\p{Lu}[\w.-]{2,30})\s+(?:개발|구축|출시|설계|운영)(?=\s|$)/u;
// "차량 호출 앱 '콜버디' 리뷰 작성 기능 개발": a feature of a named product, the work ending the line.
const KO_QUOTED_FEATURE =
  /['‘"“]([^'’"”]{2,20})['’"”]\s+((?:[가-힣A-Za-z]+\s){0,4}(?:개발|구축|도입|개편|리뉴얼|고도화))$/u;
const PARTICLE = /(?:으로|로|를|을|와|과|에서)$/u;

const words = (text: string) => text.trim().split(/\s+/);

// A number with its change is a result, not a name: "매출 20% 증가", "이탈률 15%p 감소", "9초 → 2.5초".
const RESULT = /\d\s*%|→|->/u;

function plausible(name: string): boolean {
  const clean = name.trim();
  return (
    !RESULT.test(clean) &&
    clean.length >= 2 &&
    clean.length <= 60 &&
    words(clean).length <= 8 &&
    !DETAIL_LABEL.test(clean) &&
    /\p{L}/u.test(clean)
  );
}

/**
 * The object of "Built/Led …" names one piece of work: a few words, not a count ("30+ bug fixes") nor,
 * without an article, a plural ("Built Android apps for local restaurants").
 */
function namedObject(object: string, determined: boolean): boolean {
  const all = words(object);
  if (all.length > 7 || !/[a-z]/i.test(object) || /^\d/.test(object)) return false;
  // One common noun in lower case ("Owned the roadmap") names no piece of work, nor does a group or
  // a habit ("a team of 5 engineers", "a culture of code review").
  if (all.length === 1 && /^[a-z]+$/.test(object)) return false;
  if (/^(?:team|group|squad|culture|number|variety|series|range|set|couple|dozen|lot)\s+of\b/i.test(object))
    return false;
  // A plural in lower case is work on things that were there, even after "the" ("Rebuilt the daily
  // account-balance snapshots as dbt models"); a capitalised one may still be a name ("the Payments APIs").
  const plural = /[^s]s$/i.test(all.at(-1)!);
  return !plural || (determined && /\p{Lu}/u.test(object));
}

/** A project's name without a trailing parenthesis, quotes or punctuation. */
export function cleanProjectName(name: string): string {
  let clean = name.replace(/^- /, "");
  for (const date of findDates(clean)) clean = clean.replace(date, " ");
  // A bare year is no date to findDates ("2000 users"), but after a title's bar or in brackets it is.
  clean = clean.replace(/\s*[|｜]\s*(?:19|20)\d{2}\s*$|\(\s*(?:19|20)\d{2}\s*\)/g, " ");
  let previous = "";
  while (previous !== clean) {
    previous = clean;
    clean = clean
      .replace(/\s*\(\s*\)\s*/g, " ")
      .replace(/\s*[|｜,:;–—-]\s*$/, "")
      .replace(/\s*\([^()]*\)?\s*$/, "")
      .trim();
  }
  return clean.replace(/\s+/g, " ");
}

/**
 * The project a bullet names, if it names one: a tagged one ("[프로젝트] …"), a name before its period
 * or a colon or dash ("정산 배치 개선 (2022.01~2022.06): …", "Project Atlas: …"), an English bullet led
 * by a capitalised name or by "Built/Launched a …", or a Korean noun phrase of work with results.
 */
export function bulletProject(bullet: string): string | null {
  const text = bullet.replace(/^- /, "").trim();
  const onTitle = ON_TITLE.exec(text);
  if (onTitle) return cleanProjectName(onTitle[1]!);
  const latin = KO_LATIN_NAME.exec(text);
  if (latin) return latin[1]!;
  const feature = KO_QUOTED_FEATURE.exec(text);
  if (feature && !words(feature[2]!).some((word) => PARTICLE.test(word)))
    return `${feature[1]!.trim()} ${feature[2]!.trim()}`;
  const tagged = TAG.exec(text);
  if (tagged) {
    const rest = text.slice(tagged[0].length);
    const name = cleanProjectName(rest.split(/\s*[:：]\s|\s[—–-]\s|,\s/)[0] ?? rest);
    return plausible(name) ? name : null;
  }
  const named = NAMED.exec(text);
  if (named && !PARTICLE.test(words(named[1]!).at(-1)!) && !PAST_VERB.test(named[1]!)) {
    const name = cleanProjectName(named[1]!);
    if (plausible(name) && words(name).length <= 7) return name;
  }
  const korean = KO_WORK.exec(text);
  if (korean && !words(korean[1]!).some((word) => PARTICLE.test(word))) {
    return cleanProjectName(korean[1]!);
  }
  const verbLed = VERB_LED.exec(text);
  if (verbLed && namedObject(verbLed[2]!, !!verbLed[1]))
    return cleanProjectName(verbLed[2]!).replace(/\s+project$/i, "");
  const run = TITLE_RUN.exec(text);
  if (run && !PAST_VERB.test(run[1]!)) return cleanProjectName(run[1]!);
  const later = namedWorkLed(text.split(/;\s+/).slice(1).join("; "));
  if (later) return later;
  // A name in quotes or title marks: 'firmware for the "Scout" warehouse robot', "앱 「버스벨」 개발".
  const quoted = /["“「『]([^"”」』]{2,30})["”」』]/u.exec(text)?.[1]?.trim();
  if (quoted && words(quoted).length <= 3 && plausible(quoted) && !/[.!?]$/.test(quoted)) return quoted;
  return null;
}

/**
 * A piece of work named like a name after a verb of making ("Designed Ledgerline, a double-entry
 * ledger …", "…; led One-Page Checkout, lifting …"): read in a bullet's later clause, and in sections
 * that are not work history (a functional CV's accomplishments), where a lower-case object ("Led a
 * study group") stays a task.
 */
export function namedWorkLed(bullet: string): string | null {
  const clauses = bullet.replace(/^- /, "").trim().split(/;\s+/);
  for (const clause of clauses) {
    const led = VERB_LED.exec(clause);
    const object = led?.[2]?.trim() ?? "";
    if (led && !led[1] && /^\p{Lu}/u.test(object) && words(object).length <= 5 && namedObject(object, false))
      return cleanProjectName(object);
  }
  return null;
}

export { DETAIL_LABEL };
