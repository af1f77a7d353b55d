import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const features = ['timeline', 'delegations', 'filters', 'sharing', 'sources', 'exports', 'i18n']

// One-way dependencies: content and lib know nothing of React features; a feature
// never imports another feature (they meet in routes).
const featureBoundaries = features.map((name) => ({
  files: [`src/features/${name}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(features/)?(${features.filter((f) => f !== name).join('|')})/`,
            message: 'Features do not import each other; compose them in a route.',
          },
          { regex: '^(\\.\\./)+routes/', message: 'Features do not import routes.' },
        ],
      },
    ],
  },
}))

export default tseslint.config(
  {
    ignores: [
      'dist',
      '.tmp',
      'src/routeTree.gen.ts',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    files: ['src/content/**/*.ts', 'src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^react', message: 'content/ and lib/ stay free of React.' },
            {
              regex: '^(\\.\\./)+(features|routes|components)/',
              message: 'content/ and lib/ sit below features.',
            },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
)
