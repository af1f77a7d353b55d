import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'
import { featureFolders, LAYERS } from './scripts/import-graph.js'

// The floors of src/ and the feature folders, read from disk (scripts/import-graph.js): each
// floor imports only from the floors below it, and a feature never imports another feature
// (they meet in routes). A new feature folder is walled off without editing a list here;
// tests/unit/import-graph.test.ts checks the same floors over the whole graph, and circles.
const features = featureFolders()
const relative = '^(?:\\./|(?:\\.\\./)+)'

/** Lint rules for one floor: nothing above it, and for some floors nothing of React. */
function floorRules(floor, index) {
  const above = LAYERS.slice(index + 1).filter((layer) => layer !== 'app')
  const noReact = ['core', 'content', 'lib'].includes(floor)
  return {
    files: [floor === 'app' ? 'src/*.{ts,tsx}' : `src/${floor}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(noReact ? [{ regex: '^react', message: `${floor}/ stays free of React.` }] : []),
            ...(above.length === 0
              ? []
              : [
                  {
                    regex: `${relative}(?:src/)?(?:${above.join('|')})/`,
                    message: `${floor}/ sits below ${above.join(', ')}: floors import only downwards.`,
                  },
                ]),
          ],
        },
      ],
    },
  }
}

/** A feature's rules: its floor's, and no other feature. */
function featureRules(name) {
  const floor = floorRules('features', LAYERS.indexOf('features'))
  const others = features.filter((f) => f !== name)
  const [options] = floor.rules['no-restricted-imports'].slice(1)
  return {
    files: [`src/features/${name}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...options.patterns,
            ...(others.length === 0
              ? []
              : [
                  {
                    regex: `^(?:\\.\\./)+(?:features/)?(?:${others.join('|')})/`,
                    message: 'Features do not import each other; compose them in a route.',
                  },
                ]),
          ],
        },
      ],
    },
  }
}

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
  ...LAYERS.filter((floor) => floor !== 'features').map((floor) =>
    floorRules(floor, LAYERS.indexOf(floor)),
  ),
  ...features.map(featureRules),
)
