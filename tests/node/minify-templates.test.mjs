// Checks of scripts/minify-templates.mjs, run by Node (`npm run test:node`): what the build does
// to Goalpost's css`` and html`` templates before any browser sees them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

const lines = (text) => text.split('\n').length;

test('css: comments and layout whitespace go, every line stays where it was', () => {
  const source = 'const s = css`\n  /* the frame */\n  .card {\n    gap: calc(var(--_space) * 2);\n    color: red;\n  }\n`;';
  const small = minifyTemplates(source);
  assert.equal(lines(small), lines(source));
  assert.equal(small.replace(/\n/g, ''), 'const s = css`.card{gap: calc(var(--_space) * 2);color: red}`;');
});

test('css: quoted strings stay exactly as written', () => {
  const source = "const s = css`\n  .list li + li::before {\n    content: ',  ';\n    background: url(\"a  b.svg\");\n  }\n`;";
  const small = minifyTemplates(source);
  assert.match(small, /content: ', {2}'/);
  assert.match(small, /url\("a {2}b\.svg"\)/);
});

test('css: descendant and pseudo-class selectors keep their spaces', () => {
  const small = minifyTemplates('const s = css`\n  .card :focus-visible,\n  :host([theme="dark"]) .a > .b {\n    outline: 0;\n  }\n`;');
  assert.match(small, /\.card :focus-visible,/);
  assert.match(small, /:host\(\[theme="dark"\]\) \.a > \.b\{/);
});

test('html: indentation goes, a line break between words still reads as a space', () => {
  const source = 'const t = html`<p>\n      <strong>${name}</strong>\n      from ${sender}\n    </p>`;';
  const small = minifyTemplates(source);
  assert.equal(lines(small), lines(source));
  assert.equal(small.replace(/\n/g, ' '), 'const t = html`<p> <strong>${name}</strong> from ${sender} </p>`;');
});

test('html: typed text in <pre> or <textarea> is left alone', () => {
  for (const source of ['const t = html`<pre>\n  two\n    lines</pre>`;', 'const t = html`<textarea>\n  Dear team,\n</textarea>`;']) {
    assert.equal(minifyTemplates(source), source);
  }
});

test('only css and html templates change: other template literals and the ${} parts are untouched', () => {
  const source = 'const a = `\n  keep   me\n`;\nconst b = html`<p>\n  ${`\n  inner   text\n`}\n</p>`;';
  const small = minifyTemplates(source);
  assert.match(small, /const a = `\n {2}keep {3}me\n`;/);
  assert.match(small, /\$\{`\n {2}inner {3}text\n`\}/);
});

test('reads JavaScript as tsc emits it (a space between the tag and the backtick)', () => {
  const small = minifyTemplates('export const s = css `\n  .a {\n    color: red;\n  }\n`;', 'styles.js');
  assert.equal(small.replace(/\n/g, ''), 'export const s = css `.a{color: red}`;');
});

test('every template in src keeps its quoted strings and its line count', async () => {
  const root = join(import.meta.dirname, '../../src');
  for (const name of await readdir(root, { recursive: true })) {
    if (!name.endsWith('.ts')) continue;
    const source = await readFile(join(root, name), 'utf8');
    const small = minifyTemplates(source, name);
    assert.equal(lines(small), lines(source), name);
    const quoted = (text) => [...text.matchAll(/css`[\s\S]*?`/g)].flatMap((m) => m[0].match(/"[^"\n]*"|'[^'\n]*'/g) ?? []);
    assert.deepEqual(quoted(small), quoted(source), name);
  }
});
