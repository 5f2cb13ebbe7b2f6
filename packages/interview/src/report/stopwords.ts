import type { Language } from "@studio/protocol";
import { FILLER_WORDS } from "../text";

/**
 * Words too common in interview answers to say anything about the candidate. Tokens arrive lowercased
 * and with Korean particles stripped, so only bare forms are listed.
 */
const KO = `
것 수 등 때 점 중 더 및 또 제 저 저희 제가 우리 나 내 그 이 저것 이것 그것 거 게 데 뿐 분 번 명 개 년 월 일
그리고 그래서 그러나 하지만 그런데 또한 또는 그러면 그러므로 따라서 그러니까 즉 결국 다만 혹은
동안 이하 이상 미만 초과 덕분 자체 무엇 누구 어디 언제 여기 거기 오늘 작년 올해
때문 정도 경우 부분 생각 당시 이후 이전 이번 지금 현재 처음 마지막 항상 가장 정말 많이 조금 매우 너무 아주 특히
통해 위해 대해 대한 관련 관련해 같은 같이 다른 다양한 여러 모든 각 모두 함께 직접 바로 다시 계속 먼저 이제 우선
있는 없는 있다 없다 있고 없고 있어 없어 있을 없을 있으며 좋은 많은 새로운 어떤 이런 그런 저런 어느 무슨 이렇게 그렇게
하는 하고 하여 해서 한 할 함 했 되는 되고 된 될 되어 돼서 하게 하기 하면 하며 하지 위한 통한 대한
만든 맡은 배운 느낀 높은 낮은 빠른 느린 작은 큰 어려운 쉬운 중요한 필요한 부족한 가능한
것들 부분들 경험 생각이 말씀 얘기 이야기 질문 답변 면접 저는 제게 저의 예 네 아니요 감사합니다 안녕
상황 과제 행동 결과
`;

const EN = `
a an the and or but nor so yet if then than that this these those there here it its it's i i'm i've i'd i'll me my mine myself
we we're we've our ours us you your yours he she him her his they them their what which who whom whose when where why how
is am are was were be been being do does did doing done have has had having will would shall should can could may might must
to of in on at by for with about against between into through during before after above below from up down out off over under
again further once all any both each few more most other some such no not only own same too very just also really actually
basically literally like well still even much many lot lots thing things something anything everything stuff way ways kind sort
get got getting make made making take took taken go went going come came use used using work worked working want wanted try
tried need needed know knew think thought feel felt see saw say said tell told look looked help helped keep kept give gave put
first second third last next new old good great big small better best able because while although though since until unless
one two three four five six seven eight nine ten time times year years month months week weeks day days back around
situation task action result results bring brought
every per via etc yes okay ok read write run ran set start end build built um uh er hmm question answer interview example instance case part point fact
`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/** Stopwords plus the shared filler words ("그냥", "basically"), which are never keywords. */
export const STOPWORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  ko: new Set([...words(KO), ...FILLER_WORDS.ko]),
  en: new Set([...words(EN), ...FILLER_WORDS.en]),
};
