import type { Page } from "playwright-core";

// Draws with Excalidraw's own tools, the way a candidate does: shortcuts, mouse drags, Enter to type a
// shape's or an arrow's label, a double-click for a text inside an unfilled shape, Ctrl to keep an arrow loose.
// Coordinates are canvas pixels at zoom 1 from the canvas's top-left; the drawings keep clear of Excalidraw's
// toolbar (top) and side buttons (right) on the 726 px canvas the page gives it.

type Pt = { x: number; y: number };

export class Pen {
  constructor(
    private readonly page: Page,
    private readonly origin: Pt,
  ) {}

  private at(p: Pt) {
    return { x: this.origin.x + p.x, y: this.origin.y + p.y };
  }

  /** Clears the selection on an empty spot, so the next shortcut goes to the canvas. */
  async idle() {
    await this.page.keyboard.press("Escape");
    const p = this.at({ x: 450, y: 500 });
    await this.page.mouse.click(p.x, p.y);
  }

  async drag(tool: string, from: Pt, to: Pt, options: { unbound?: boolean } = {}) {
    await this.idle();
    await this.page.keyboard.press(tool);
    const a = this.at(from);
    const b = this.at(to);
    await this.page.mouse.move(a.x, a.y);
    if (options.unbound) await this.page.keyboard.down("Control");
    await this.page.mouse.down();
    await this.page.mouse.move(b.x, b.y, { steps: 10 });
    await this.page.mouse.up();
    if (options.unbound) await this.page.keyboard.up("Control");
  }

  /** Types into Excalidraw's text editor, which the last key or click opened, and closes it. */
  private async type(text: string) {
    await this.page.locator(".excalidraw-wysiwyg").waitFor();
    await this.page.keyboard.insertText(text);
    await this.page.keyboard.press("Escape");
  }

  /** A shape with its label typed into it: Enter on the selected shape binds the text to it. */
  async box(tool: "r" | "o" | "d", from: Pt, to: Pt, text: string) {
    await this.drag(tool, from, to);
    await this.page.keyboard.press("Enter");
    await this.type(text);
  }

  /** An arrow; Enter on it types its label (text bound to the arrow). */
  async arrow(from: Pt, to: Pt, options: { unbound?: boolean; label?: string } = {}) {
    await this.drag("a", from, to, options);
    if (!options.label) return;
    await this.page.keyboard.press("Enter");
    await this.type(options.label);
  }

  /** Double-click inside a shape with no fill: Excalidraw starts a free text there, not bound to it. */
  async textInside(at: Pt, text: string) {
    await this.idle();
    const p = this.at(at);
    await this.page.mouse.dblclick(p.x, p.y);
    await this.type(text);
  }

  /** A free text with the text tool, for captions next to a box and notes. */
  async text(at: Pt, text: string) {
    await this.idle();
    await this.page.keyboard.press("t");
    const p = this.at(at);
    await this.page.mouse.click(p.x, p.y);
    await this.type(text);
  }

  /** A frame around what is already drawn there, named by typing after Enter. */
  async frame(from: Pt, to: Pt, name: string) {
    await this.drag("f", from, to);
    await this.page.keyboard.press("Enter");
    await this.page.keyboard.press("ControlOrMeta+a");
    await this.page.keyboard.insertText(name);
    await this.page.keyboard.press("Enter");
  }
}

/** The good design: typed labels, a caption under a box, a free note, a frame, bound and loose arrows. */
export async function drawGood(pen: Pen) {
  await pen.box("r", { x: 10, y: 120 }, { x: 140, y: 180 }, "사용자 (브라우저)");
  await pen.box("r", { x: 180, y: 120 }, { x: 330, y: 180 }, "로드밸런서 (ALB)");
  await pen.box("r", { x: 370, y: 120 }, { x: 520, y: 180 }, "단축 API 서버 x3");
  await pen.drag("d", { x: 560, y: 100 }, { x: 680, y: 200 });
  await pen.textInside({ x: 620, y: 150 }, "Redis 캐시");
  await pen.drag("r", { x: 180, y: 270 }, { x: 330, y: 330 });
  await pen.text({ x: 185, y: 342 }, "인증 서버 (JWT)");
  await pen.box("o", { x: 370, y: 260 }, { x: 520, y: 350 }, "MySQL 주 DB");
  await pen.box("o", { x: 560, y: 260 }, { x: 680, y: 350 }, "읽기 복제본");
  await pen.text({ x: 20, y: 470 }, "Prometheus 모니터링");
  await pen.frame({ x: 350, y: 235 }, { x: 695, y: 400 }, "VPC (private)");
  // Arrows started and ended just inside a shape's edge bind to it; with Ctrl held they stay loose.
  await pen.arrow({ x: 136, y: 150 }, { x: 184, y: 150 }, { label: "HTTPS" });
  await pen.arrow({ x: 326, y: 150 }, { x: 374, y: 150 });
  await pen.arrow({ x: 255, y: 176 }, { x: 255, y: 274 });
  await pen.arrow({ x: 445, y: 150 }, { x: 620, y: 150 }, { unbound: true });
  await pen.arrow({ x: 445, y: 176 }, { x: 445, y: 264 });
  await pen.arrow({ x: 445, y: 305 }, { x: 620, y: 305 }, { unbound: true, label: "비동기 복제" });
}

/** The poor design: one server, and the client wired straight to the database with a plain line. */
export async function drawPoor(pen: Pen) {
  await pen.drag("r", { x: 10, y: 120 }, { x: 130, y: 180 });
  await pen.textInside({ x: 70, y: 150 }, "Client");
  await pen.box("r", { x: 280, y: 120 }, { x: 420, y: 180 }, "Server");
  await pen.box("o", { x: 280, y: 280 }, { x: 420, y: 370 }, "Database");
  await pen.arrow({ x: 126, y: 150 }, { x: 284, y: 150 });
  await pen.arrow({ x: 350, y: 150 }, { x: 350, y: 325 }, { unbound: true });
  await pen.drag("l", { x: 70, y: 150 }, { x: 350, y: 325 });
}
