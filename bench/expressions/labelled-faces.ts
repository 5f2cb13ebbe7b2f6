/**
 * Faces in @vladmandic/face-api's demo photos, labelled by a person looking at them (not by a model):
 * only the clearly expressive ones, plus three faces with the eyes lowered (at a phone, as when reading
 * notes: `down`) and one turned to the side. The photos
 * hold smiles and calm faces only: the other five expressions cannot be checked with them.
 * Box: [x, y, side] in the 1920 px original.
 */
export const LABELLED_FACES: Array<{
  name: string;
  photo: number;
  box: [number, number, number];
  expression?: "happy" | "neutral";
  away?: boolean;
  /** Eyes lowered below the camera. */
  down?: boolean;
}> = [
  { name: "s1-right-smile", photo: 1, box: [1438, 205, 279], expression: "happy" },
  { name: "s3-middle-smile", photo: 3, box: [1005, 187, 367], expression: "happy" },
  { name: "s3-right-smile", photo: 3, box: [1372, 244, 409], expression: "happy" },
  { name: "s4-second-smile", photo: 4, box: [1216, 134, 305], expression: "happy" },
  { name: "s4-third-smile", photo: 4, box: [908, 149, 330], expression: "happy" },
  { name: "s6-right-smile", photo: 6, box: [1402, 236, 377], expression: "happy" },
  { name: "s6-left-smile", photo: 6, box: [587, 300, 384], expression: "happy" },
  { name: "s3-left-calm", photo: 3, box: [515, 295, 361], expression: "neutral" },
  { name: "s5-top-calm", photo: 5, box: [727, 93, 272], expression: "neutral" },
  { name: "s6-second-calm", photo: 6, box: [1081, 280, 368], expression: "neutral" },
  { name: "s2-left-turned", photo: 2, box: [281, 117, 328], away: true },
  { name: "s2-right-down", photo: 2, box: [1370, 112, 347], away: true, down: true },
  { name: "s2-middle-down", photo: 2, box: [805, 188, 353], away: true, down: true },
  { name: "s1-middle-down", photo: 1, box: [773, 386, 327], away: true, down: true },
];
