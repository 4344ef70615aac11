/** The guard against new hard-coded strings (decision 023): what it refuses, and what it lets through. */
import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import rule from "../../eslint-rules/no-jsx-prose.mjs";

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { ecmaVersion: 2024, sourceType: "module", parserOptions: { ecmaFeatures: { jsx: true } } },
});

const error = { message: "Prose in JSX: put it in messages/en.json and use t() (decision 023)." };

tester.run("no-jsx-prose", rule, {
  valid: [
    "<p>{t('title')}</p>",
    "<span>Kinship</span>",
    "<span>K</span>",
    "<span>· {count} ·</span>",
    "<Field label={t('email')} name='email' type='email' autoComplete='current-password' />",
    "<Link href='/sign-in' className='font-medium text-primary underline-offset-4'>{t('signIn')}</Link>",
    "<input aria-label={t('search')} />",
  ],
  invalid: [
    { code: "<p>Forgot your password?</p>", errors: [error] },
    { code: "<p>{'Sign in now'}</p>", errors: [error] },
    { code: "<Field label='Your password' />", errors: [error] },
    { code: "<button aria-label={`Theme: ${x} now`} />", errors: [error] },
    { code: "<Submit pendingLabel={busy ? 'Saving it…' : 'Save'} />", errors: [error] },
    { code: "<p>¿Olvidaste tu contraseña?</p>", errors: [error] },
    { code: "<p>نسيت كلمة المرور؟</p>", errors: [error] },
  ],
});
