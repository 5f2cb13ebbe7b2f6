/**
 * Where the eyes point up/down, from the face mesh's eye landmarks (MediaPipe Face Mesh indices, as
 * @vladmandic/human returns them with its iris model on: 468 points plus 10 of the irises; Human puts
 * the iris of the eye at 33/133 at 473, the other at 468 - see its facemeshcoords.ts).
 * Head angles alone miss a candidate who keeps the head level and lowers the eyes to read notes.
 */
type Point = ReadonlyArray<number | undefined>;

/** One eye's landmarks: the two corners, the middle of each lid, and the iris centre. */
const EYES = [
  { outer: 33, inner: 133, upper: 159, lower: 145, iris: 473 },
  { outer: 263, inner: 362, upper: 386, lower: 374, iris: 468 },
] as const;
const MESH_WITH_IRIS = 478;

export interface EyeGeometry {
  /**
   * How far the iris centre sits below the line through the eye's corners, in eye widths (mean of
   * both eyes; negative above). The line is the eye's own axis, so a tilted head does not move it.
   */
  irisDrop: number;
  /** The opening between the lids, in eye widths (mean of both eyes): lowered eyes are narrow. */
  aperture: number;
}

/** The eye geometry of a mesh, or undefined when the mesh has no iris points or is degenerate. */
export function eyeGeometry(mesh: readonly Point[] | undefined): EyeGeometry | undefined {
  if (!mesh || mesh.length < MESH_WITH_IRIS) return undefined;
  let irisDrop = 0;
  let aperture = 0;
  for (const eye of EYES) {
    const [outer, inner, upper, lower, iris] = [eye.outer, eye.inner, eye.upper, eye.lower, eye.iris].map(
      (i) => mesh[i] as Point,
    ) as [Point, Point, Point, Point, Point];
    const axis = [(inner[0] ?? 0) - (outer[0] ?? 0), (inner[1] ?? 0) - (outer[1] ?? 0)] as const;
    const width = Math.hypot(axis[0], axis[1]);
    if (!(width > 0)) return undefined;
    // The unit normal pointing down the image when the eye is level (image y grows downwards).
    const sign = axis[0] >= 0 ? 1 : -1;
    const normal = [(-axis[1] / width) * sign, (axis[0] / width) * sign] as const;
    const mid = [((outer[0] ?? 0) + (inner[0] ?? 0)) / 2, ((outer[1] ?? 0) + (inner[1] ?? 0)) / 2];
    const below = (p: Point) =>
      ((p[0] ?? 0) - (mid[0] ?? 0)) * normal[0] + ((p[1] ?? 0) - (mid[1] ?? 0)) * normal[1];
    irisDrop += below(iris) / width;
    aperture += (below(lower) - below(upper)) / width;
  }
  if (!Number.isFinite(irisDrop) || !Number.isFinite(aperture)) return undefined;
  return { irisDrop: irisDrop / EYES.length, aperture: aperture / EYES.length };
}
