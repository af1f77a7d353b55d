import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { tanstackRouter } from '@tanstack/router-plugin/vite'

// The router plugin must run before React's so that route files are split and
// the route tree is regenerated before JSX is transformed.
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [tanstackRouter({ target: 'react', autoCodeSplitting: true }), react()],
  // OUT_DIR lets parallel test runs build side by side; dist/ is the default.
  build: { target: 'es2022', outDir: process.env.OUT_DIR ?? 'dist', emptyOutDir: true },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
})
