import type { Language, Unread } from "@studio/protocol";

/** Why a part of the drawing was not read; the text is written in the analysis's language at the end. */
export type UnreadCode =
  | "invalid_element"
  | "freehand"
  | "unsupported_type"
  | "unlabelled_shape"
  | "loose_arrow"
  | "dense_labels"
  | "too_many_boundaries";

export interface UnreadNote {
  elementId?: string;
  code: UnreadCode;
  params?: Record<string, string | number>;
}

const TEXTS: Record<UnreadCode, { ko: string; en: string }> = {
  invalid_element: {
    ko: "읽을 수 없는 요소: {field} 값이 올바르지 않습니다 ({detail})",
    en: "unreadable element: {field}: {detail}",
  },
  freehand: {
    ko: "손으로 그린 선 {n}개는 읽지 않았습니다: 구성 요소는 글자가 있는 상자로 그리세요",
    en: "{n} freehand stroke(s) not read: draw components as boxes with text",
  },
  unsupported_type: {
    ko: '"{type}" 요소 {n}개는 읽지 않았습니다',
    en: '{n} element(s) of type "{type}" not read',
  },
  unlabelled_shape: {
    ko: "이름이 없는 도형: 역할을 알 수 없습니다",
    en: "a shape without a label: its role is unknown",
  },
  loose_arrow: {
    ko: "화살표의 {end}이(가) 어떤 구성 요소에도 닿지 않습니다",
    en: "an arrow with {end} attached to no component",
  },
  dense_labels: {
    ko: "글자와 화살표가 너무 많이 겹쳐 있어 화살표 이름 일부를 읽지 않았습니다",
    en: "too many texts and arrows drawn on top of each other: some arrow labels were not read",
  },
  too_many_boundaries: {
    ko: "경계(프레임, 그룹, 다른 상자를 감싼 상자)가 너무 많아 처음 {max}개 뒤의 {n}개는 읽지 않았습니다",
    en: "{n} boundaries (frames, groups, boxes around boxes) beyond the first {max} not read",
  },
};

/** Words inside a reason that have their own translation. */
const TERMS: Record<string, { ko: string; en: string }> = {
  both: { ko: "양 끝", en: "both ends" },
  start: { ko: "시작점", en: "its start" },
  end: { ko: "끝점", en: "its end" },
};

export function unreadOf(note: UnreadNote, lang: Language): Unread {
  let text = TEXTS[note.code][lang];
  for (const [key, value] of Object.entries(note.params ?? {})) {
    const term = key === "end" ? TERMS[String(value)] : undefined;
    const shown = term ? term[lang] : String(value);
    text = text.replaceAll(`{${key}}`, shown);
  }
  return {
    ...(note.elementId !== undefined ? { elementId: note.elementId } : {}),
    code: note.code,
    reason: text,
  };
}
