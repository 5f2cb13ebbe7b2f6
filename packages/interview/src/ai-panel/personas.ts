import type { AvatarLook, Category, Language, PanelMember, PersonaId, PersonaVoice } from "@studio/protocol";

interface Persona {
  id: PersonaId;
  name: Record<Language, string>;
  title: Record<Language, string>;
  focus: Record<Language, string>;
  tone: PanelMember["tone"];
  look: AvatarLook;
  voice: PersonaVoice;
}

/**
 * The three AI interviewers a practice panel draws from. Each has a distinct voice (an espeak-ng
 * variant, pitch and rate, so they sound like different people even without a cloud voice) and a
 * distinct look on the shared avatar.
 */
export const PERSONAS: Record<PersonaId, Persona> = {
  tech_lead: {
    id: "tech_lead",
    name: { ko: "박준호", en: "Daniel Park" },
    title: { ko: "기술 리드", en: "Tech lead" },
    focus: { ko: "기술 깊이, 프로젝트, 문제 해결", en: "technical depth, projects, problem solving" },
    tone: "pressure",
    look: {
      skin: "#f2c6a2",
      hair: "#2b201c",
      jacket: "#26334a",
      shirt: "#eef2fb",
      hairStyle: "crop",
      accessory: "glasses",
    },
    voice: { variant: "m3", pitch: 38, rate: 172 },
  },
  hr: {
    id: "hr",
    name: { ko: "이서연", en: "Sarah Lee" },
    title: { ko: "인사 담당자", en: "HR manager" },
    focus: { ko: "협업, 가치관, 강점", en: "teamwork, values, strengths" },
    tone: "friendly",
    look: {
      skin: "#f5cfae",
      hair: "#5a3a22",
      jacket: "#9d3c5b",
      shirt: "#fff4f0",
      hairStyle: "long",
      accessory: "earrings",
    },
    voice: { variant: "f2", pitch: 62, rate: 160 },
  },
  executive: {
    id: "executive",
    name: { ko: "최민수", en: "Michael Choi" },
    title: { ko: "임원", en: "Executive" },
    focus: { ko: "지원 동기, 성장, 비전", en: "motivation, growth, vision" },
    tone: "neutral",
    look: {
      skin: "#e9b994",
      hair: "#8d8d8d",
      jacket: "#2f2f35",
      shirt: "#f3f4f6",
      hairStyle: "side_part",
      accessory: "none",
    },
    voice: { variant: "m7", pitch: 28, rate: 148 },
  },
};

/**
 * Who asks each category, most fitting first: a category goes to the first of these sitting on the
 * panel. A persona "fits" a category when it is among the first two.
 */
export const CATEGORY_ASKERS: Record<Category, readonly PersonaId[]> = {
  intro: ["hr", "executive", "tech_lead"],
  motivation: ["executive", "hr", "tech_lead"],
  strength: ["hr", "executive", "tech_lead"],
  project: ["tech_lead", "executive", "hr"],
  teamwork: ["hr", "tech_lead", "executive"],
  technical: ["tech_lead", "executive", "hr"],
  problem_solving: ["tech_lead", "hr", "executive"],
  growth: ["executive", "hr", "tech_lead"],
  closing: ["executive", "hr", "tech_lead"],
};

export const DEFAULT_PANELISTS: readonly PersonaId[] = ["hr", "tech_lead", "executive"];

/** How well `persona` fits `category`: 0 is its first choice, higher is a weaker fit. */
export function fitRank(persona: PersonaId, category: Category): number {
  return CATEGORY_ASKERS[category].indexOf(persona);
}

/** The categories a persona is the first choice for. */
export function ownCategories(persona: PersonaId): Category[] {
  return (Object.keys(CATEGORY_ASKERS) as Category[]).filter((c) => fitRank(persona, c) === 0);
}

/** A persona as the room and the report show it, in the session's language. */
export function panelMember(id: PersonaId, language: Language): PanelMember {
  const p = PERSONAS[id];
  return {
    id,
    name: p.name[language],
    title: p.title[language],
    focus: p.focus[language],
    tone: p.tone,
    look: p.look,
    voice: p.voice,
  };
}
