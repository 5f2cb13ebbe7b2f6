import type { Page } from "playwright-core";

export const PHONE = { width: 390, height: 844 };

/** The document's width and, when it is wider than the phone, the innermost elements sticking out. */
export async function widthOf(page: Page) {
  return page.evaluate((limit) => {
    const sticking = [...document.querySelectorAll("body *")].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.right > limit + 0.5;
    });
    const innermost = sticking.filter((el) => !sticking.some((other) => other !== el && el.contains(other)));
    return {
      scrollWidth: document.documentElement.scrollWidth,
      offenders: innermost.slice(0, 8).map((el) => {
        const box = el.getBoundingClientRect();
        const cls = typeof el.className === "string" ? el.className.slice(0, 80) : "";
        return `${el.tagName.toLowerCase()}.${cls} right=${Math.round(box.right)} "${(el.textContent ?? "").slice(0, 40)}"`;
      }),
    };
  }, PHONE.width);
}
