import type { Language } from "@studio/protocol";

/** The cues the evaluator looks for in each sentence, one pattern per cue and language. */
export interface Markers {
  firstPerson: RegExp;
  collective: RegExp;
  personal: RegExp;
  actionVerb: RegExp;
  result: RegExp;
  change: RegExp;
  learning: RegExp;
  context: RegExp;
  problem: RegExp;
  task: RegExp;
  hedge: RegExp;
  /** What one usually or would do, in place of what one did ("보통은", "usually", "we'd"). */
  habitual: RegExp;
  /** Fashionable words that sound like substance and name none ("데이터 드리븐", "synergy"). */
  buzzword: RegExp;
  vague: RegExp;
  nonAnswer: RegExp;
  causal: RegExp;
  contrast: RegExp;
  sequence: RegExp;
  example: RegExp;
  explanation: RegExp;
  /** A sentence that states what something is or does ("X is ...", "X는 ...입니다"). */
  statement: RegExp;
  quantityWord: RegExp;
}

// Korean words are bounded by a non-Hangul character, since particles attach to the end of a word.
const KO_START = "(?<![가-힣])";

const ko: Markers = {
  firstPerson: new RegExp(
    `${KO_START}(제가|저는|저도|저의|저를|저만|저에게|제|나는|내가|저 역시)(?![가-힣])`,
    "g",
  ),
  collective: new RegExp(`${KO_START}(우리|저희|다 같이|함께)`, "g"),
  personal: /(직접|스스로|주도|혼자|제 역할|제가 맡)/g,
  actionVerb: new RegExp(
    // Sino-Korean action nouns count when used as a verb (설계했, 분석해), native verbs in any form.
    "((개선|측정|분석|설계|구현|도입|적용|제안|정리|작성|추가|개발|교체|비교|검증|공유|재현|수정|변경|최적화|리팩터링|리팩토링|자동화|구축|조사|확인|설득|조율|협의|합의|배포|준비|시도|발견|설정|기획|운영|결정|제시|요청|대화|해결|완성|마련|점검|파악|설명|발표|부탁|롤백|복구|보고|제출|지원|리뷰|검토|삭제|통합|분리|연결|이야기)(하|해|했|한|할|함|시켜|시켰))" +
      "|합치|합쳤|만들|찾아|찾았|바꾸|바꿨|옮기|옮겼|나누|나눴|세우|세웠|이끌|정했|줄였|늘렸|낮췄|높였|고치|고쳤|없앴|물어|만나|만났|읽|되돌|알리|알렸|도와|도왔|가르|막았|나서|잡았|맡아|맡았",
    "g",
  ),
  result:
    /(결과|줄었|줄였|줄어|늘었|늘렸|늘어|개선되|개선됐|개선했|향상|감소|증가|떨어졌|떨어뜨|단축|절감|해결했|해결됐|해결되었|해결할 수 있었|성공|마쳤|마무리|완료|끝났|끝냈|만족|채택|덕분에|효과|빨라졌|낮아졌|높아졌|없어졌|사라졌|받았|합격|수상|출시|달성|지켰|이뤘|이루었|얻었|올랐|올렸|낮췄|높였|돌파|기록했|완성했|완성됐|제때|기한 안에|일정 안에|통과|승인|인정받|호평|개선할 수 있었|(한|두) ?(건|번|명|차례)도 (없|안|나오지|생기지)|0건|더 이상 (없|발생하지|생기지|들어오지|나오지|반복되지)|다시는 (없|생기지|발생하지)|재발하지 않|재발이 없|(좋아|나아|안정|안정돼|비슷해|가벼워|깔끔해|단순해|편해|쉬워|짧아|작아|줄어|정확해|명확해)졌|되돌렸|회복(했|됐|되었))/g,
  // "2.8초에서 0.4초로", "절반", and a share of a whole: "세 명 중 두 명이", "10건 중 9건".
  change:
    /\d[^\s]*에서\s+[^\s]*\d|(절반|두 배|세 배|\d+\s*배)|\d[\d.,]*\s?(%|배|초|ms|건|분|시간|원|명)?(으로|로)\s(줄|낮|높|늘|올|떨어|되돌|내려|개선|단축|회복|안정|돌아)|(\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(명|개|건|곳|팀|번|개사|사람)\s?(중|가운데)(에서|에)?\s(\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|모두|전원|대부분)/g,
  learning: /(배웠|배울 수 있었|깨달|교훈|느꼈|알게 되었|알게 됐|성장할 수 있었|성장했)/g,
  context:
    /(작년|재작년|지난|당시|이전|전 직장|회사에서|인턴|학기|동아리|대학|졸업|하반기|상반기|입사|근무|재직|프로젝트에서|해커톤|을 때|던 때|그때|그 때|도중)/g,
  problem:
    /(문제|장애|느리|느려|느렸|오류|에러|버그|실패|누락|충돌|달랐|다른 의견|주장했|불만|문의|지연|부족|어려움|어려웠|위기|이슈|병목|급증|초과|위험)/g,
  task: /(맡|담당|목표|역할|책임|과제|야 했|요청을 받|요청받|미션|과업|목적)/g,
  hedge:
    /(것 같|거 같|듯하|듯합|아마|모르겠|잘 모르|글쎄|어쩌면|기억이 안|기억나지|기억이 잘|아무튼|확실하지)/g,
  buzzword:
    /(빅데이터|인공지능|머신러닝|딥러닝|데이터 ?드리븐|그로스 ?해킹|인사이트|시너지|임팩트|트랜스포메이션|디지털 전환|초개인화|리터러시|패러다임|혁신|4차 산업|생태계|밸류|고객 ?경험|360도|애자일|퍼포먼스|레버리지|최적화된|차별화된|글로벌 역량|경쟁력|고도화)/g,
  habitual: /(보통|대부분|일반적으로|대체로|편인|편이|편입니다|곤 했|곤 합|그때그때|할 때마다|하는 편)/g,
  vague:
    /(여러 가지|여러가지|이것저것|열심히|다양한|뭔가|그런 거|그런 것|등등|많이|정말|너무|되게|엄청|무척|잘 마무리|잘 해결|좋은 경험|중요성|항상|모두|다 잘)/g,
  nonAnswer:
    /(없는 것 같|없었던 것 같|없습니다|없었습니다|모르겠|잘 모르|생각이 안 나|생각나지 않|해 본 적이 없|한 적이 없|같은 거 아닌가)/g,
  causal: /(때문에|그래서|따라서|그러므로|므로|덕분에|그 결과|결과적으로|위해|이유는|니까)/g,
  contrast: /(하지만|그러나|다만|반면|대신|지만|오히려|그런데|그렇지만|불구하고|대가)/g,
  sequence:
    /(먼저|우선|첫째|둘째|셋째|첫 번째|두 번째|그다음|그 다음|이후|마지막으로|다음으로|최종적으로|그 후|전에는|뒤에)/g,
  example: /(예를 들어|예컨대|실제로|예로|처럼|가령|사례)/g,
  explanation:
    /(때문에|므로|해서|하여|으로써|통해|위해|하면|하므로|지만|대신|는데|해야|게 해|수 있|구조|방식|의미|경우|즉)/g,
  statement: /[가-힣](은|는|이|가)\s.*(다|요)[.!]?$/g,
  quantityWord:
    // "두 명이", "세 번의", "네 달 만에": a counted unit, with its particle.
    /(?<![가-힣])(두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무|수십|수백|수천|절반)\s?(번|명|개|달|주|시간|가지|배|건|차례|해|년|분|초|일|곳|팀|사람|개월)(이|가|을|를|은|는|의|에|도|만|과|와|로|으로|씩|간|쯤|이나|만에)?(?![가-힣])/g,
};

const en: Markers = {
  firstPerson: /\b(i|my|me|myself|mine|i'd|i've|i'm|i'll)\b/gi,
  collective: /\b(we|our|us|ourselves|we've|we'd|we're|everyone|everybody|somebody|the team)\b/gi,
  personal: /\b(myself|personally|i owned|i led|on my own|i was responsible|i took ownership)\b/gi,
  actionVerb:
    /\b(i|we)\s+(\w+\s+){0,2}?(\w{2,}(?<!e)ed|built|wrote|rewrote|found|made|ran|led|took|set|put|chose|brought|began|drove|got|did|spent|sent|kept|told|met|saw|gave|split|cut|read|sought|won|broke|held|moved|went)\b/gi,
  result:
    /\b(results?|resulted|reduced|increased|improved|improvement|dropped|decreased|cut|saved|savings|achieved|went (from|away|down|up)|fell|rose|grew|finished|completed|resolved|fixed|solved|succeeded|launched|shipped|adopted|won|zero|no longer|led to|outcome|impact|stopped|eliminated|doubled|tripled|halved|boosted|lowered|praised|recognized|so we could|worked again|went away|delivered|on time|met (the|our) deadline|caught up|reached|exceeded|went live|approved|accepted|ended up|passed|(got|received|earned|won) (an? |the )?(return |full-time |job )?offers?|(got|were|was) (hired|promoted)|still in (production|use)|not (a )?(single|once)|back to normal|recovered|(have|has)n'?t had (the|that|this|any|a) \w+ since|never (happened|came back|recurred) again|(has|have)n'?t (happened|recurred|come back) since)\b/gi,
  change:
    /\bfrom\s+(about\s+|around\s+)?[\d.,]+\S*(\s+\w+)?\s+to\s+(about\s+|under\s+|around\s+)?[\d.,]+|\b(halved|doubled|tripled|\d+x)\b|\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|all|most) (of|out of) (the |our |my |those |these )?(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b/gi,
  learning: /\b(learn(ed|t)|lesson|realiz(ed)|taught me|takeaway|since then)\b/gi,
  context:
    /\b(last (year|month|quarter|week|summer|semester)|in my (last|previous|first|current)|at my (last|previous|current)|during|internship|when|once|there was|back in|at the time|while (working|i was)|in (19|20)\d\d|ago|hackathon|startup)\b/gi,
  problem:
    /\b(problem|issue|bug|crash(ed|es)?|fail(ed|ing|ures?)?|slow|error|errors|outage|incident|missing|conflict|disagree(d|ment)?|complain\w*|deadline|broke|broken|stuck)\b/gi,
  task: /\b(my (task|goal|job|role|responsibility)|the goal|our goal|owned|responsible|in charge|was asked|asked me to|needed to|had to|assigned|was tasked|objective)\b/gi,
  hedge:
    /\b(i think|maybe|probably|perhaps|i guess|not sure|i don'?t know|don'?t (really )?remember|or something|and stuff|i suppose|i believe|might have|somehow)\b/gi,
  buzzword:
    /\b(leverag\w*|synerg\w*|data-driven|holistic\w*|north star|stakeholder alignment|alignment|paradigm|ecosystem|best-in-class|cutting-edge|disrupt\w*|game-chang\w*|move the needle|impactful|drive (measurable )?impact|value-add\w*|end-to-end|world-class|frameworks?|optimi[sz]e\w* \w+ holistically|big data|growth hacking|digital transformation|hyper-personali[sz]\w*|business-aligned|actionable insights?|thought leadership|empower\w*)\b/gi,
  habitual:
    /\b(usually|typically|generally|normally|in most cases|most of the time|in general|tend to|i'd|we'd|i would|we would)\b/gi,
  vague:
    /\b(stuff|things?|something|a lot|really|very|good|great|nice|various|everything|whatever|lots of|always|hard work)\b/gi,
  nonAnswer:
    /\b(not sure|don'?t know|no idea|can'?t (really )?remember|don'?t remember|nothing (really|special|in particular)|never (had|did|done|been)|haven'?t (had|done|been|really)|no experience)\b/gi,
  causal:
    /\b(because|so|therefore|since|as a result|thus|which meant|so that|due to|that's why|in order to)\b/gi,
  contrast: /\b(but|however|while|whereas|although|though|instead|on the other hand|rather than|yet)\b/gi,
  sequence:
    /\b(first|firstly|second|secondly|third|then|after|afterwards|finally|next|before|later|eventually)\b/gi,
  example: /\b(for example|for instance|such as|e\.g\.|in practice|in fact)\b/gi,
  explanation:
    /\b(because|so|which|that|by|means|allows?|lets?|while|when|since|such as|instead|avoid|so that|in order to|if|whereas|than)\b/gi,
  statement: /\b(is|are|was|were|has|have|had|runs?|uses?|used|stores?|shares?|works?|handles?|keeps?)\b/gi,
  quantityWord:
    /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundreds?|thousands?|millions?|billions?|twice|half|zero|dozens?)\b/gi,
};

export const MARKERS: Readonly<Record<Language, Markers>> = { ko, en };

export function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text)) count++;
  return count;
}
