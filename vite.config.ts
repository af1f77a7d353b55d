import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { tanstackRouter } from '@tanstack/router-plugin/vite'

// The router plugin must run before React's so that route files are split and
// the route tree is regenerated before JSX is transformed.
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [tanstackRouter({ target: 'react', autoCodeSplitting: true }), react()],
  build: { target: 'es2022' },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
})
