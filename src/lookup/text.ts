/**
 * Job titles to words, the same way for a posting's title (in the browser) and for every O*NET
 * title (when tools/data/titles-index.ts builds the index). Pure, no DOM, no fetch.
 */
import {
  ABBREVIATIONS,
  BRAND_WORDS,
  BRANDS,
  DEPARTMENTS,
  GENERIC,
  NOISE,
  PHRASES,
  SENIORITY,
  TECH,
  TRADE_OF_FIELD,
  TRAINEE,
} from './synonyms.js';

/** US state and territory codes: "Registered Nurse, PA" is Pennsylvania, not a physician assistant. */
const STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';

/** Grade words and numerals: never the job ("Nurse II", "Level 3 Technician"). */
const GRADES = new Set('i ii iii iv v vi vii 1 2 3 4 5 level tier'.split(' '));

/** Not followed by a role: "Talent Community" is an ad, "Talent Community Manager" a job. */
const NO_ROLE_AFTER =
  '(?!\\s+(coordinator|manager|director|specialist|analyst|administrator|assistant|officer|supervisor|lead|associate|consultant|partner)s?\\b)';

/**
 * Text about the posting rather than the job, removed before tokenising so that its words
 * ("/hr", "PA" as a state) are never read as the job. Order matters: pay before numbers.
 */
