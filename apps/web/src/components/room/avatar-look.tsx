import type { AvatarLook } from "@studio/protocol";

/** The single interviewer's look: what the avatar wore before the AI panel gave each persona its own. */
export const DEFAULT_LOOK: AvatarLook = {
  skin: "#f2c6a2",
  hair: "#2b201c",
  jacket: "#26334a",
  shirt: "#eef2fb",
  hairStyle: "crop",
  accessory: "none",
};

/** `hex` mixed toward black (amount < 0) or white (amount > 0), for shades and highlights of one colour. */
export function mix(hex: string, amount: number): string {
  const target = amount < 0 ? 0 : 255;
  const channel = (i: number) => {
    const value = Number.parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
    return Math.round(value + (target - value) * Math.abs(amount))
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/** The colours the avatar art paints with, derived from a look. */
export function lookColors(look: AvatarLook) {
  return {
    skin: look.skin,
    skinLight: mix(look.skin, 0.2),
    skinShade: mix(look.skin, -0.1),
    hair: look.hair,
    hairLight: mix(look.hair, 0.15),
    jacket: look.jacket,
    jacketLight: mix(look.jacket, 0.1),
    jacketShade: mix(look.jacket, -0.3),
    shirt: look.shirt,
  };
}

/** Long hair falling behind the shoulders (drawn behind the face). */
export function LongHairBack({ fill }: { fill: string }) {
  return <path d="M100 150C92 200 96 246 112 268H208C224 246 228 200 220 150Z" fill={fill} />;
}

/** What a persona wears on the face: glasses over the eyes or earrings under the ears. */
export function Accessory({ look }: { look: AvatarLook }) {
  if (look.accessory === "glasses") {
    return (
      <g data-part="glasses" fill="none" stroke="#1f2937" strokeWidth="2.6" opacity="0.9">
        <rect x="119" y="134" width="34" height="24" rx="8" />
        <rect x="167" y="134" width="34" height="24" rx="8" />
        <path d="M153 144C157 140 163 140 167 144M119 142L106 138M201 142L214 138" />
      </g>
    );
  }
  if (look.accessory === "earrings") {
    return (
      <g data-part="earrings" fill="#facc15" stroke="#b45309" strokeWidth="0.8">
        <circle cx="104" cy="172" r="3.6" />
        <circle cx="216" cy="172" r="3.6" />
      </g>
    );
  }
  return null;
}
