/**
 * renderCard (src/ssr.ts): the server's markup of the card. Hostile strings in every free-text
 * field come out as text, never markup (the vectors of the browser's hostile.test.ts), every option
 * reaches the markup, bad input fails with a specific error, and the JSON-LD uses schema.org types
 * and properties as schema.org defines them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { jsonLd, renderCard } from '../../src/ssr.ts';
import { hostileBase, setAt, stringLeaves, type Doc } from '../browser/hostile-cases.ts';
import { URL_VECTORS, VECTORS } from '../browser/vectors.ts';

type Node = DefaultTreeAdapterMap['node'];
type El = DefaultTreeAdapterMap['element'];
const FIXTURE: Doc = JSON.parse(readFileSync('test/fixtures/data/v1/occupations/15-2051.00.json', 'utf8'));

/** Elements of a tree, template contents included (the declarative shadow root). */
function* elements(n: Node): Generator<El> {
  if ('tagName' in n) yield n as El;
  const kids = [
    ...('childNodes' in n ? n.childNodes : []),
    ...((n as El).tagName === 'template' ? (n as any).content.childNodes : []),
  ];
  for (const k of kids) yield* elements(k);
}
const textOf = (n: Node): string =>
  n.nodeName === '#text'
    ? (n as any).value
    : [...('childNodes' in n ? n.childNodes : []), ...((n as El).tagName === 'template' ? (n as any).content.childNodes : [])]
        .map(textOf)
        .join('');
const attr = (e: El, name: string) => e.attrs.find((a) => a.name === name)?.value;
const frag = (s: string) => parseFragment(s) as unknown as Node;
/** The shadow root's markup as the parser sees it. */
const card = (s: string) => [...elements(frag(s))].find((e) => e.tagName === 'ai-risk-card')!;
const shadow = (s: string) => (card(s).childNodes.find((n) => (n as El).tagName === 'template') as any).content as Node;
const tags = (n: Node) => {
  const m: Record<string, number> = {};
  for (const e of elements(n)) m[e.tagName] = (m[e.tagName] ?? 0) + 1;
  return m;
};