const POSTING_TEXT: readonly RegExp[] = [
  // pay: "$19/hr", "$18.50 - $22 per hour", "$5,000 Sign-On Bonus", "up to $90K", "$1,500/week"
  /\b(up to|starting (at|from)|from)\s*(?=\$)/gi,
  /\$\s*\d[\d,]*(\.\d+)?\s*k?(\s*(-|–|to)\s*\$?\s*\d[\d,]*(\.\d+)?\s*k?)?(\s*(\/|per|an?|a)\s*(hr|hour|h|yr|year|annum|week|wk|month|mo|day|shift|mile|visit))?\+?/gi,
  /\b\d+(\.\d+)?\s*(\/|per)\s*(hr|hour|h|mile|visit|week|wk)\b/gi,
  /\b\d+(\.\d+)?\s*cpm\b/gi,
  /\b(sign[\s-]*on|signing|hiring|retention|relocation|referral|start(ing)?)\s+bonus(es)?\b/gi,
  // requisition: "Req #45121", "Job ID: R-1234", "#4411", "R0123456"
  /\b(req(uisition)?|job|posting)\s*(id|no|number|#)?\.?\s*[:#]?\s*[a-z]{0,3}-?\d[\w-]*/gi,
  /#\s*[a-z]{0,3}-?\d[\w-]*/gi,
  /\bR-?\d{4,}\b/g,
  // shifts and schedules: "Night Shift", "2nd Shift", "3x12", "12 hr", "7a-7p", "M-F"
  /\b(1st|2nd|3rd|first|second|third|day|days|night|nights|evening|overnight|weekend|swing|graveyard|rotating|split|mid|pm|am|noc)\s*[-/]?\s*shifts?\b/gi,
  /\b\d+\s*x\s*\d+s?\b/gi,
  /\b\d{1,2}\s*-?\s*(hr|hour)s?\b/gi,
  /\b\d{1,2}(:\d\d)?\s*[ap]m?\s*-\s*\d{1,2}(:\d\d)?\s*[ap]m?\b/gi,
  /\b(mon(day)?\s*-\s*fri(day)?|m\s*-\s*f)\b/gi,
  // hiring language: "No Experience Necessary", "Will Train", "Now Hiring", "(m/w/d)"
  // recruiting events and pools ("Hiring Event - Multiple Positions", "Talent Community"): no job
  /\b(hiring|recruiting|career|job)\s+(event|fair|initiative|campaign|drive)s?\b|\bapply\s+(here|now|today|online)\b|\bopen\s+(interviews?|house)\b/gi,
  // applications and résumés without a job: "Open Application", "Resume Drop", "Employment Opportunities"
  /\b(open|general|spontaneous|unsolicited)\s+applications?\b|\bresumes?\s+(drop|submissions?|bank)\b|\bemployment\s+opportunit(y|ies)\b|\bflexible\s+(schedules?|hours)\b/gi,
  // standing ads for no particular job: "Future Opportunities", "General Application", "All Shifts"
  /\bfuture\s+(opportunit(y|ies)|openings?|positions?|roles?|consideration)\b|\bgeneral\s+application\b|\ball\s+(shifts|positions|roles|jobs)\b|\bevergreen(\s+requisition)?\b/gi,
  // pools and programmes without a field: "Pipeline Position", "Hiring Pool", "Internal Transfer
  // Pool", "Leadership Development Program", "Rotational Program"
  /\b(multiple|various|several|all)\s+(departments|locations|positions|roles|shifts|openings|areas|sites)\b/gi,
  // (a role after them is a real job: "Talent Community Manager", "Graduate Program Coordinator")
  new RegExp(
    `\\bpipeline\\s+(positions?|postings?|roles?|requisitions?|opportunit(y|ies))\\b|\\b(talent|hiring|candidate|applicant|transfer)\\s+(community|pool|network|pipeline)s?\\b${NO_ROLE_AFTER}|\\binternal\\s+(transfers?|candidates?|applicants?|only)\\b`,
    'gi',
  ),
  new RegExp(
    `\\b(leadership|management|rotational|graduate|early[\\s-]+career)(\\s+development)?\\s+programs?\\b${NO_ROLE_AFTER}`,
    'gi',
  ),
  // seasonal and age-limited hiring, résumé drops, dates and on-the-spot offers: "Summer Jobs",
  // "Ages 16+", "Submit Your Resume", "Sat 10/18", "On-the-Spot Offers"
  /\b(summer|winter|holiday|seasonal|temporary|temp|part[\s-]*time|teen)\s+(jobs|positions|openings|help(?!\s+desk)|hiring|work)\b|\bages?\s+\d+\s*\+?(\s*(and|&)\s*(up|over|older))?/gi,
  /\b(federal\s+)?work[\s-]+study\b/gi,
  /\b(submit|send|upload|drop\s+off)\s+(your\s+|a\s+)?(resume|cv|application)s?\b|\bon[\s-]+the[\s-]+spot(\s+(offers?|interviews?|hiring))?\b/gi,
  /\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day)?\.?\s+\d{1,2}\/\d{1,2}\b|\b\d{1,2}\/\d{1,2}(\/\d{2,4})?\b/gi,
  // the employer as a place, when it is a part of its own: "… - City of Dayton", "County of Los
  // Angeles - …" ("City of Dayton Firefighter" keeps its job; "of" then reads as noise)
  /^(city|county|state|town|village|township|commonwealth)\s+of\s+[a-z.'-]+(\s+[a-z.'-]+){0,2}(?=\s*[-–—|(),:])|(?<=[-–—|(,:]\s*)(city|county|state|town|village|township|commonwealth)\s+of\s+[a-z.'-]+(\s+[a-z.'-]+){0,2}(?=\s*($|[-–—|(),:]))/gi,
  // seasonal programmes: "Summer Internship Program 2026" names a season, not a job
  /\b(summer|winter|fall|spring)\s+(internships?|intern|programs?|seasonal)\b(\s+programs?)?/gi,
  // schedule and hiring programme words: "Part-Time", "Full Time", "New Grad", "Residency Program", "2027 Cohort"
  /\b(full|part)[\s-]*time\b/gi,
  new RegExp(
    `\\bnew[\\s-]+grad(uate)?s?\\b|\\b(residency|fellowship|training)\\s+program(me)?s?\\b${NO_ROLE_AFTER}|\\bcohort\\b${NO_ROLE_AFTER}`,
    'gi',
  ),
  // credentials written after the role: "PA-C", "FNP-C", "NP-C" (certified) name the same role
  /(?<=\b(pa|np|fnp|agnp|agpcnp|agacnp|pmhnp|whnp|pnp|cpnp|anp|acnp|cnm|cns|assistant|practitioner))-c\b/gi,
  /\b(no experience( necessary| needed| required)?|will train|paid training|training provided|immediate start|start(s|ing)? (today|tomorrow|asap|immediately|this week|next week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|now hiring|hiring now|new grads? (welcome|ok|encouraged))\b/gi,
  /\(?\b[mfwd]\s*\/\s*[mfwd]\s*\/\s*[mfwdx]\b\)?/gi,
  // school and fiscal years: "2025-26 School Year"
  /\b(19|20)\d\d(\s*[-/]\s*\d{2,4})?\b/g,
  // place: "Chicago, IL", "- Austin, TX 78701", ", PA" at the end of a part
  new RegExp(`(?<=[-–—|(,:]\\s*|\\bin\\s+)[A-Z][A-Za-z.'-]*(\\s+[A-Z][A-Za-z.'-]*){0,2},\\s*(${STATES})\\b(\\s*\\d{5})?`, 'g'),
  new RegExp(`,\\s*(${STATES})\\b(?=\\s*($|[-–—|()[\\],]))`, 'g'),
];

