declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string | string[];
  }
}

/**
 * Excalidraw loads its fonts (for the canvas and for exported images) from here, served by the app itself
 * (the Vite plugin copies them into the build); without it, it would ask a CDN.
 */
window.EXCALIDRAW_ASSET_PATH = "/excalidraw-assets/";

export {};
