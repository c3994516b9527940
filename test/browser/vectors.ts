/**
 * Hostile strings for the card's safety tests (hostile.test.ts, fuzz.test.ts). Every payload that
 * could run code sets `window.__pwned`, so a test only has to check that flag stays 0.
 */
const P = 'window.__pwned=1';

export interface Vector {
  /** Short name for test titles and failure messages. */
  name: string;
  value: string;
  /** One grapheme cluster wider than a card: no line-breaking rule can wrap it. */
  unbreakable?: boolean;
}

const v = (name: string, value: string, unbreakable = false): Vector => ({ name, value, ...(unbreakable && { unbreakable }) });

/** Strings placed into every free-text field of a document and into the card's attributes. */
export const VECTORS: readonly Vector[] = [
  // Markup and event handlers
  v('script tag', `<script>${P}</script>`),
  v('img onerror', `<img src=x onerror="${P}">`),
  v('svg onload', `<svg onload="${P}"></svg>`),
  v('svg script', `<svg><script>${P}</script></svg>`),
  v('svg animate onbegin', `<svg><animate onbegin="${P}" attributeName="x" dur="1s"/></svg>`),
  v('iframe javascript:', `<iframe src="javascript:parent.__pwned=1"></iframe>`),
  v('iframe srcdoc', `<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`),
  v('object data', `<object data="javascript:${P}"></object>`),
  v('embed src', `<embed src="javascript:${P}">`),
  v('anchor javascript:', `<a href="javascript:${P}">click me</a>`),
  v('body onload', `<body onload="${P}">`),
  v('details ontoggle', `<details open ontoggle="${P}"><summary>x</summary></details>`),
  v('input autofocus onfocus', `<input autofocus onfocus="${P}">`),
  v('video source onerror', `<video><source onerror="${P}"></video>`),
  v('form action', `<form action="javascript:${P}"><button>go</button></form>`),
  v('meta refresh', `<meta http-equiv="refresh" content="0;url=javascript:${P}">`),
  v('base href', `<base href="javascript:/">`),
  v('link stylesheet', `<link rel="stylesheet" href="data:text/css,*{display:none}">`),
  v('template content', `<template><img src=x onerror="${P}"></template>`),
  v('mXSS math/style', `<math><mtext><table><mglyph><style><img src=x onerror="${P}">`),
  v('noscript title breakout', `<noscript><p title="</noscript><img src=x onerror=${P}>">`),
  v('xmp/plaintext', `<xmp><plaintext><img src=x onerror="${P}">`),
  v('fixed overlay div', `<div style="position:fixed;inset:0;z-index:99999;background:red">overlay</div>`),
  // Attribute and context breakouts
  v('double-quote breakout', `"><img src=x onerror="${P}">`),
  v('single-quote breakout', `' onmouseover='${P}' x='`),
  v('textarea breakout', `</textarea><script>${P}</script>`),
  v('title breakout', `</title><script>${P}</script>`),
  // URLs
  v('javascript: URL', `javascript:${P}`),
  v('javascript: mixed case + tab', `JaVa\tScRiPt:${P}`),
  v('javascript: entity-encoded', `jav&#x09;ascript:${P}`),
  v('data: text/html URL', `data:text/html;base64,${btoa(`<script>${P}</script>`)}`),
  v('data: svg URL', `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${P}"/>`),
  v('vbscript: URL', 'vbscript:msgbox(1)'),
  // CSS
  v('</style> breakout', `</style><img src=x onerror="${P}">`),
  v('style tag', `<style>*{display:none!important}</style>`),
  v('CSS escapes', String.raw`\3c script\3e ${P}\3c /script\3e`),
  v('CSS expression/url', `x;background:url("javascript:${P}");width:expression(${P})`),
  v('CSS rule injection', '}*{background:red!important;width:9999px!important}'),
  v('CSS @import', `<style>@import "javascript:${P}";</style>`),
  // Template-like strings
  v('JS template literal', `\${${P}}`),
  v('Angular/Vue constructor', `{{constructor.constructor('${P}')()}}`),
  v('ERB/EJS', `<%= ${P} %>`),
  v('Ruby interpolation', `#{${P}}`),
  v('Handlebars triple-stash', `{{{${P}}}}`),
  // lit-html marker lookalikes
  v('lit comment marker', '<!--?lit$123456789$-->'),
  v('lit attribute marker', 'lit$123456789$'),
  v('lit marker with ?', '?lit$123456789$'),
  v('lit bound attribute suffix', 'x$lit$="y" onclick$lit$="window.__pwned=1"'),
  v('comment terminators', '<!-- --> <!---> --!> -->'),
  // Entities and encodings
  v('HTML entities (script)', `&lt;script&gt;${P}&lt;/script&gt;`),
  v('numeric entities (img)', `&#60;img src=x onerror=${P}&#62;`),
  v('misc entities', '&amp; &quot; &#x27; &nbsp; &#0; &NotAnEntity;'),
  v('URL-encoded script', `%3Cscript%3E${P}%3C/script%3E`),
  v('JSON unicode escapes (literal)', String.raw`\u003cscript\u003e${P}\u003c/script\u003e`),
  // Unicode
  v('bidi RLO override', '\u202Eexe.gnp\u202C Data Scientists'),
  v('bidi isolates/marks', '\u2066\u2067\u2068abc\u2069\u200F\u200E\u061C'),
  v('zero-width around text', '\u200BData\u200C\u200DSci\uFEFFentists'),
  v('zero-width only', '\u200B\u200C\u200D\u2060'),
  v('null bytes', `a\u0000b<scr\u0000ipt>${P}</scr\u0000ipt>`),
  v('C0/C1 controls', '\u0001\u0002\u0007\u0008\u001B[31m\u007F\u0085\u009B'),
  v('lone surrogates', '\uD800 x \uDFFF \uD83D'),
  v('astral emoji + ZWJ', '😀 👩‍👩‍👧‍👦 🏳️‍🌈 𝕯𝖆𝖙𝖆'),
  v('zalgo text', 'Z̷̢̛͎̈́a̵̡̰̓l̸̨̦̈́g̶̛̺o̵̢̅'.repeat(40) + ' ' + 'Ẑ̷̢̛̛͎͎̈́̈́'.repeat(60)),
  v('combining marks on one letter', 'Z' + '\u0336\u0337\u0338\u0489'.repeat(150), true),
  v('ZWJ emoji chain (one cluster)', Array(200).fill('👩').join('\u200D'), true),
  v('line/para separators', 'line\u2028sep\u2029para\r\nCRLF'),
  v('homoglyphs', 'Dаta Sсiеntists'),
  // Sizes
  v('10,000-char word', 'W'.repeat(10_000)),
  v('10,000-char spaced text', 'lorem '.repeat(1_700)),
  v('5,000 CJK chars', '漢'.repeat(5_000)),
  v('long URL-like word', 'https://example.com/' + 'a/'.repeat(3_000)),
  // Prototype names and JSON-looking strings
  v('__proto__', '__proto__'),
  v('constructor', 'constructor'),
  v('prototype', 'prototype'),
  v('toString/hasOwnProperty', 'toString hasOwnProperty valueOf'),
  v('JSON proto payload', '{"__proto__":{"polluted":"yes"}}'),
  // Blank-looking: not valid in fields that must not be blank
  v('whitespace only', ' \t\n\u00A0\u2028\u3000'),
];

/** Values for `sources[].url`: the card must refuse the document or render only http(s) links. */
export const URL_VECTORS: readonly string[] = [
  `javascript:${P}`,
  `JAVASCRIPT:${P}`,
  ` javascript:${P}`,
  `java\nscript:${P}`,
  `\u0000javascript:${P}`,
  `data:text/html;base64,${btoa(`<script>${P}</script>`)}`,
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://evil.test/0f0f',
  'about:blank',
  '//evil.test/x',
  'https:evil.test',
  'https://',
  ' https://evil.test/',
  'https://evil.test\u2028/',
  'https://evil.test/\u202Egnp.exe',
  `https://evil.test/"><img src=x onerror="${P}">`,
  `https://evil.test/'onmouseover='${P}'`,
  `https://evil.test/#javascript:${P}`,
  'https://evil.test/<script>',
  'https://user:pass@evil.test/',
  'HTTPS://EXAMPLE.COM/UPPER',
  'http://[::1]/ipv6',
  'http://evil.test/' + 'a'.repeat(10_000),
];
