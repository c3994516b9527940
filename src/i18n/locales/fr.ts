/** French UI strings, loaded on demand beside the bundle for cards whose nearest lang is "fr". */
import { html } from 'lit';
import type { Messages } from '../en.js';

export default {
  heading: (title) => html`L’IA va-t-elle remplacer <bdi>${title}</bdi> ?`,
  updated: (date) => `Données du ${date}`,
  exposure: 'Exposition à l’IA',
  level: { low: 'Faible', moderate: 'Modérée', high: 'Élevée', 'very-high': 'Très élevée' },
  levelExposure: (level) => `Exposition ${level.toLowerCase()}`,
  meterText: (score, level) => `${score} sur 100, exposition ${level.toLowerCase()}`,
  outOf: '/100',
  tasksShare: 'Tâches que l’IA peut faire',
  tasksShareNote: (n, total) => `${n} tâches sur ${total} exposées à plus de la moitié`,
  augmentation: 'Potentiel d’assistance',
  demand: 'Tendance de la demande',
  trend: { growing: 'En hausse', stable: 'Stable', declining: 'En baisse' },
  salary: 'Salaire médian',
  perYear: 'par an',
  perHour: 'de l’heure',
  orMore: 'ou plus',
  yoy: 'sur un an',
  employment: 'Emploi aux États-Unis',
  workers: (n) => `${n} travailleurs`,
  overview: 'Aperçu',
  summary: (title, score, level) => `${title} : exposition à l’IA de ${score} sur 100, ${level.toLowerCase()}.`,
  tableCaption: 'Notes de chaque tâche par évaluateur, 0–100',
  task: 'Tâche',
  average: 'Moyenne',
  matched: (q, t, pct) => html`Intitulé « <bdi>${q}</bdi> » associé à « <bdi>${t}</bdi> » (correspondance ${pct} %)`,
  expand: 'Analyse complète',
  close: 'Fermer',
  sourcesShort: 'Sources et licences',
  tasks: 'Couverture par l’IA, tâche par tâche',
  showAll: (n) => `Voir les ${n} tâches`,
  showFewer: 'Voir moins de tâches',
  raters: 'Notes par évaluateur',
  spread: (n) => `Les évaluateurs divergent de ${n} points`,
  skills: 'Compétences clés',
  tools: 'Outils technologiques',
  inDemand: 'recherché',
  risks: 'Principaux risques',
  aiTools: 'Outils d’IA moteurs du changement',
  futureSkills: 'Compétences d’avenir',
  faq: 'Questions fréquentes',
  disclaimer: 'L’exposition mesure ce que l’IA pourrait faire de ces tâches, pas une prévision de pertes d’emplois.',
  loading: 'Chargement des données d’exposition à l’IA…',
  retry: 'Réessayer',
  errorTitle: 'Cette fiche n’a pas pu être affichée',
  errors: {
    'not-found': 'Ce métier est introuvable.',
    network: 'Les données n’ont pas pu être chargées. Vérifiez votre connexion et réessayez.',
    http: 'Le serveur de données a rencontré un problème.',
    'invalid-json': 'Le serveur de données a envoyé une réponse illisible.',
    'invalid-data': 'Les données de ce métier n’ont pas le format attendu.',
    timeout: 'Le serveur de données a mis trop de temps à répondre.',
  },
  // --- Méthode 1.1 ---
  doableRule:
    'Comptée quand GPT-4 et les évaluateurs humains voient une exposition et que l’un estime que l’IA seule diviserait le temps par deux.',
  groupFigures: (title, code, residual) =>
    residual
      ? `Salaire, emploi et demande concernent le groupe résiduel du BLS « ${title} » (SOC ${code}), pas ce seul métier.`
      : `Salaire, emploi et demande concernent tout le groupe du BLS « ${title} » (SOC ${code}), qui comprend d’autres métiers.`,
  entryHeading: 'Comment accéder à ce métier',
  entryEducation: 'Formation habituelle à l’entrée',
  entryExperience: 'Expérience dans un métier proche',
  entryTraining: 'Formation en poste',
  jobZone: 'Job Zone O*NET',
  jobZoneValue: (zone, label) => `${zone} sur 5${label ? ` (${label})` : ''}`,
  openings: 'Postes à pourvoir par an',
  openingsValue: (n, period) => `${n} en moyenne${period ? `, ${period}` : ''}`,
  related: 'Métiers proches et leur exposition',
  relatedScore: (score, level) => `${score}/100${level ? `, ${level.toLowerCase()}` : ''}`,
  lead: {
    high: {
      growing: 'Transformé plutôt que remplacé',
      stable: 'Probablement transformé par l’IA',
      declining: 'Très exposé, dans un métier en recul',
    },
    moderate: {
      growing: 'En partie exposé, et en croissance',
      stable: 'En partie exposé à l’IA',
      declining: 'En partie exposé, dans un métier en recul',
    },
    low: {
      growing: 'Peu exposé, et en croissance',
      stable: 'Peu exposé à l’IA',
      declining: 'Peu exposé, mais en recul',
    },
  },
  verdictTasks: (lead, k, p, n) =>
    `${lead}\u202f: ${
      k
        ? `l’IA pourrait accélérer ${k === n ? (n > 1 ? `ses ${n} tâches` : 'sa seule tâche') : `${k} de ses ${n} tâches`}`
        : p
          ? `l’IA pourrait aider pour ${p} de ses ${n} tâches, aucune surtout seule`
          : 'aucune tâche n’est jugée accélérable par l’IA'
    }.`,
  verdictDemand: (trend, pct, period, group) =>
    `L’emploi${group ? ' de son groupe BLS' : ''} devrait ${
      trend === 'growing'
        ? `croître${pct && ` de ${pct}`}`
        : trend === 'declining'
          ? `reculer${pct && ` de ${pct}`}`
          : 'peu évoluer'
    }${period && ` (${period})`}.`,
  rank: (pct) => `Plus exposé que ${pct} des métiers aux États-Unis`,
  rankLowest: 'Parmi les métiers les moins exposés aux États-Unis',
  median: (score) => `Médiane de tous les métiers aux États-Unis\u202f: ${score}`,
  taskSummary: (k, p, n) => `${k} tâches surtout faisables par l’IA · ${p} en partie · ${n} non`,
  legend: '● exposée directement · ◐ avec un logiciel en plus · ○ non exposée',
  marks: ['non exposée', 'avec un logiciel en plus', 'exposée directement'],
  disagreeSays: (who) => `Évaluateurs en désaccord\u202f: ${who} dit non exposée`,
  moreAbout: 'Compétences, outils et risques',
  ofN: (k, n) => `${k} sur ${n}`,
  assists: 'L’IA surtout en appui',
  exposedTasks: 'des tâches exposées',
  projected: (period) => `Emplois projetés${period && ` ${period}`}`,
  aboutFigures: 'À propos de ces chiffres',
  aboutScore: 'Comment le score est construit',
  groupShort: (title, code, residual) =>
    residual
      ? `Salaire, emploi, demande\u202f: groupe résiduel BLS « ${title} » (SOC ${code}), pas ce seul métier.`
      : `Salaire, emploi, demande\u202f: tout le groupe BLS « ${title} » (SOC ${code}).`,
  observedTop: (label, pct) => `${label}\u202f: dans les ${pct} supérieurs des métiers`,
  observedAbove: (label, pct) => `${label}\u202f: au-dessus de ${pct} des métiers`,
  details: {
    notHttp: (attr, value) => `L’attribut ${attr} « ${value} » n’est pas une URL http(s).`,
    badOccupation: (value) =>
      `« ${value} » n’est ni un code O*NET-SOC (15-2051.00), ni un code SOC (15-2051), ni un slug (data-scientists).`,
    noOccupation: () => 'Aucun métier indiqué : renseignez occupation="15-2051.00" (un code O*NET-SOC), job-title ou src.',
    noPosting: () => 'occupation="auto" n’a trouvé aucun JobPosting schema.org (JSON-LD) sur cette page.',
    noTitleMatch: (title) => `Aucun métier ne correspond à l’intitulé « ${title} ».`,
    notInIndex: (value) =>
      `Aucun métier « ${value} » dans cette source de données ; utilisez un code O*NET-SOC comme 15-2051.00, un code SOC comme 15-2051 ou un slug comme data-scientists.`,
    invalidFile: (file, path, problem) => `Données invalides dans ${file}, à ${path} : ${problem}.`,
    noData: (status) => `Aucune donnée pour ce métier (HTTP ${status}).`,
    noFile: (file, status) => `Aucune donnée pour ${file} (HTTP ${status}).`,
    noAnswer: (seconds) => `Pas de réponse du serveur de données en ${seconds} s.`,
    tooSlow: (seconds) => `Les données ont mis plus de ${seconds} s à arriver.`,
    unreachable: () => 'Le serveur de données est injoignable.',
    broken: () => 'La connexion a été coupée pendant le chargement des données.',
    http: (status, retryAfter) =>
      `Le serveur de données a répondu HTTP ${status}.${retryAfter ? ` Il demande de réessayer après ${retryAfter}${/^\d+$/.test(retryAfter) ? ' s' : ''}.` : ''}`,
    html: () => 'Le serveur de données a envoyé une page HTML, pas du JSON : vérifiez data-source.',
    notJson: () => 'Le serveur de données a envoyé autre chose que du JSON.',
    tooLarge: (file, mb) => `${file || 'Le document'} dépasse ${mb} Mo, le maximum accepté par une fiche.`,
    invalid: (path, problem) => `Données invalides à ${path} : ${problem}.`,
    lookupMissing: () =>
      'La recherche par intitulé de poste n’a pas pu être chargée (un fichier de script à côté d’ai-risk-card.js manque ou est bloqué).',
    lookupFile: (problem) => `L’index des intitulés de poste est inutilisable : ${problem}`,
    undrawable: () => 'Ce document n’a pas pu être affiché.',
    unexpected: (message) => `Erreur inattendue : ${message}`,
  },
} satisfies Messages;
