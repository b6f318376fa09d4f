import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// The UI tests run in a machine zone that is neither UTC nor the fixtures' organisation zone
// (Europe/Amsterdam), whatever the machine running them: every time they check must come from
// the organisation's zone, and the first run proposes this zone (fixtures first_run*). Set
// before Vitest starts its workers, which inherit it.
if (process.env.VITEST) process.env.TZ = "America/Los_Angeles";

// The built files are embedded into the Tauri binary (frontendDist); no dev server is needed.
export default defineConfig({
  plugins: [svelte()],
  base: "./",
  clearScreen: false,
  build: {
    target: "safari16",
    outDir: "dist",
    emptyOutDir: true,
    // No inline <script> or style: the CSP allows only files from the app itself.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // The passphrase meter's dictionaries (zxcvbn, four languages, lib/strength.ts) are ~1 MB
    // chunks loaded only when a passphrase is typed; the app's own code stays far below this.
    chunkSizeWarningLimit: 1300,
  },
  server: { fs: { allow: [".."] } },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/test/setup.ts"],
  },
  resolve: process.env.VITEST ? { conditions: ["browser"] } : undefined,
});
