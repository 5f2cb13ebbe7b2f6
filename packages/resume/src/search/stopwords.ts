// Words of a question that say nothing about which part of the resume it is about.
export const STOPWORDS: ReadonlySet<string> = new Set(
  [
    // English
    "a an the and or but of to in on for with at by from into about as than then so if",
    "is are was were be been being am do does did done doing have has had having will would could should can may",
    "i me my mine we us our you your yours he she they them their it its this that these those there here",
    "what which who whom whose how why when where tell describe explain walk through please share give",
    "some any each every more most much many very just also only such own same other again",
    // Korean (after particles are stripped)
    "저 제 저희 그 이 그것 이것 것 수 등 및 또는 그리고 하지만 어떤 어떻게 무엇 무엇인가요 왜 언제 어디",
    "말씀 말씀해 설명 설명해 주세요 주시겠어요 주실 수 있나요 있으신가요 하셨나요 했나요 궁금합니다 대해",
  ]
    .join(" ")
    .split(" "),
);
