import { vitePreprocess } from "@sveltejs/vite-plugin-svelte";

export default {
  preprocess: vitePreprocess(),
  // Component styles go to the emitted CSS file, never inline (strict CSP).
  compilerOptions: { css: "external" },
};
