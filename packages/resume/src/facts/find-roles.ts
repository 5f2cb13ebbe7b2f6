const KO_LEVEL = "(?:시니어|주니어|수석|책임|선임)";
const KO_FIELD =
  "(?:백엔드|프론트엔드|프런트엔드|풀스택|서버|웹|앱|모바일|안드로이드|iOS|데이터|ML|머신러닝|AI|인공지능|DevOps|데브옵스|인프라|클라우드|보안|QA|게임|임베디드|소프트웨어|SW)";
const KO_TITLE = "(?:개발자|엔지니어|개발 인턴|인턴|연구원|사이언티스트|분석가|아키텍트|기획자|디자이너)";
const KO_ROLE = `(?:${KO_LEVEL}\\s*)?(?:${KO_FIELD}\\s*)?${KO_TITLE}|(?:${KO_FIELD}|테크|팀)\\s*리드|팀장|프로덕트 매니저|프로젝트 매니저`;

const EN_LEVEL = "(?:Senior|Junior|Lead|Staff|Principal|Sr\\.|Jr\\.)";
const EN_FIELD =
  "(?:Back-?end|Front-?end|Full[- ]?stack|Software|Web|Mobile|iOS|Android|Data|ML|Machine Learning|AI|DevOps|Site Reliability|Platform|Cloud|Security|QA|Test|Game|Embedded|Systems?|Infrastructure|Research|Software Engineering)";
const EN_TITLE = "(?:Engineer|Developer|Scientist|Analyst|Architect|Intern|Researcher|Designer)";
const EN_ROLE = `\\b(?:${EN_LEVEL}\\s+)?(?:${EN_FIELD}\\s+)?${EN_TITLE}\\b|\\b(?:Product|Project|Engineering) Manager\\b|\\bTech(?:nical)? Lead\\b|\\bTeam Lead\\b|\\bCTO\\b|\\bProduct Owner\\b`;

// English titles are matched in any case ("Frontend engineer with…"); Korean ones need no flag.
const ROLES = [new RegExp(KO_ROLE, "gu"), new RegExp(EN_ROLE, "giu")];

/** Job titles named in the resume ("백엔드 개발자", "서버 개발 인턴", "Senior Frontend Engineer"). */
export function findRoles(text: string): string[] {
  const seen = new Map<string, string>();
  const matches = ROLES.flatMap((pattern) => [...text.matchAll(pattern)]).sort((a, b) => a.index - b.index);
  for (const match of matches) {
    const role = match[0].replace(/\s+/g, " ").trim();
    const key = role.toLowerCase();
    if (!seen.has(key)) seen.set(key, role);
  }
  // "Engineer" alone adds nothing when "Software Engineer" is there too.
  const roles = [...seen.values()];
  return roles.filter(
    (role) =>
      !roles.some((other) => other !== role && other.toLowerCase().endsWith(` ${role.toLowerCase()}`)),
  );
}
