import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import prettier from 'eslint-config-prettier/flat';

/** The house ESLint flat config: TypeScript everywhere, Vue where there are .vue files. */
export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/gql/**', '**/node_modules/**', '**/.data/**', '**/test-results/**'],
  },
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'vue/multi-word-component-names': 'off',
    },
  },
  // Layout is Prettier's: the stylistic rules of the plugins above are switched off.
  prettier,
  {
    // Tests read GraphQL answers loosely; the assertions are the types.
    files: ['**/*.test.ts', '**/*.e2e.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
