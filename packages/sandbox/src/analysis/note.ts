/** A style or complexity note, in both languages the product speaks. */
export interface Note {
  en: string;
  ko: string;
}

/** Up to three names, for a note. */
export function list(names: string[]): string {
  return names.slice(0, 3).join(", ");
}
