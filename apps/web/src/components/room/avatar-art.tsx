import type { AvatarLook } from "@studio/protocol";
import type { AvatarState } from "./avatar-frame";
import type { MouthPaths } from "./avatar-geometry";
import { Accessory, DEFAULT_LOOK, LongHairBack, lookColors } from "./avatar-look";

export const EYES = { left: { x: 136, y: 146 }, right: { x: 184, y: 146 } } as const;
export const BROWS = { left: { x: 136, y: 127 }, right: { x: 184, y: 127 } } as const;
export const PIVOT = "160 250";

interface AvatarArtProps {
  state: AvatarState;
  /** Prefix for the SVG ids (gradients, clips), unique per avatar on the page. */
  uid: string;
  /** The mouth before the first animation frame. */
  initial: MouthPaths;
  /** Colours, hair and accessory (the AI panel's personas); the single interviewer's by default. */
  look?: AvatarLook;
}

/**
 * The interviewer's face and shoulders in SVG. Parts that move carry `data-part`; the animation
 * (interviewer-avatar.tsx) sets their transforms and paths each frame.
 */
export function AvatarArt({ state, uid, initial, look = DEFAULT_LOOK }: AvatarArtProps) {
  const id = (name: string) => `${uid}-${name}`;
  const c = lookColors(look);
  const [SKIN, SKIN_SHADE, HAIR, HAIR_LIGHT] = [c.skin, c.skinShade, c.hair, c.hairLight];
  const [JACKET, JACKET_SHADE, SHIRT] = [c.jacket, c.jacketShade, c.shirt];
  return (
    <svg viewBox="0 0 320 320" className="size-full" aria-hidden="true">
      <defs>
        <radialGradient id={id("halo")} cx="50%" cy="42%" r="52%">
          <stop offset="0%" stopColor="#ffffff" stopOpacity="0.95" />
          <stop offset="60%" stopColor="#e0e7ff" stopOpacity="0.55" />
          <stop offset="100%" stopColor="#e0e7ff" stopOpacity="0" />
        </radialGradient>
        <linearGradient id={id("skin")} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0%" stopColor={c.skinLight} />
          <stop offset="100%" stopColor={SKIN} />
        </linearGradient>
        <linearGradient id={id("neck")} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0%" stopColor="#c98c6a" />
          <stop offset="45%" stopColor={SKIN_SHADE} />
          <stop offset="100%" stopColor={SKIN} />
        </linearGradient>
        <linearGradient id={id("hair")} x1="0" y1="0" x2="1" y2="1">
          <stop offset="0%" stopColor={HAIR_LIGHT} />
          <stop offset="55%" stopColor={HAIR} />
        </linearGradient>
        <linearGradient id={id("jacket")} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0%" stopColor={c.jacketLight} />
          <stop offset="100%" stopColor={JACKET} />
        </linearGradient>
        <radialGradient id={id("face-shade")} cx="50%" cy="40%" r="62%">
          <stop offset="70%" stopColor="#c98c6a" stopOpacity="0" />
          <stop offset="100%" stopColor="#c98c6a" stopOpacity="0.45" />
        </radialGradient>
        <radialGradient id={id("cheek")}>
          <stop offset="0%" stopColor="#ee8f7e" stopOpacity="0.26" />
          <stop offset="100%" stopColor="#f08f7e" stopOpacity="0" />
        </radialGradient>
        <clipPath id={id("eye-clip")}>
          <path d="M-13 0C-8.5-8.2 8.5-8.2 13 0C8.5 6.4-8.5 6.4-13 0Z" />
        </clipPath>
        <clipPath id={id("mouth-clip")}>
          <path data-part="mouth-clip" d={initial.inner} />
        </clipPath>
        <filter id={id("soft")} x="-20%" y="-20%" width="140%" height="140%">
          <feGaussianBlur stdDeviation="2.2" />
        </filter>
      </defs>

      <circle cx="160" cy="150" r="150" fill={`url(#${id("halo")})`} />
      <ellipse
        cx="160"
        cy="318"
        rx="120"
        ry="10"
        fill="#1e1b4b"
        opacity="0.08"
        filter={`url(#${id("soft")})`}
      />

      <g data-part="body">
        <g transform="translate(0 -6)">
          {/* Jacket, shirt and lapels */}
          <path
            d="M26 330C28 292 48 276 92 264L136 250H184L228 264C272 276 292 292 294 330Z"
            fill={`url(#${id("jacket")})`}
          />
          <path d="M136 250L160 300L184 250Z" fill={SHIRT} />
          <path d="M138 250L150 276L160 262L146 246Z" fill="#ffffff" />
          <path d="M182 250L170 276L160 262L174 246Z" fill="#ffffff" />
          <path d="M136 250L116 262L140 304L160 330L152 294Z" fill={JACKET_SHADE} />
          <path d="M184 250L204 262L180 304L160 330L168 294Z" fill={JACKET_SHADE} />
          <path d="M136 250L152 294L160 330" fill="none" stroke="#3f506d" strokeWidth="1.4" />
          <path d="M184 250L168 294L160 330" fill="none" stroke="#3f506d" strokeWidth="1.4" />
          <circle cx="160" cy="318" r="2.4" fill="#0f172a" opacity="0.5" />
          <path
            d="M92 264C84 284 82 304 84 330"
            fill="none"
            stroke={JACKET_SHADE}
            strokeWidth="2"
            opacity="0.6"
          />
          <path
            d="M228 264C236 284 238 304 236 330"
            fill="none"
            stroke={JACKET_SHADE}
            strokeWidth="2"
            opacity="0.6"
          />
          {/* Neck */}
          <path d="M136 208V252C146 263 174 263 184 252V208Z" fill={`url(#${id("neck")})`} />
        </g>
      </g>

      <g data-part="head">
        {look.hairStyle === "long" && <LongHairBack fill={`url(#${id("hair")})`} />}
        {/* Hair behind the head */}
        <path
          d="M101 162C90 136 92 102 110 80C128 58 160 50 186 56C216 64 232 94 230 128C229 144 226 154 219 162C215 158 212 154 210 148H110C108 154 105 158 101 162Z"
          fill={`url(#${id("hair")})`}
        />
        {/* Ears */}
        <ellipse cx="104" cy="154" rx="9" ry="15" fill={SKIN_SHADE} />
        <ellipse cx="216" cy="154" rx="9" ry="15" fill={SKIN_SHADE} />
        <ellipse cx="105.5" cy="155" rx="4.5" ry="9" fill="#c98c6a" opacity="0.55" />
        <ellipse cx="214.5" cy="155" rx="4.5" ry="9" fill="#c98c6a" opacity="0.55" />
        {/* Face */}
        <path
          d="M160 76C196 76 216 102 216 140C216 174 204 200 187 217C177 226 169 230 160 230C151 230 143 226 133 217C116 200 104 174 104 140C104 102 124 76 160 76Z"
          fill={`url(#${id("skin")})`}
        />
        <path
          d="M160 76C196 76 216 102 216 140C216 174 204 200 187 217C177 226 169 230 160 230C151 230 143 226 133 217C116 200 104 174 104 140C104 102 124 76 160 76Z"
          fill={`url(#${id("face-shade")})`}
        />
        <path
          d="M112 108C130 100 176 100 206 110L204 116C178 108 140 108 114 114Z"
          fill="#b9805f"
          opacity="0.22"
          filter={`url(#${id("soft")})`}
        />
        <ellipse cx="130" cy="176" rx="13" ry="8" fill={`url(#${id("cheek")})`} />
        <ellipse cx="190" cy="176" rx="13" ry="8" fill={`url(#${id("cheek")})`} />
        {/* Nose */}
        <path
          d="M161 150C162 160 165 167 167 172C166 176 161 178 156 176"
          fill="none"
          stroke="#c68866"
          strokeWidth="2.2"
          strokeLinecap="round"
        />
        <ellipse cx="160" cy="174" rx="6" ry="3" fill="#e4a988" opacity="0.45" />

        {(["left", "right"] as const).map((side) => (
          <g key={side}>
            <path
              d={`M${EYES[side].x - 11} ${EYES[side].y - 8}C${EYES[side].x - 5} ${EYES[side].y - 12.5} ${EYES[side].x + 5} ${EYES[side].y - 12.5} ${EYES[side].x + 11} ${EYES[side].y - 8}`}
              fill="none"
              stroke="#c98d6c"
              strokeWidth="1.2"
              strokeLinecap="round"
              opacity="0.5"
            />
            <g data-part={`eye-${side}`} transform={`translate(${EYES[side].x} ${EYES[side].y})`}>
              <path d="M-13 0C-8.5-8.2 8.5-8.2 13 0C8.5 6.4-8.5 6.4-13 0Z" fill="#fdfcfb" />
              <g clipPath={`url(#${id("eye-clip")})`}>
                <g data-part={`iris-${side}`}>
                  <circle r="6.6" fill="#5a3b2c" />
                  <circle r="6.6" fill="none" stroke="#3a251b" strokeWidth="1" />
                  <circle r="3.2" fill="#1a1210" />
                  <circle cx="2.2" cy="-2.3" r="1.7" fill="#ffffff" />
                  <circle cx="-2" cy="2" r="0.8" fill="#ffffff" opacity="0.6" />
                </g>
                <path d="M-14-9H14V-3C8-7-8-7-14-3Z" fill="#000000" opacity="0.08" />
              </g>
              <path
                d="M-14 0.6C-8.6-8.8 8.6-8.8 14 0.6"
                fill="none"
                stroke={HAIR}
                strokeWidth="2.4"
                strokeLinecap="round"
              />
            </g>
            <g data-part={`brow-${side}`} transform={`translate(${BROWS[side].x} ${BROWS[side].y})`}>
              <path
                d={side === "left" ? "M-14 3C-7-3 4-4.5 13-1" : "M14 3C7-3-4-4.5-13-1"}
                fill="none"
                stroke={HAIR}
                strokeWidth="4.6"
                strokeLinecap="round"
              />
            </g>
          </g>
        ))}

        {/* Mouth */}
        <path
          data-part="mouth-inner"
          d={initial.inner}
          fill="#4a1a22"
          stroke="#8a4640"
          strokeWidth="0.9"
          strokeLinejoin="round"
        />
        <g clipPath={`url(#${id("mouth-clip")})`}>
          <rect data-part="teeth" {...initial.teeth} rx="1.6" fill="#fbfaf7" />
          <ellipse data-part="tongue" cx="160" {...initial.tongue} fill="#b9505c" />
        </g>
        <path data-part="lip-upper" d={initial.upperLip} fill="#b46a60" />
        <path data-part="lip-lower" d={initial.lowerLip} fill="#c57d6f" />
        <path
          data-part="creases"
          d={initial.creases}
          fill="none"
          stroke="#b9785f"
          strokeWidth="1.1"
          strokeLinecap="round"
          opacity="0"
        />

        {/* Front hair: a textured crop with a side part, swept to the right (to the left for "side_part") */}
        <g transform={look.hairStyle === "side_part" ? "translate(320 0) scale(-1 1)" : undefined}>
          <path
            d="M106 162C97 132 100 96 116 78C130 62 152 56 170 58C198 60 220 76 224 104C227 122 224 140 217 158C214 134 208 116 196 106C182 102 160 104 140 98C126 104 114 114 110 132C108 142 107 152 106 162Z"
            fill={`url(#${id("hair")})`}
          />
          <g fill="none" strokeLinecap="round">
            <path d="M140 98C160 86 190 82 212 98" stroke={HAIR_LIGHT} strokeWidth="1.6" opacity="0.8" />
            <path d="M148 70C172 64 198 72 214 90" stroke="#6b5146" strokeWidth="1.8" opacity="0.6" />
            <path d="M124 84C130 76 140 70 152 66" stroke="#6b5146" strokeWidth="1.4" opacity="0.5" />
            <path d="M196 106C204 112 212 124 216 138" stroke={HAIR_LIGHT} strokeWidth="1.2" opacity="0.7" />
          </g>
        </g>
        <Accessory look={look} />
      </g>

      {/* Thinking: a small "…" bubble */}
      <g
        data-part="thinking"
        style={{ opacity: state === "thinking" ? 1 : 0, transition: "opacity 300ms ease" }}
      >
        <circle cx="226" cy="88" r="3.5" fill="#ffffff" stroke="#c7d2fe" />
        <circle cx="234" cy="76" r="5" fill="#ffffff" stroke="#c7d2fe" />
        <rect x="232" y="40" width="52" height="28" rx="14" fill="#ffffff" stroke="#c7d2fe" />
        {[0, 1, 2].map((i) => (
          <circle
            key={i}
            cx={246 + i * 12}
            cy="54"
            r="3.2"
            fill="#6366f1"
            className="avatar-thinking-dot"
            style={{ animationDelay: `${i * 0.18}s` }}
          />
        ))}
      </g>
    </svg>
  );
}