describe('renderCard: hostile strings', () => {
  const base = hostileBase(FIXTURE);
  const leaves = stringLeaves(base);
  const filled = (value: string) => {
    const d = structuredClone(base);
    for (const p of leaves) setAt(d, p, value);
    return d;
  };

  it('every vector in every free-text field at once: the same elements as plain text, the text verbatim', async () => {
    const plain = await renderCard(filled('plain text'), { jsonLd: true });
    const expected = tags(shadow(plain));
    let ran = 0;
    for (const v of VECTORS) {
      // Blank strings are refused by the contract in most fields: the browser shows an error for them too.
      if (!/\S/.test(v.value)) continue;
      const doc = filled(v.value);
      const out = await renderCard(doc, { jsonLd: true });
      assert.deepEqual(tags(shadow(out)), expected, `${v.name}: the shadow root's elements changed`);
      // Around the card: the card, the inline document and the two JSON-LD scripts, nothing else.
      const top = (frag(out) as any).childNodes.map((n: Node) => (n as El).tagName ?? n.nodeName);
      assert.deepEqual(top, ['ai-risk-card', 'script', 'script'], v.name);
      // As an HTML parser reads text: CR LF as LF, and NUL dropped (the browser draws it as nothing).
      const shown = v.value.replace(/\r\n?/g, '\n').replace(/\0/g, '');
      assert.ok(textOf(shadow(out)).includes(shown), `${v.name}: the text is not shown verbatim`);
      for (const e of elements(frag(out))) {
        for (const a of e.attrs) assert.ok(!/^on/i.test(a.name), `${v.name}: an ${a.name} attribute`);
        const href = attr(e, 'href');
        if (href) assert.match(href, /^https?:\/\//i, `${v.name}: a link to ${href}`);
      }
      // The inline document and the JSON-LD parse back to exactly what went in.
      const scripts = [...elements(frag(out))].filter((e) => e.tagName === 'script');
      assert.equal(scripts.length, 3, v.name);
      const inline = JSON.parse(textOf(scripts[0]));
      assert.equal(inline.occupation.title, v.value, v.name);
      assert.deepEqual(JSON.parse(textOf(scripts[2])).mainEntity[0].name, v.value, v.name);
      ran++;
    }
    assert.ok(ran >= VECTORS.length - 2, `ran ${ran} of ${VECTORS.length} vectors`);
  });

  it('a source URL is only linked when it is http(s)', async () => {
    for (const u of URL_VECTORS) {
      const d = structuredClone(base);
      d.sources[0].url = u;
      let out: string;
      try {
        out = await renderCard(d);
      } catch (e) {
        // The contract refuses it: the browser shows an invalid-data error for the same document.
        assert.match(String(e), /sources\[0\]\.url/);
        continue;
      }
      for (const e of elements(frag(out))) if (attr(e, 'href')) assert.match(attr(e, 'href')!, /^https?:\/\//i, u);
    }
  });
});

describe('renderCard: options', () => {
  it('by default: the full card, the document inline, no JSON-LD, no Lit markers', async () => {
    const out = await renderCard(FIXTURE);
    const c = card(out);
    assert.equal(attr(c, 'occupation'), '15-2051.00');
    assert.equal(attr(c, 'variant'), 'full'); // reflected, as in the browser
    const t = c.childNodes.find((n) => (n as El).tagName === 'template') as El;
    assert.equal(attr(t, 'shadowrootmode'), 'open');
    assert.doesNotMatch(out, /lit-part|lit-node|<\?lit/);
    assert.doesNotMatch(out, /application\/ld\+json/);
    const s = [...elements(frag(out))].find((e) => e.tagName === 'script')!;
    assert.equal(attr(s, 'type'), 'application/json');
    assert.deepEqual(JSON.parse(textOf(s)).occupation, FIXTURE.occupation);
    const root = shadow(out);
    assert.equal(textOf([...elements(root)].find((e) => e.tagName === 'h2')!), `Will AI replace ${FIXTURE.occupation.title}?`);
    // The styles travel with the markup, and bar widths are set (element directives do not run on a server).
    assert.ok([...elements(root)].some((e) => e.tagName === 'style' && textOf(e).includes('--ai-risk-card-')));
    assert.ok([...elements(root)].some((e) => /--v:\d/.test(attr(e, 'style') ?? '')));
    // Every task is there (a full card), and a faq.
    assert.ok([...elements(root)].some((e) => attr(e, 'part') === 'faq'));
  });

  it('theme, variant, sections, related-href, strings and inlineData', async () => {
    const doc = structuredClone(FIXTURE);
    doc.related = [
      { code: '15-2041.00', title: 'Statisticians', slug: 'statisticians', score: 61, level: 'high' },
      { code: '15-1221.00', title: 'Computer and Information Research Scientists', slug: 'computer-research-scientists' },
    ];
    const out = await renderCard(doc, {
      theme: 'dark',
      variant: 'full',
      sections: ['gauge', 'related'],
      relatedHref: '/careers/{slug}/',
      strings: { heading: 'Is AI coming for {title}?' },
      inlineData: false,
    });
    const c = card(out);
    assert.equal(attr(c, 'theme'), 'dark');
    assert.equal(attr(c, 'sections'), 'gauge,related');
    assert.equal(attr(c, 'related-href'), '/careers/{slug}/');
    const root = shadow(out);
    const els = [...elements(root)];
    assert.ok(!els.some((e) => attr(e, 'part') === 'faq'), 'faq is not among the sections');
    assert.ok(els.some((e) => attr(e, 'part') === 'gauge'));
    const related = els.filter((e) => e.tagName === 'a' && attr(e, 'href')?.startsWith('/careers/'));
    assert.deepEqual(
      related.map((a) => attr(a, 'href')),
      ['/careers/statisticians/', '/careers/computer-research-scientists/'],
    );
    assert.equal(textOf(els.find((e) => e.tagName === 'h2')!), `Is AI coming for ${FIXTURE.occupation.title}?`);
    assert.ok(!els.concat([...elements(frag(out))]).some((e) => e.tagName === 'script'), 'no inline document');
  });

  it('compact: the most exposed task, sources behind a disclosure, the expand button', async () => {
    const root = shadow(await renderCard(FIXTURE, { variant: 'compact' }));
    const els = [...elements(root)];
    assert.equal(els.filter((e) => attr(e, 'part') === 'task').length, 1);
    assert.ok(els.some((e) => e.tagName === 'button' && (attr(e, 'class') ?? '').split(' ').includes('more')));
  });

  it('lang: the card in that language, its words loaded on the server', async () => {
    const out = await renderCard(FIXTURE, { lang: 'es-MX' });
    assert.equal(attr(card(out), 'lang'), 'es-MX');
    assert.match(textOf([...elements(shadow(out))].find((e) => e.tagName === 'h2')!), /^¿Reemplazará la IA a/);
    const de = await renderCard(FIXTURE, { lang: 'de' });
    assert.match(textOf([...elements(shadow(de))].find((e) => e.tagName === 'h2')!), /KI/);
  });

  it('headingLevel: aria-level on the title and one below on section titles, as the browser sets them', async () => {
    const root = shadow(await renderCard(FIXTURE, { headingLevel: 4 }));
    const els = [...elements(root)];
    assert.equal(
      attr(
        els.find((e) => e.tagName === 'h2')!,
        'aria-level',
      ),
      '4',
    );
    const h3 = els.filter((e) => e.tagName === 'h3');
    assert.ok(h3.length > 3 && h3.every((e) => attr(e, 'aria-level') === '5'));
    const two = [...elements(shadow(await renderCard(FIXTURE)))];
    assert.ok(!two.some((e) => attr(e, 'aria-level')), 'level 2 is the markup as it is');
  });

  it('bad input: a specific error, no output', async () => {
    const bad = structuredClone(FIXTURE);
    bad.exposure.score = 101;
    await assert.rejects(
      renderCard(bad),
      /renderCard: the document is not a valid occupation document: exposure\.score must be at most 100/,
    );
    await assert.rejects(renderCard(null), /not a valid occupation document/);
    await assert.rejects(renderCard(FIXTURE, { theme: 'blue' as never }), /theme must be light, dark or auto/);
    await assert.rejects(renderCard(FIXTURE, { variant: '"><x' as never }), /variant must be a variant name like compact/);
    await assert.rejects(renderCard(FIXTURE, { headingLevel: 7 }), /headingLevel must be a whole number from 1 to 6/);
    await assert.rejects(renderCard(FIXTURE, { lang: '"><x' }), /lang must be a BCP 47 tag/);
  });

  it('the same input gives the same bytes', async () => {
    assert.equal(await renderCard(FIXTURE, { jsonLd: true }), await renderCard(FIXTURE, { jsonLd: true }));
  });
});

/**
 * The schema.org vocabulary the JSON-LD uses: each type's properties (its own and inherited, as
 * listed on schema.org/<Type>), and the types a property's value may have.
 */
const THING = ['name', 'alternateName', 'description', 'url', 'sameAs', 'identifier', 'image'];
const CREATIVE_WORK = [...THING, 'mainEntity', 'dateModified', 'inLanguage', 'about'];
const SCHEMA: Record<string, string[]> = {
  Occupation: [
    ...THING,
    'occupationalCategory',
    'occupationLocation',
    'estimatedSalary',
    'skills',
    'responsibilities',
    'educationRequirements',
    'experienceRequirements',
    'qualifications',
  ],
  FAQPage: CREATIVE_WORK,
  Question: [...CREATIVE_WORK, 'acceptedAnswer', 'suggestedAnswer', 'answerCount', 'text'],
  Answer: [...CREATIVE_WORK, 'text'],
  CategoryCode: [...THING, 'codeValue', 'inCodeSet'],
  CategoryCodeSet: [...THING, 'hasCategoryCode'],
  MonetaryAmountDistribution: [
    ...THING,
    'currency',
    'duration',
    'median',
    'percentile10',
    'percentile25',
    'percentile75',
    'percentile90',
  ],
  Country: [...THING],
};
const RANGE: Record<string, string[]> = {
  occupationalCategory: ['CategoryCode', 'Text'],
  occupationLocation: ['Country', 'AdministrativeArea', 'City', 'State'],
  estimatedSalary: ['MonetaryAmountDistribution', 'MonetaryAmount', 'Number'],
  mainEntity: ['Question', 'Thing'],
  acceptedAnswer: ['Answer', 'ItemList'],
  inCodeSet: ['CategoryCodeSet', 'URL'],
};

function checkNode(o: Record<string, unknown>, where: string) {
  const type = o['@type'] as string;
  assert.ok(SCHEMA[type], `${where}: @type ${type} is not one of the types this card uses`);
  for (const [k, v] of Object.entries(o)) {
    if (k.startsWith('@')) continue;
    assert.ok(SCHEMA[type].includes(k), `${where}: ${type} has no property ${k}`);
    for (const item of Array.isArray(v) ? v : [v]) {
      if (item && typeof item === 'object') {
        const t = (item as Record<string, unknown>)['@type'] as string;
        if (RANGE[k]) assert.ok(RANGE[k].includes(t), `${where}.${k}: ${t} is not in its range`);
        checkNode(item as Record<string, unknown>, `${where}.${k}`);
      } else {
        assert.ok(['string', 'number'].includes(typeof item), `${where}.${k}: ${typeof item}`);
        assert.ok(typeof item !== 'string' || item.trim(), `${where}.${k} is blank`);
      }
    }
  }
}

describe('JSON-LD', () => {
  it('Occupation and FAQPage use schema.org types and properties as defined', () => {
    const [occ, faq] = jsonLd(FIXTURE as never, 'https://example.org/jobs/x/') as Record<string, any>[];
    for (const o of [occ, faq]) {
      assert.equal(o['@context'], 'https://schema.org');
      checkNode(o, o['@type']);
    }
    assert.equal(occ['@type'], 'Occupation');
    assert.equal(occ.name, FIXTURE.occupation.title);
    assert.equal(occ.occupationalCategory.codeValue, '15-2051.00');
    assert.equal(occ.estimatedSalary.median, FIXTURE.wage.median);
    assert.equal(faq['@type'], 'FAQPage');
    assert.equal(faq.mainEntity.length, FIXTURE.faq.length);
    for (const [i, q] of faq.mainEntity.entries()) {
      assert.equal(q.name, FIXTURE.faq[i].question);
      assert.equal(q.acceptedAnswer.text, FIXTURE.faq[i].answer);
    }
  });

  it('no FAQ in the document: no FAQPage; a publisher id: the category as text', () => {
    const d = structuredClone(FIXTURE);
    delete d.faq;
    d.occupation.code = 'ai-ml-engineers';
    const out = jsonLd(d as never);
    assert.equal(out.length, 1);
    assert.equal((out[0] as any).occupationalCategory, 'ai-ml-engineers');
    checkNode(out[0] as never, 'Occupation');
  });

  it('the JSON-LD in a page parses as JSON even with </script> in the data', async () => {
    const d = structuredClone(FIXTURE);
    d.faq[0].answer = '</script><script>alert(1)</script>';
    const out = await renderCard(d, { jsonLd: true });
    const doc = parse(`<!doctype html><body>${out}`) as unknown as Node;
    const lds = [...elements(doc)].filter((e) => attr(e, 'type') === 'application/ld+json');
    assert.equal(lds.length, 2);
    assert.equal(JSON.parse(textOf(lds[1])).mainEntity[0].acceptedAnswer.text, d.faq[0].answer);
  });
});
