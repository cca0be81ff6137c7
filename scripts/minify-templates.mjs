/**
 * Minifies the CSS inside Lit's css`` templates and the indentation inside html`` templates of
 * Goalpost's sources, as they are bundled. Whitespace a reader uses to lay out a template is
 * bytes every page downloads; the rendered result is the same.
 *
 * Only the literal text of a template changes, never its `${…}` parts: the TypeScript parser finds
 * each tagged template, so strings, comments and nested templates elsewhere are left alone.
 *   - css: comments go; whitespace collapses to one space and goes entirely next to `{ } ; ,`;
 *     quoted strings stay exactly as written.
 *   - html: indentation goes; a line break between inline elements renders as a space, as before.
 *     A template with typed text inside `<pre>` or `<textarea>` is left alone.
 * Line breaks stay (a line break is one byte, like the space it stands for), so every line of the
 * output is the same line of the source and source maps stay right.
 */
import ts from 'typescript';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Line breaks in `text`, kept so that source maps of the minified file still point at the right lines. */
const breaks = (text) => '\n'.repeat(text.split('\n').length - 1);

// A CSS comment, a quoted string (kept exactly: `content: ', '` means what it says), or anything else.
const CSS_TOKENS = /\/\*[\s\S]*?\*\/|"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\])*'|[^"'/]+|[\s\S]/g;

function minifyCss(text) {
  return text.replace(CSS_TOKENS, (token) => {
    if (token.startsWith('/*')) return breaks(token);
    if (token.startsWith('"') || token.startsWith("'")) return token;
    return token
      .replace(/\s+/g, (space) => breaks(space) || ' ')
      .replace(/\s*([{};,])\s*/g, (match, mark) => mark + breaks(match))
      .replace(/;(\n*)}/g, '$1}');
  });
}

function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, breaks);
}

/** `<pre>` and `<textarea>` keep typed whitespace: a template that puts text in one is left as written. */
const KEEPS_WHITESPACE = /<(pre|textarea)\b[^>]*>[^<]*\S/i;

/** Returns `source` with its css`` and html`` templates minified. */
export function minifyTemplates(source, fileName = 'file.ts') {
  if (!/\b(css|html)\s*`/.test(source)) return source;
  const kind = fileName.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'css' || node.tag.text === 'html')) {
      const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      const keep = node.tag.text === 'html' && KEEPS_WHITESPACE.test(parts.map((part) => part.text).join(''));
      for (const part of keep ? [] : parts) {
        // The raw text between the backtick or `}` and the next `${` or backtick.
        const start = part.getStart(file) + 1;
        const end = part.getEnd() - (part.kind === ts.SyntaxKind.TemplateHead || part.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
        const raw = source.slice(start, end);
        const small = minify(raw);
        if (small !== raw) edits.push({ start, end, text: small });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** An esbuild plugin that minifies the templates of Goalpost's own TypeScript sources. */
export function minifyTemplatesPlugin() {
  return {
    name: 'goalpost-minify-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
        contents: minifyTemplates(await readFile(args.path, 'utf8'), args.path),
        loader: 'ts',
      }));
    },
  };
}

/**
 * `node scripts/minify-templates.mjs DIR` minifies, in place, the templates of every module tsc
 * emitted into DIR (the bundle under DIR/cdn is built minified already). Lines stay where they
 * were, so tsc's source maps still hold.
 */
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? 'dist');
  let changed = 0;
  for (const name of await readdir(dir, { recursive: true })) {
    if (!name.endsWith('.js') || name.split(sep)[0] === 'cdn') continue;
    const path = join(dir, name);
    const source = await readFile(path, 'utf8');
    const small = minifyTemplates(source, path);
    if (small !== source) {
      await writeFile(path, small);
      changed += 1;
    }
  }
  console.log(`Minified the templates of ${changed} modules in ${dir}`);
}