/** Tokens that keep their punctuation: ".net", "c#", "c++", "f#", "fp&a", "r&d", "a&p". */
const TOKEN = /\.net\b|\bc\+\+|\b[cf]#|\b[a-z]{1,3}&[a-z]{1,3}\b|[a-z0-9]+/g;

/** Longer input is cut: job titles are short, and regex work on a hostile string stays bounded. */
export const MAX_TITLE = 200;

/** Chain names (already lower case, apostrophes removed, "-" as space) to the setting they name. */
const BRAND_SETTING = new Map(BRANDS.flatMap(([names, setting]) => names.split('|').map((n) => [n, setting] as const)));
const brandAlternation = (names: string[]) => names.map((n) => n.replace(/ /g, '[\\s-]+')).join('|');
const BRAND = new RegExp(
  `\\b(${brandAlternation([...BRAND_SETTING.keys()].filter((n) => !BRAND_WORDS.has(n)))})\\b|` +
    `(?<=(?:^|[-–—|(,:@]\\s*|\\bat\\s+))(${brandAlternation([...BRAND_WORDS])})(?=\\s*(?:$|[-–—|(),:]))`,
  'g',
);

/** Lower case, accents folded, posting text removed, compound spellings split. */
export function clean(title: string): string {
  // (cut before and after folding: one character can fold to many)
  let s = title
    .slice(0, MAX_TITLE)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .slice(0, MAX_TITLE);
  for (const re of POSTING_TEXT) s = s.replace(re, ' ');
  return (
    s
      .toLowerCase()
      .replace(/['’`]/g, '')
      .replace(/\b([a-z]{1,2})\s*&\s*([a-z]{1,2})\b/g, '$1&$2')
      .replace(BRAND, (m) => ` ${BRAND_SETTING.get(m.replace(/[\s-]+/g, ' '))} `)
      // restaurant sides: "Front of House" serves guests, "Back of House" is the kitchen
      .replace(/\bfront[\s-]+of[\s-]+(the[\s-]+)?house\b|\bfoh\b/g, 'restaurant dining room')
      .replace(/\bback[\s-]+of[\s-]+(the[\s-]+)?house\b|\bboh\b/g, 'restaurant kitchen')
      .replace(/\bfront[\s-]?end\b/g, 'front end')
      .replace(/\bback[\s-]?end\b/g, 'back end')
      .replace(/\bfull[\s-]?stack\b/g, 'full stack')
      .replace(/\bpower\s*bi\b/g, 'powerbi')
      .replace(/\bnode\.js\b/g, 'node')
      .replace(/\bwork(ing)? from home\b/g, ' ')
      // School grades name the school level ("Fourth Grade Teacher"); non-CDL driving is light trucks.
      .replace(/\b(1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth)[\s-]+gr(ade)?\b\.?/g, 'elementary school')
      .replace(/\b(6th|7th|8th|sixth|seventh|eighth)[\s-]+gr(ade)?\b\.?/g, 'middle school')
      .replace(/\bnon[\s-]?cdl\b/g, 'light truck')
      // grade ranges name the school level: "(K-5)", "6-8", "9-12"
      .replace(/\b(k|tk|pk|pre-?k)\s*-\s*[1-6]\b/g, 'elementary school')
      .replace(/\bk\s*-\s*(8|12)\b/g, 'school')
      .replace(/\b[5-7]\s*-\s*8\b/g, 'middle school')
      .replace(/\b9\s*-\s*12\b/g, 'high school')
      .replace(/\breact[\s-]native\b/g, 'reactnative')
      // "Firefighter/EMT": two roles, the first named is the job (two-letter pairs like UI/UX stay)
      .replace(/\b([a-z]{3,})\/([a-z]{3,})\b/g, '$1 / $2')
  );
}

/** Plural and -ies folding, so "Nurses" and "Nurse", "Technologies" and "Technology" meet. */
export function stem(t: string): string {
  if (t.length > 4 && t.endsWith('ies')) return `${t.slice(0, -3)}y`;
  if (t.endsWith('sses')) return t.slice(0, -2);
  if (t.length > 3 && t.endsWith('s') && !/(ss|us|is)$/.test(t)) return t.slice(0, -1);
  return t;
}

/** PHRASES with both sides stemmed as words are ("machine learning operations" → "operation"). */
const STEMMED_PHRASES = PHRASES.map(([from, to]) => [from.split(' ').map(stem), to.split(' ').map(stem)] as const);

function rewritePhrases(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    let hit = false;
    for (const [f, to] of STEMMED_PHRASES) {
      if (f.every((w, k) => words[i + k] === w)) {
        out.push(...to);
        i += f.length;
        hit = true;
        break;
      }
    }
    if (!hit) out.push(words[i++]);
  }
  return out;
}

/** Fields where "Lead" is a senior practitioner rather than a supervisor of workers. */
const EXPERT_FIELDS = new Set(
  'product project program design engineering engineer data quality assurance technician clinical software marketing research user experience interface content brand creative analytics security technical developer development scrum agile account sale finance financial legal compliance learning training instructional ux ui qa'.split(
    ' ',
  ),
);

/** "<role> of <field>": the roles whose field follows "of". */
const OF_ROLE =
  /^(.*\b(?:director|chief|head|president|vp|professor|dean|manager|supervisor|officer|coordinator|specialist|assistant|superintendent|commissioner|secretary|teacher|instructor|lecturer|doctor|principal))\s+of\s+(?:the\s+)?(.+)$/;

/**
 * One part of a title (no dashes or brackets in it) to its words: abbreviations expanded as
 * whole words, technology names to their field, phrases rewritten, grades and noise dropped,
 * seniority dropped unless it is the last word (the role itself), duplicates removed.
 */
export function words(part: string): string[] {
  // "Director of Nursing" is a nursing director: the role before "of" is the head noun (last).
  // Only after a role word ("Bill of Lading Clerk", "City of Dayton Firefighter" stay), and not
  // before a rank ("Chief of Staff").
  const of = OF_ROLE.exec(part);
  // ("Head of Sales" is its director: "head" alone is a rank, or a head cook.)
  if (of && !SENIORITY.has(of[2].split(' ')[0])) part = `${of[2]} ${of[1].replace(/\bhead$/, 'director')}`;
  let w: string[] = [];
  for (const raw of part.match(TOKEN) ?? []) {
    const tech = TECH.get(raw);
    const abbr = ABBREVIATIONS.get(raw);
    for (const t of (tech ?? abbr ?? raw).split(' ')) w.push(t.includes('&') || t.startsWith('.') ? t : stem(t));
  }
  w = rewritePhrases(w).filter((t) => !NOISE.has(t) && !GRADES.has(t));
  if (w.some((t) => TRAINEE.has(t)) && w.some((t) => !TRAINEE.has(t))) {
    w = w.filter((t) => !TRAINEE.has(t));
    const trade = TRADE_OF_FIELD.get(w[w.length - 1]);
    if (trade) w.splice(w.length - 1, 1, ...trade.split(' '));
  }
  const last = w.length - 1;
  // "Assistant Director", "Assistant Manager": a rank of the director or manager, like "Senior"
  w = w.filter((t, i) => i === last || !(SENIORITY.has(t) || (t === 'assistant' && /^(director|manager)$/.test(w[i + 1]))));
  // "Warehouse Lead", "Cashier Lead": a lead of workers is their working first-line supervisor;
  // in office and technical fields a lead is a senior practitioner ("Product Lead", "QA Lead")
  if (w.length > 1 && /^lead(er)?$/.test(w[w.length - 1]) && !w.some((t) => EXPERT_FIELDS.has(t))) w[w.length - 1] = 'supervisor';
  return [...new Set(w)];
}

/** A title cut into its parts: the text before the first dash, bar, comma or bracket first. */
export function parts(title: string): string[] {
  let s = clean(title);
  // A licence says what a driver drives wherever the title names it ("Local P&D Driver - CDL A",
  // "Delivery Driver (Non-CDL)"): it joins the head part.
  const licence = /\b(cdl[\s-]*a|class[\s-]+a(\s+cdl)?|light truck)\b/;
  const lic = licence.exec(s);
  if (lic && /\b(driver|driving|trucker|hauler)s?\b/.test(s)) s = `${lic[0]} ${s.replace(new RegExp(licence, 'g'), ' ')}`;
  return s
    .split(
      /\s+to the\s+|\s+to\s+(?=(?:ceo|cfo|coo|cto|president|vice president|vp|chief|director|founder|owner|partner|dean|superintendent|principal|executive)\b)|\s+[-–—|:]\s+|\s*[|()[\]{}]\s*|,\s*|\s+\/\s+|\s+[–—]|[–—]\s+/,
    )
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Fields of work, never roles: medical and scientific specialties ("oncology", "pediatrics"). */
const FIELD = /^[a-z]+(ology|ogy|iatric|iatrics|pedic|pedics)$|^(surgery|medicine|anesthesia|telemetry)$/;

/** How much a word after the head part counts (the head counts 1). */
export const TAIL_WEIGHT = 0.4;

export interface QueryWord {
  word: string;
  /** 1 in the head part, TAIL_WEIGHT after it. */
  weight: number;
}

/**
 * A posting title's words for matching: the first part that has any words is the head; later
 * parts count less. Empty when nothing is left.
 */
export function queryWords(title: string): QueryWord[] {
  const out = new Map<string, number>();
  let head = true;
  for (const p of parts(title)) {
    const w = words(p);
    if (!w.length) continue;
    // A field named after the role ("PA-C Dermatology", "RN Oncology") qualifies it: the role
    // stays the head noun (the last word, which the ranking weighs most).
    // ("Family Medicine", "General Surgery": the specialty's own adjective moves with it)
    if (head && w.length > 1 && FIELD.test(w[w.length - 1])) {
      const n =
        w.length > 2 &&
        /^(medicine|surgery)$/.test(w[w.length - 1]) &&
        /^(family|internal|emergency|general|sport|urgent|critical|oral|plastic)$/.test(w[w.length - 2])
          ? 2
          : 1;
      w.unshift(...w.splice(w.length - n, n));
    }
    for (const t of w) out.set(t, Math.max(out.get(t) ?? 0, head ? 1 : TAIL_WEIGHT));
    head = false;
  }
  return [...out].map(([word, weight]) => ({ word, weight }));
}

/** Seasons and holidays: with nothing but generic words they name no job. */
const SEASONS = new Set(['spring', 'summer', 'fall', 'autumn', 'winter', 'holiday', 'seasonal', 'semester']);

/**
 * True when a title is one generic word ("Manager", "Lead", "Associate") or department ("Sales",
 * "Warehouse"), or nothing but noise.
 * Several generic words ("Team Member", "Executive Assistant") are judged by the ranking: only
 * an exact O*NET title makes them an answer.
 */
export function isVague(q: readonly QueryWord[]): boolean {
  if (q.length === 0 || (q.length === 1 && (GENERIC.has(q[0].word) || DEPARTMENTS.has(q[0].word)))) return true;
  // a season alone or with generic words only ("Career Fair - Spring 2027", "Internship Program - Fall 2027")
  return q.some((w) => SEASONS.has(w.word)) && q.every((w) => SEASONS.has(w.word) || GENERIC.has(w.word));
}

/**
 * An O*NET title's words, for the index: official titles without their ", Except …" boilerplate,
 * each "Title (Expansion)" as its own title, the same pipeline as queries.
 */
export function titleVariants(title: string): string[] {
  const m = /^(.*?)\s*\((.+)\)\s*$/.exec(title);
  return m ? [m[1], m[2]] : [title];
}

/** Official SOC/O*NET title without ", Except …" and ", All Other" (compared without them). */
export function officialCore(title: string): string {
  return title
    .replace(/,?\s*\bexcept\b.*$/i, '')
    .replace(/,?\s*\ball other\b.*$/i, '')
    .trim();
}

export const isAllOther = (title: string) => /\ball other\b/i.test(title);

/** Which shard of the index holds a word (FNV-1a, the same in the build and the browser). */
export function shardOf(word: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return (h >>> 0) % shards;
}
