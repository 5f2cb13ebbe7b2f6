/** Shapes of the interviewer's face that change every frame, as SVG path data. */

export const MOUTH_CENTER = { x: 160, y: 198 } as const;

export interface MouthPaths {
  /** The dark opening between the lips (also the clip for teeth and tongue). */
  inner: string;
  upperLip: string;
  lowerLip: string;
  /** Small creases at the corners that show a smile. */
  creases: string;
  teeth: { x: number; y: number; width: number; height: number };
  tongue: { cy: number; rx: number; ry: number };
}

const f = (n: number) => n.toFixed(2);
/** The y a cubic's control points need (both at `c`) for its midpoint to sit at `mid`. */
const controlFor = (mid: number, endY: number) => (mid - 0.25 * endY) / 0.75;

/**
 * `open` 0-1 parts the lips, `width` ~0.85-1.2 stretches them ("oo" to "ee"), `smile` 0-1 lifts the
 * corners. A closed mouth is a soft, friendly line.
 */
export function mouthPaths(open: number, width: number, smile: number): MouthPaths {
  const { x: cx, y: cy } = MOUTH_CENTER;
  const o = Math.max(0, Math.min(1, open));
  const hw = 16 * width * (1 - 0.16 * o);
  const corner = cy - smile * 2.6 + o * 1.2;
  const gap = o * 17;
  const lx = cx - hw;
  const rx = cx + hw;

  const upperMid = cy - 0.4 - o * 2.6;
  const lowerMid = cy + 0.8 + smile * 0.8 + gap;
  const upperC = controlFor(upperMid, corner);
  const lowerC = controlFor(lowerMid, corner);

  const upperEdge = `C${f(lx + hw * 0.45)} ${f(upperC)} ${f(rx - hw * 0.45)} ${f(upperC)} ${f(rx)} ${f(corner)}`;
  const lowerEdgeBack = `C${f(rx - hw * 0.38)} ${f(lowerC)} ${f(lx + hw * 0.38)} ${f(lowerC)} ${f(lx)} ${f(corner)}`;
  const inner = `M${f(lx)} ${f(corner)}${upperEdge}${lowerEdgeBack}Z`;

  // Upper lip: a thin band with a gentle cupid's bow.
  const top = upperMid - 3.6 + o * 0.6;
  const upperLip =
    `M${f(lx - 1.2)} ${f(corner + 0.4)}` +
    `C${f(lx + hw * 0.25)} ${f(top + 1.4)} ${f(cx - hw * 0.4)} ${f(top - 0.6)} ${f(cx - hw * 0.16)} ${f(top - 0.3)}` +
    `C${f(cx - hw * 0.06)} ${f(top - 0.2)} ${f(cx)} ${f(top + 0.7)} ${f(cx)} ${f(top + 0.7)}` +
    `C${f(cx)} ${f(top + 0.7)} ${f(cx + hw * 0.06)} ${f(top - 0.2)} ${f(cx + hw * 0.16)} ${f(top - 0.3)}` +
    `C${f(cx + hw * 0.4)} ${f(top - 0.6)} ${f(rx - hw * 0.25)} ${f(top + 1.4)} ${f(rx + 1.2)} ${f(corner + 0.4)}` +
    `C${f(rx - hw * 0.45)} ${f(upperC + 0.4)} ${f(lx + hw * 0.45)} ${f(upperC + 0.4)} ${f(lx - 1.2)} ${f(corner + 0.4)}Z`;

  // Lower lip: fuller in the middle, following the opening.
  const lowerOuterC = controlFor(lowerMid + 5.4 - o * 0.8, corner);
  const lowerLip =
    `M${f(lx - 0.6)} ${f(corner + 0.3)}` +
    `C${f(lx + hw * 0.38)} ${f(lowerC - 0.3)} ${f(rx - hw * 0.38)} ${f(lowerC - 0.3)} ${f(rx + 0.6)} ${f(corner + 0.3)}` +
    `C${f(rx - hw * 0.18)} ${f(lowerOuterC)} ${f(lx + hw * 0.18)} ${f(lowerOuterC)} ${f(lx - 0.6)} ${f(corner + 0.3)}Z`;

  const lift = 1.2 + smile * 2.2;
  const creases =
    `M${f(lx - 0.6)} ${f(corner + 0.6)}C${f(lx - 2.4)} ${f(corner - 0.2)} ${f(lx - 3.2)} ${f(corner - lift + 0.6)} ${f(lx - 3.4)} ${f(corner - lift)}` +
    `M${f(rx + 0.6)} ${f(corner + 0.6)}C${f(rx + 2.4)} ${f(corner - 0.2)} ${f(rx + 3.2)} ${f(corner - lift + 0.6)} ${f(rx + 3.4)} ${f(corner - lift)}`;

  return {
    inner,
    upperLip,
    lowerLip,
    creases,
    teeth: { x: cx - hw * 0.68, y: upperMid - 1.5, width: hw * 1.36, height: 1.5 + Math.min(4, gap * 0.3) },
    tongue: { cy: lowerMid + 1.5, rx: hw * 0.58, ry: Math.max(0.1, gap * 0.3) },
  };
}
