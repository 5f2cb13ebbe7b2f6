/**
 * What Korean blind-hiring rules keep out of interviews: school names, hometown, family background,
 * age, appearance. An answer that reveals them gets a gentle notice, never a lower score.
 */
const PATTERNS: RegExp[] = [
  // Korean
  /[가-힣]{2,}(대학교|대학|고등학교|고교|과학고|외고)\s?(에서|를|을|출신|졸업|재학|에 다|에 입학|학생)/,
  /(서울대|연세대|고려대|카이스트|KAIST|포스텍|서강대|성균관대|한양대|이화여대)/i,
  /(고향|출신 지역|태어나고 자란|[가-힣]{1,3}(도|시)\s?출신)/,
  /(아버지|어머니|부모님|아버님|어머님|형이|누나가|오빠가|언니가|집안)\s?(께서|은|는|이|가|의|도)/,
  /(\d{2}\s?살|\d{2}세|나이가|나이는|\d{2}년생|올해 \d{2}|\d{2}학번)/,
  // Ages in words ("스물아홉 살", "서른 살") and decades of life ("30대 초반"), not "30대 서버".
  /(?<![가-힣])(스무|스물|서른|마흔|쉰)\s?(한|두|세|네|다섯|여섯|일곱|여덟|아홉)?\s?(살|세)(?![가-힣])|(?<![가-힣])(스무|스물|서른|마흔|쉰)(한|두|세|네|다섯|여섯|일곱|여덟|아홉)?\s?살/,
  /(저는|나이는|나이가|올해|제 나이)[^.,]{0,10}(?<!\d)[2-6]0대/,
  // Where one was born or grew up ("부산에서 나고 자랐고", "대구 토박이").
  /(에서|에서는)\s?(태어나고|태어나서|태어났|태어나|나서 자랐)|나고 자(란|랐)|태어나서 자(란|랐)|토박이/,
  // A university by its short name: "부경대 다닐 때", "충남대 졸업", not "대규모" or "30대 서버".
  /(?<![가-힣])[가-힣]{2,4}대(학교|학)?\s?(에서는|에서|를|에|의)?\s?(다닐|다녔|다니던|다니면서|재학|졸업|입학|학부|시절|출신|동기|선배|후배|\d{2}학번|학번|동문)/,
  /(외모|키가|인상이 좋|체격|몸무게|잘생|예쁘)/,
  /(결혼했|결혼하고|결혼한 지|기혼|미혼|자녀가|자녀는|종교는|종교가|워킹맘|워킹대디|육아(를 하|하면서| 중이)|(?<![가-힣])(아이|애)(가|들이|는) (둘|셋|하나|있)|아이 (엄마|아빠)|(엄마|아빠)로서)/,
  /(저는|올해|나이는|나이가)\s?(스무|스물|서른|마흔)/,
  // English
  /\b(graduated from|studied at|alumn\w*) [A-Z][\w.]*( [A-Z][\w.]*)*( University| College| Institute)?/,
  /\b(Harvard|Stanford|MIT|Yale|Princeton|Oxford|Cambridge|Seoul National|Yonsei|Korea University|KAIST)\b/,
  // A degree and where it was taken ("my master's at Georgia Tech"), or a school by its name.
  /\b([Mm]y|[Dd]id (a|an|my)|[Gg]ot (a|an|my)|[Ee]arned (a|an|my)|[Cc]ompleted (a|an|my)|[Ff]inished (a|an|my))\s(master'?s|masters|bachelor'?s|Ph\.?D\.?|PhD|doctorate|degree|undergrad\w*|MBA|MSc|BSc)\b[^.]{0,25}?\b(at|from|in) (the )?[A-Z][\w.&-]*/,
  /\b(University of [A-Z]\w+|[A-Z]\w+ (State )?(University|College)|(Georgia|Virginia|Texas|Louisiana) Tech|Caltech|Carnegie Mellon|UC Berkeley|UCLA)\b/,
  /\b(my hometown|grew up in|i'?m from|born in)\b/i,
  /\b(my (father|mother|dad|mom|parents|family|brother|sister|husband|wife|kids|children|son|daughter|toddlers?|baby|babies|twins))\b/i,
  // Being a parent ("As a mother of two", "I'm a single dad"), not a product's "sign in as a parent".
  /\b(i'?m|i am|being) an? (single |working |new )?(mother|father|mom|dad|parent|mum)\b|\bas an? (single |working |new )?(mother|father|mom|dad|parent|mum)( of \w+|,? (i|my|myself)\b)|\b(mother|father|mom|dad|parent|mum) of (one|two|three|four|five|\d)\b/i,
  /\b(\d{2} years old|my age|i'?m \d{2}\b)/i,
  /\b(my (appearance|looks|height|weight)|good-looking|handsome|pretty)\b/i,
  /\b(i'?m married|my religion|pregnan\w*)\b/i,
  /\b(i have|raising|i'm raising) (a |an |one |two |three |four |\d )?(young |little |small )?(kids?|children|sons?|daughters?|toddlers?|baby|babies|twins)\b/i,
];

export function revealsBlindHiringInfo(text: string): boolean {
  return PATTERNS.some((pattern) => pattern.test(text));
}
