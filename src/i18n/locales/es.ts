/** Spanish UI strings, loaded on demand beside the bundle for cards whose nearest lang is "es". */
import { html } from 'lit';
import type { Messages } from '../en.js';

export default {
  heading: (title) => html`¿Reemplazará la IA a <bdi>${title}</bdi>?`,
  updated: (date) => `Datos actualizados el ${date}`,
  exposure: 'Exposición a la IA',
  level: { low: 'Baja', moderate: 'Moderada', high: 'Alta', 'very-high': 'Muy alta' },
  levelExposure: (level) => `Exposición ${level.toLowerCase()}`,
  meterText: (score, level) => `${score} de 100, exposición ${level.toLowerCase()}`,
  outOf: '/100',
  tasksShare: 'Tareas que la IA puede hacer',
  tasksShareNote: (n, total) => `${n} de ${total} tareas con exposición mayor que la mitad`,
  augmentation: 'Potencial de asistencia',
  demand: 'Tendencia de la demanda',
  trend: { growing: 'En crecimiento', stable: 'Estable', declining: 'En descenso' },
  salary: 'Salario mediano',
  perYear: 'al año',
  perHour: 'por hora',
  orMore: 'o más',
  yoy: 'interanual',
  employment: 'Empleo en EE. UU.',
  workers: (n) => `${n} trabajadores`,
  overview: 'Resumen',
  summary: (title, score, level) => `${title}: exposición a la IA de ${score} sobre 100, ${level.toLowerCase()}.`,
  tableCaption: 'Puntuaciones de cada tarea por evaluador, 0–100',
  task: 'Tarea',
  average: 'Media',
  matched: (q, t, pct) => html`Puesto “<bdi>${q}</bdi>” asociado a “<bdi>${t}</bdi>” (coincidencia del ${pct} %)`,
  expand: 'Análisis completo',
  close: 'Cerrar',
  sourcesShort: 'Fuentes y licencias',
  tasks: 'Cobertura de la IA, tarea por tarea',
  showAll: (n) => `Ver las ${n} tareas`,
  showFewer: 'Ver menos tareas',
  raters: 'Puntuación por evaluador',
  spread: (n) => `Los evaluadores difieren en ${n} puntos`,
  skills: 'Habilidades clave',
  tools: 'Herramientas tecnológicas',
  inDemand: 'demandada',
  risks: 'Riesgos principales',
  aiTools: 'Herramientas de IA que impulsan el cambio',
  futureSkills: 'Habilidades con futuro',
  faq: 'Preguntas frecuentes',
  disclaimer: 'La exposición mide lo que la IA podría hacer en estas tareas; no es una previsión de pérdida de empleo.',
  loading: 'Cargando datos de exposición a la IA…',
  retry: 'Reintentar',
  errorTitle: 'No se pudo mostrar esta tarjeta',
  errors: {
    'not-found': 'No encontramos esta ocupación.',
    network: 'No se pudieron cargar los datos. Compruebe la conexión e inténtelo de nuevo.',
    http: 'El servidor de datos tuvo un problema.',
    'invalid-json': 'El servidor de datos envió una respuesta ilegible.',
    'invalid-data': 'Los datos de esta ocupación no tienen el formato esperado.',
    timeout: 'El servidor de datos tardó demasiado en responder.',
  },
  // --- Método 1.1 ---
  doableRule:
    'Cuenta si GPT-4 y los evaluadores humanos ven exposición y uno dice que la IA sola reduciría el tiempo a la mitad.',
  groupFigures: (title, code, residual) =>
    residual
      ? `Salario, empleo y demanda corresponden al grupo residual de la BLS «${title}» (SOC ${code}), no solo a esta ocupación.`
      : `Salario, empleo y demanda corresponden a todo el grupo de la BLS «${title}» (SOC ${code}), que incluye otras ocupaciones.`,
  entryHeading: 'Cómo se accede a este trabajo',
  entryEducation: 'Formación habitual de acceso',
  entryExperience: 'Experiencia en un trabajo afín',
  entryTraining: 'Formación en el puesto',
  jobZone: 'Job Zone de O*NET',
  jobZoneValue: (zone, label) => `${zone} de 5${label ? ` (${label})` : ''}`,
  openings: 'Vacantes al año',
  openingsValue: (n, period) => `${n} de media${period ? `, ${period}` : ''}`,
  related: 'Trabajos relacionados y su exposición',
  relatedScore: (score, level) => `${score}/100${level ? `, ${level.toLowerCase()}` : ''}`,
  lead: {
    high: {
      growing: 'Más transformado que reemplazado',
      stable: 'Probablemente transformado por la IA',
      declining: 'Muy expuesto, en un campo que se reduce',
    },
    moderate: {
      growing: 'Expuesto en parte, y en crecimiento',
      stable: 'Expuesto en parte a la IA',
      declining: 'Expuesto en parte, en un campo que se reduce',
    },
    low: {
      growing: 'Poco expuesto, y en crecimiento',
      stable: 'Poco expuesto a la IA',
      declining: 'Poco expuesto, pero en retroceso',
    },
  },
  verdictTasks: (lead, k, p, n) =>
    `${lead}: ${
      k
        ? `la IA podría acelerar ${k === n ? (n > 1 ? `todas sus ${n} tareas` : 'su única tarea') : `${k} de sus ${n} tareas`}`
        : p
          ? `la IA podría ayudar en ${p} de sus ${n} tareas, en ninguna sobre todo por sí sola`
          : 'ninguna tarea está calificada como trabajo que la IA podría acelerar'
    }.`,
  verdictDemand: (trend, pct, period, group) =>
    `Se proyecta que el empleo${group ? ' de su grupo del BLS' : ''} ${
      trend === 'growing'
        ? `crezca${pct && ` un ${pct}`}`
        : trend === 'declining'
          ? `disminuya${pct && ` un ${pct}`}`
          : 'cambie poco'
    }${period && ` (${period})`}.`,
  rank: (pct) => `Más expuesto que el ${pct} de las ocupaciones de EE. UU.`,
  rankLowest: 'Entre las ocupaciones menos expuestas de EE. UU.',
  median: (score) => `Mediana de todas las ocupaciones de EE. UU.: ${score}`,
  taskSummary: (k, p, n) => `${k} tareas en su mayoría factibles por IA · ${p} en parte · ${n} no`,
  legend: '● expuesta directamente · ◐ con software adicional · ○ no expuesta',
  marks: ['no expuesta', 'con software adicional', 'expuesta directamente'],
  disagreeSays: (who) => `Los evaluadores discrepan: ${who} dice no expuesta`,
  moreAbout: 'Habilidades, herramientas y riesgos',
  ofN: (k, n) => `${k} de ${n}`,
  assists: 'La IA sobre todo asiste',
  exposedTasks: 'de las tareas expuestas',
  projected: (period) => `Empleo proyectado${period && ` ${period}`}`,
  aboutFigures: 'Sobre estas cifras',
  aboutScore: 'Cómo se calcula la puntuación',
  groupShort: (title, code, residual) =>
    residual
      ? `Salario, empleo y demanda: grupo residual del BLS “${title}” (SOC ${code}), no solo esta ocupación.`
      : `Salario, empleo y demanda: todo el grupo del BLS “${title}” (SOC ${code}).`,
  observedTop: (label, pct) => `${label}: ${pct} superior de las ocupaciones`,
  observedAbove: (label, pct) => `${label}: por encima del ${pct} de las ocupaciones`,
  details: {
    notHttp: (attr, value) => `El atributo ${attr} "${value}" no es una URL http(s).`,
    badOccupation: (value) =>
      `"${value}" no es un código O*NET-SOC (15-2051.00), un código SOC (15-2051) ni un slug (data-scientists).`,
    noOccupation: () => 'No se indicó ninguna ocupación: use occupation="15-2051.00" (un código O*NET-SOC), job-title o src.',
    noPosting: () => 'occupation="auto" no encontró ningún JobPosting de schema.org (JSON-LD) en esta página.',
    noTitleMatch: (title) => `Ninguna ocupación corresponde al puesto "${title}".`,
    notInIndex: (value) =>
      `No hay ninguna ocupación "${value}" en esta fuente de datos; use un código O*NET-SOC como 15-2051.00, un código SOC como 15-2051 o un slug como data-scientists.`,
    invalidFile: (file, path, problem) => `Datos no válidos en ${file}, en ${path}: ${problem}.`,
    noData: (status) => `No hay datos para esta ocupación (HTTP ${status}).`,
    noFile: (file, status) => `No hay datos en ${file} (HTTP ${status}).`,
    noAnswer: (seconds) => `El servidor de datos no respondió en ${seconds} s.`,
    tooSlow: (seconds) => `Los datos tardaron más de ${seconds} s en llegar.`,
    unreachable: () => 'No se pudo contactar con el servidor de datos.',
    broken: () => 'La conexión se interrumpió mientras se cargaban los datos.',
    http: (status, retryAfter) =>
      `El servidor de datos respondió HTTP ${status}.${retryAfter ? ` Pide reintentar después de ${retryAfter}${/^\d+$/.test(retryAfter) ? ' s' : ''}.` : ''}`,
    html: () => 'El servidor de datos envió una página HTML, no JSON: revise data-source.',
    notJson: () => 'El servidor de datos envió algo que no es JSON.',
    tooLarge: (file, mb) => `${file || 'El documento'} supera ${mb} MB, el máximo que acepta una tarjeta.`,
    invalid: (path, problem) => `Datos no válidos en ${path}: ${problem}.`,
    lookupMissing: () =>
      'No se pudo cargar la búsqueda por puesto (falta o está bloqueado un archivo de script junto a ai-risk-card.js).',
    lookupFile: (problem) => `El índice de puestos no se puede usar: ${problem}`,
    undrawable: () => 'No se pudo mostrar este documento.',
    unexpected: (message) => `Error inesperado: ${message}`,
  },
} satisfies Messages;
