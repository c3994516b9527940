import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { AiRiskCard } from '../../src/ai-risk-card.js';
import type { Occupation } from '../../src/data/contract.js';

export const DATA = '/test/fixtures/data/';
export const DS = `${DATA}v1/occupations/15-2051.00.json`;

let doc: Occupation | undefined;
/** The full fixture document (every section present). A fresh copy each call. */
export async function fullDoc(): Promise<Occupation> {
  doc ??= await (await fetch(DS)).json();
  return structuredClone(doc!);
}

/** A minimal valid document: only the required fields. */
export const minimalDoc = (): Occupation => ({
  schemaVersion: 1,
  occupation: { code: '11-1011.00', title: 'Chief Executives', slug: 'chief-executives' },
  exposure: { score: 25, level: 'moderate' },
  tasks: [],
  sources: [{ label: 'Test fixture' }],
  updated: '2026-01-15',
});

export const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
export const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
export const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A card given data through the `data` property, rendered. */
export async function cardWith(data: unknown, attrs: Record<string, string> = {}): Promise<AiRiskCard> {
  const el = document.createElement('ai-risk-card');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  await el.updateComplete;
  return el;
}

/** A card that fetches; resolves once it has fired load or error. */
export async function fetchedCard(attrs: Record<string, string>) {
  const el = document.createElement('ai-risk-card');
  const done = Promise.race([oneEvent(el, 'ai-risk-card-load'), oneEvent(el, 'ai-risk-card-error')]);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  const event = (await done) as CustomEvent;
  await el.updateComplete;
  return { el, event };
}

export const requests = async (path: string) =>
  Number(await (await fetch(`/mock/counts?path=${encodeURIComponent(path)}`, { cache: 'no-store' })).text());

/**
 * Resolves once IntersectionObservers have reported on `el`: the card's shared observer was made
 * earlier, so by then it has seen the card too and a visible card has started loading.
 */
export const intersectionReported = (el: Element) =>
  new Promise<void>((resolve) => {
    const io = new IntersectionObserver(() => {
      io.disconnect();
      resolve();
    });
    io.observe(el);
  });

/**
 * Resolves once the server has answered `url` to a request made now: a request for the same URL
 * that started earlier (an overtaken card fetch) has had its answer by then.
 */
export const answered = async (url: string) => {
  await (await fetch(url, { cache: 'no-store' })).text();
};
