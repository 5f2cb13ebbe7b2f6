import { useLayoutEffect, useRef } from "react";

/** The blocks a reader's place is kept by: the report's sections and each question. */
const PLACES = ':scope > *, [data-testid="report-question"]';

interface Place {
  element: Element;
  top: number;
}

/**
 * The block the reader is at, as browsers' scroll anchoring picks it: the first one (in document order)
 * showing in the window, then the first showing one inside it (a question inside its section).
 */
function placeIn(container: HTMLElement): Place | null {
  let found: Place | null = null;
  for (const element of container.querySelectorAll(PLACES)) {
    const { top, bottom, height } = element.getBoundingClientRect();
    // Hidden, above the window, or fixed over the page (a notice): not where the reader is.
    if (height === 0 || bottom <= 0 || getComputedStyle(element).position === "fixed") continue;
    if (found && !found.element.contains(element)) break;
    found = { element, top };
  }
  return found;
}

/**
 * Keeps what the reader is looking at where it is on screen when the content is replaced by a newer
 * `version` (a rebuilt report can add a section above them). Browsers' own scroll anchoring is turned
 * off in the container, so the page moves once, by this.
 */
export function useReadingPlace<T extends HTMLElement>(version: string) {
  const container = useRef<T>(null);
  const seen = useRef(version);
  const place = useRef<Place | null>(null);
  // Read before React commits the new version, while the page still shows the old one.
  if (seen.current !== version && container.current) place.current = placeIn(container.current);
  useLayoutEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    const kept = place.current;
    place.current = null;
    if (!kept?.element.isConnected) return;
    window.scrollBy(0, kept.element.getBoundingClientRect().top - kept.top);
  }, [version]);
  return container;
}
