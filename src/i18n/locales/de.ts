/** German UI strings, loaded on demand beside the bundle for cards whose nearest lang is "de". */
import { html } from 'lit';
import type { Messages } from '../en.js';

export default {
  heading: (title) => html`Wird KI <bdi>${title}</bdi> ersetzen?`,
  updated: (date) => `Daten vom ${date}`,
  exposure: 'KI-Exposition',
  level: { low: 'Gering', moderate: 'Mäßig', high: 'Hoch', 'very-high': 'Sehr hoch' },
  levelExposure: (level) => `Exposition: ${level.toLowerCase()}`,
  meterText: (score, level) => `${score} von 100, Exposition ${level.toLowerCase()}`,
  outOf: '/100',
  tasksShare: 'Aufgaben, die KI erledigen kann',
  tasksShareNote: (n, total) => `${n} von ${total} Aufgaben zu mehr als der Hälfte exponiert`,
  augmentation: 'Unterstützungspotenzial',
  demand: 'Nachfragetrend',
  trend: { growing: 'Wachsend', stable: 'Stabil', declining: 'Rückläufig' },
  salary: 'Medianlohn',
  perYear: 'pro Jahr',
  perHour: 'pro Stunde',
  orMore: 'oder mehr',
  yoy: 'ggü. Vorjahr',
  employment: 'Beschäftigte in den USA',
  workers: (n) => `${n} Beschäftigte`,
  overview: 'Überblick',
  summary: (title, score, level) => `${title}: KI-Exposition ${score} von 100, ${level.toLowerCase()}.`,
  tableCaption: 'Bewertung jeder Aufgabe nach Bewerter, 0–100',
  task: 'Aufgabe',
  average: 'Mittel',
  matched: (q, t, pct) => html`Stellentitel „<bdi>${q}</bdi>“ zugeordnet zu „<bdi>${t}</bdi>“ (${pct} % Übereinstimmung)`,
  expand: 'Vollständige Auswertung',
  close: 'Schließen',
  sourcesShort: 'Quellen und Lizenzen',
  tasks: 'KI-Abdeckung Aufgabe für Aufgabe',
  showAll: (n) => `Alle ${n} Aufgaben anzeigen`,
  showFewer: 'Weniger Aufgaben anzeigen',
  raters: 'Werte je Bewerter',
  spread: (n) => `Die Bewerter liegen ${n} Punkte auseinander`,
  skills: 'Kernkompetenzen',
  tools: 'Technische Werkzeuge',
  inDemand: 'gefragt',
  risks: 'Wichtigste Risiken',
  aiTools: 'KI-Werkzeuge, die den Wandel treiben',
  futureSkills: 'Zukunftssichere Kompetenzen',
  faq: 'Häufige Fragen',
  disclaimer: 'Die Exposition misst, was KI bei diesen Aufgaben leisten könnte, keine Prognose von Arbeitsplatzverlusten.',
  loading: 'KI-Expositionsdaten werden geladen…',
  retry: 'Erneut versuchen',
  errorTitle: 'Diese Karte konnte nicht angezeigt werden',
  errors: {
    'not-found': 'Dieser Beruf wurde nicht gefunden.',
    network: 'Die Daten konnten nicht geladen werden. Bitte Verbindung prüfen und erneut versuchen.',
    http: 'Der Datenserver hatte ein Problem.',
    'invalid-json': 'Der Datenserver hat eine unlesbare Antwort gesendet.',
    'invalid-data': 'Die Daten zu diesem Beruf haben nicht das erwartete Format.',
    timeout: 'Der Datenserver hat zu lange nicht geantwortet.',
  },
  // --- Methode 1.1 ---
  doableRule: 'Zählt, wenn GPT-4 und menschliche Bewerter Exposition sehen und einer meint, KI allein halbiere die Zeit.',
  groupFigures: (title, code, residual) =>
    residual
      ? `Lohn, Beschäftigung und Nachfrage gelten für die BLS-Restgruppe „${title}“ (SOC ${code}), nicht für diesen Beruf allein.`
      : `Lohn, Beschäftigung und Nachfrage gelten für die ganze BLS-Gruppe „${title}“ (SOC ${code}), zu der weitere Berufe gehören.`,
  entryHeading: 'Wie man in diesen Beruf kommt',
  entryEducation: 'Übliche Einstiegsqualifikation',
  entryExperience: 'Berufserfahrung in einem verwandten Beruf',
  entryTraining: 'Einarbeitung im Beruf',
  jobZone: 'O*NET Job Zone',
  jobZoneValue: (zone, label) => `${zone} von 5${label ? ` (${label})` : ''}`,
  openings: 'Offene Stellen pro Jahr',
  openingsValue: (n, period) => `${n} im Durchschnitt${period ? `, ${period}` : ''}`,
  related: 'Verwandte Berufe und ihre Exposition',
  relatedScore: (score, level) => `${score}/100${level ? `, ${level.toLowerCase()}` : ''}`,
  lead: {
    high: {
      growing: 'Eher verändert als ersetzt',
      stable: 'Wird wohl durch KI verändert',
      declining: 'Stark exponiert, in einem schrumpfenden Feld',
    },
    moderate: {
      growing: 'Teilweise exponiert und wachsend',
      stable: 'Teilweise KI-exponiert',
      declining: 'Teilweise exponiert, in einem schrumpfenden Feld',
    },
    low: {
      growing: 'Wenig exponiert und wachsend',
      stable: 'Wenig KI-exponiert',
      declining: 'Wenig exponiert, aber schrumpfend',
    },
  },
  verdictTasks: (lead, k, p, n) =>
    `${lead}: ${
      k
        ? `KI könnte ${k === n ? (n > 1 ? `alle ${n} Aufgaben` : 'die einzige Aufgabe') : `${k} von ${n} Aufgaben`} beschleunigen`
        : p
          ? `KI könnte bei ${p} von ${n} Aufgaben helfen, bei keiner überwiegend allein`
          : 'keine Aufgabe gilt als Arbeit, die KI beschleunigen könnte'
    }.`,
  verdictDemand: (trend, pct, period, group) =>
    `${group ? 'Für die BLS-Gruppe' : 'Für diesen Beruf'} wird ${
      trend === 'growing'
        ? `ein Beschäftigungswachstum${pct && ` um ${pct}`}`
        : trend === 'declining'
          ? `ein Beschäftigungsrückgang${pct && ` um ${pct}`}`
          : 'kaum eine Veränderung der Beschäftigung'
    } erwartet${period && ` (${period})`}.`,
  rank: (pct) => `Stärker exponiert als ${pct} der US-Berufe`,
  rankLowest: 'Unter den am wenigsten exponierten US-Berufen',
  median: (score) => `Median aller US-Berufe: ${score}`,
  taskSummary: (k, p, n) => `${k} Aufgaben größtenteils durch KI machbar · ${p} teilweise · ${n} nicht`,
  legend: '● direkt exponiert · ◐ mit Zusatzsoftware · ○ nicht exponiert',
  marks: ['nicht exponiert', 'mit Zusatzsoftware', 'direkt exponiert'],
  disagreeSays: (who) => `Bewerter uneins: ${who} sagt nicht exponiert`,
  moreAbout: 'Kompetenzen, Werkzeuge und Risiken',
  ofN: (k, n) => `${k} von ${n}`,
  assists: 'KI unterstützt vor allem',
  exposedTasks: 'der exponierten Aufgaben',
  projected: (period) => `Beschäftigung erwartet${period && ` ${period}`}`,
  aboutFigures: 'Zu diesen Zahlen',
  aboutScore: 'Wie der Wert entsteht',
  groupShort: (title, code, residual) =>
    residual
      ? `Lohn, Beschäftigung, Nachfrage: BLS-Restgruppe „${title}“ (SOC ${code}), nicht dieser Beruf allein.`
      : `Lohn, Beschäftigung, Nachfrage: ganze BLS-Gruppe „${title}“ (SOC ${code}).`,
  observedTop: (label, pct) => `${label}: obere ${pct} der Berufe`,
  observedAbove: (label, pct) => `${label}: höher als ${pct} der Berufe`,
  details: {
    notHttp: (attr, value) => `Das Attribut ${attr} „${value}“ ist keine http(s)-URL.`,
    badOccupation: (value) =>
      `„${value}“ ist weder ein O*NET-SOC-Code (15-2051.00) noch ein SOC-Code (15-2051) noch ein Slug (data-scientists).`,
    noOccupation: () => 'Kein Beruf angegeben: occupation="15-2051.00" (ein O*NET-SOC-Code), job-title oder src setzen.',
    noPosting: () => 'occupation="auto" hat auf dieser Seite kein schema.org-JobPosting (JSON-LD) gefunden.',
    noTitleMatch: (title) => `Kein Beruf passt zum Stellentitel „${title}“.`,
    notInIndex: (value) =>
      `Kein Beruf „${value}“ in dieser Datenquelle; einen O*NET-SOC-Code wie 15-2051.00, einen SOC-Code wie 15-2051 oder einen Slug wie data-scientists verwenden.`,
    invalidFile: (file, path, problem) => `Ungültige Daten in ${file} bei ${path}: ${problem}.`,
    noData: (status) => `Keine Daten zu diesem Beruf (HTTP ${status}).`,
    noFile: (file, status) => `Keine Daten unter ${file} (HTTP ${status}).`,
    noAnswer: (seconds) => `Keine Antwort vom Datenserver innerhalb von ${seconds} s.`,
    tooSlow: (seconds) => `Die Daten brauchten länger als ${seconds} s.`,
    unreachable: () => 'Der Datenserver war nicht erreichbar.',
    broken: () => 'Die Verbindung brach beim Laden der Daten ab.',
    http: (status, retryAfter) =>
      `Der Datenserver antwortete mit HTTP ${status}.${retryAfter ? ` Er bittet um einen neuen Versuch nach ${retryAfter}${/^\d+$/.test(retryAfter) ? ' s' : ''}.` : ''}`,
    html: () => 'Der Datenserver hat eine HTML-Seite statt JSON gesendet: data-source prüfen.',
    notJson: () => 'Der Datenserver hat etwas gesendet, das kein JSON ist.',
    tooLarge: (file, mb) => `${file || 'Das Dokument'} ist größer als ${mb} MB, das Maximum für eine Karte.`,
    invalid: (path, problem) => `Ungültige Daten bei ${path}: ${problem}.`,
    lookupMissing: () =>
      'Die Stellentitel-Suche konnte nicht geladen werden (eine Skriptdatei neben ai-risk-card.js fehlt oder ist blockiert).',
    lookupFile: (problem) => `Der Stellentitel-Index ist nicht nutzbar: ${problem}`,
    undrawable: () => 'Dieses Dokument konnte nicht angezeigt werden.',
    unexpected: (message) => `Unerwarteter Fehler: ${message}`,
  },
} satisfies Messages;
