/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** True in the browser's production bundle only (vite.config.ts); false or missing elsewhere. */
  readonly BROWSER_BUNDLE?: boolean
}
