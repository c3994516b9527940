/** Brazilian Portuguese UI strings, loaded on demand beside the bundle for cards whose nearest lang is "pt-BR" (or "pt"). */
import { html } from 'lit';
import type { Messages } from '../en.js';

export default {
  heading: (title) => html`A IA vai substituir <bdi>${title}</bdi>?`,
  updated: (date) => `Dados atualizados em ${date}`,
  exposure: 'Exposição à IA',
  level: { low: 'Baixa', moderate: 'Moderada', high: 'Alta', 'very-high': 'Muito alta' },
  levelExposure: (level) => `Exposição ${level.toLowerCase()}`,
  meterText: (score, level) => `${score} de 100, exposição ${level.toLowerCase()}`,
  outOf: '/100',
  tasksShare: 'Tarefas que a IA pode fazer',
  tasksShareNote: (n, total) => `${n} de ${total} tarefas com exposição acima da metade`,
  augmentation: 'Potencial de apoio',
  demand: 'Tendência da demanda',
  trend: { growing: 'Em alta', stable: 'Estável', declining: 'Em queda' },
  salary: 'Salário mediano',
  perYear: 'por ano',
  perHour: 'por hora',
  orMore: 'ou mais',
  yoy: 'em 12 meses',
  employment: 'Empregos nos EUA',
  workers: (n) => `${n} trabalhadores`,
  overview: 'Visão geral',
  summary: (title, score, level) => `${title}: exposição à IA de ${score} de 100, ${level.toLowerCase()}.`,
  tableCaption: 'Notas de cada tarefa por avaliador, 0–100',
  task: 'Tarefa',
  average: 'Média',
  matched: (q, t, pct) => html`Cargo “<bdi>${q}</bdi>” associado a “<bdi>${t}</bdi>” (${pct}% de correspondência)`,
  expand: 'Análise completa',
  close: 'Fechar',
  sourcesShort: 'Fontes e licenças',
  tasks: 'Cobertura da IA, tarefa por tarefa',
  showAll: (n) => `Ver as ${n} tarefas`,
  showFewer: 'Ver menos tarefas',
  raters: 'Notas por avaliador',
  spread: (n) => `Os avaliadores divergem em ${n} pontos`,
  skills: 'Habilidades principais',
  tools: 'Ferramentas tecnológicas',
  inDemand: 'em alta',
  risks: 'Principais riscos',
  aiTools: 'Ferramentas de IA que impulsionam a mudança',
  futureSkills: 'Habilidades para o futuro',
  faq: 'Perguntas frequentes',
  disclaimer: 'A exposição mede o que a IA poderia fazer nessas tarefas; não é uma previsão de perda de empregos.',
  loading: 'Carregando dados de exposição à IA…',
  retry: 'Tentar de novo',
  errorTitle: 'Não foi possível mostrar este cartão',
  errors: {
    'not-found': 'Não encontramos esta ocupação.',
    network: 'Não foi possível carregar os dados. Verifique a conexão e tente de novo.',
    http: 'O servidor de dados teve um problema.',
    'invalid-json': 'O servidor de dados enviou uma resposta ilegível.',
    'invalid-data': 'Os dados desta ocupação não estão no formato esperado.',
    timeout: 'O servidor de dados demorou demais para responder.',
  },
  // --- Método 1.1 ---
  doableRule:
    'Conta quando o GPT-4 e os avaliadores humanos veem exposição e um deles diz que a IA sozinha reduziria o tempo pela metade.',
  groupFigures: (title, code, residual) =>
    residual
      ? `Salário, emprego e demanda são do grupo residual do BLS “${title}” (SOC ${code}), não só desta ocupação.`
      : `Salário, emprego e demanda são de todo o grupo do BLS “${title}” (SOC ${code}), que inclui outras ocupações.`,
  entryHeading: 'Como se chega a esta profissão',
  entryEducation: 'Escolaridade típica de entrada',
  entryExperience: 'Experiência em trabalho relacionado',
  entryTraining: 'Treinamento no trabalho',
  jobZone: 'Job Zone do O*NET',
  jobZoneValue: (zone, label) => `${zone} de 5${label ? ` (${label})` : ''}`,
  openings: 'Vagas por ano',
  openingsValue: (n, period) => `${n} em média${period ? `, ${period}` : ''}`,
  related: 'Profissões relacionadas e sua exposição',
  relatedScore: (score, level) => `${score}/100${level ? `, ${level.toLowerCase()}` : ''}`,
  lead: {
    high: {
      growing: 'Mais transformação do que substituição',
      stable: 'Transformação provável pela IA',
      declining: 'Alta exposição, em área que encolhe',
    },
    moderate: {
      growing: 'Exposição parcial, em crescimento',
      stable: 'Exposição parcial à IA',
      declining: 'Exposição parcial, em área que encolhe',
    },
    low: {
      growing: 'Pouca exposição, em crescimento',
      stable: 'Pouca exposição à IA',
      declining: 'Pouca exposição, mas em retração',
    },
  },
  verdictTasks: (lead, k, p, n) =>
    `${lead}: ${
      k
        ? `a IA poderia acelerar ${k === n ? (n > 1 ? `todas as suas ${n} tarefas` : 'sua única tarefa') : `${k} de suas ${n} tarefas`}`
        : p
          ? `a IA poderia ajudar em ${p} de suas ${n} tarefas, em nenhuma sobretudo sozinha`
          : 'nenhuma tarefa é avaliada como trabalho que a IA poderia acelerar'
    }.`,
  verdictDemand: (trend, pct, period, group) =>
    `O emprego${group ? ' no seu grupo do BLS' : ''} deve ${
      trend === 'growing' ? `crescer${pct && ` ${pct}`}` : trend === 'declining' ? `cair${pct && ` ${pct}`}` : 'mudar pouco'
    }${period && ` (${period})`}.`,
  rank: (pct) => `Mais exposta que ${pct} das ocupações dos EUA`,
  rankLowest: 'Entre as ocupações menos expostas dos EUA',
  median: (score) => `Mediana de todas as ocupações dos EUA: ${score}`,
  taskSummary: (k, p, n) => `${k} tarefas em grande parte viáveis pela IA · ${p} em parte · ${n} não`,
  legend: '● exposta diretamente · ◐ com software adicional · ○ não exposta',
  marks: ['não exposta', 'com software adicional', 'exposta diretamente'],
  disagreeSays: (who) => `Avaliadores discordam: ${who} diz não exposta`,
  moreAbout: 'Habilidades, ferramentas e riscos',
  ofN: (k, n) => `${k} de ${n}`,
  assists: 'A IA sobretudo auxilia',
  exposedTasks: 'das tarefas expostas',
  projected: (period) => `Empregos projetados${period && ` ${period}`}`,
  aboutFigures: 'Sobre estes números',
  aboutScore: 'Como a pontuação é calculada',
  groupShort: (title, code, residual) =>
    residual
      ? `Salário, emprego e demanda: grupo residual do BLS “${title}” (SOC ${code}), não só esta ocupação.`
      : `Salário, emprego e demanda: todo o grupo do BLS “${title}” (SOC ${code}).`,
  observedTop: (label, pct) => `${label}: ${pct} superiores das ocupações`,
  observedAbove: (label, pct) => `${label}: acima de ${pct} das ocupações`,
  details: {
    notHttp: (attr, value) => `O atributo ${attr} "${value}" não é uma URL http(s).`,
    badOccupation: (value) =>
      `"${value}" não é um código O*NET-SOC (15-2051.00), um código SOC (15-2051) nem um slug (data-scientists).`,
    noOccupation: () => 'Nenhuma ocupação informada: use occupation="15-2051.00" (um código O*NET-SOC), job-title ou src.',
    noPosting: () => 'occupation="auto" não encontrou nenhum JobPosting do schema.org (JSON-LD) nesta página.',
    noTitleMatch: (title) => `Nenhuma ocupação corresponde ao cargo "${title}".`,
    notInIndex: (value) =>
      `Nenhuma ocupação "${value}" nesta fonte de dados; use um código O*NET-SOC como 15-2051.00, um código SOC como 15-2051 ou um slug como data-scientists.`,
    invalidFile: (file, path, problem) => `Dados inválidos em ${file}, em ${path}: ${problem}.`,
    noData: (status) => `Não há dados para esta ocupação (HTTP ${status}).`,
    noFile: (file, status) => `Não há dados em ${file} (HTTP ${status}).`,
    noAnswer: (seconds) => `O servidor de dados não respondeu em ${seconds} s.`,
    tooSlow: (seconds) => `Os dados levaram mais de ${seconds} s para chegar.`,
    unreachable: () => 'Não foi possível contatar o servidor de dados.',
    broken: () => 'A conexão caiu durante o carregamento dos dados.',
    http: (status, retryAfter) =>
      `O servidor de dados respondeu HTTP ${status}.${retryAfter ? ` Ele pede para tentar de novo após ${retryAfter}${/^\d+$/.test(retryAfter) ? ' s' : ''}.` : ''}`,
    html: () => 'O servidor de dados enviou uma página HTML, não JSON: verifique data-source.',
    notJson: () => 'O servidor de dados enviou algo que não é JSON.',
    tooLarge: (file, mb) => `${file || 'O documento'} passa de ${mb} MB, o máximo que um cartão aceita.`,
    invalid: (path, problem) => `Dados inválidos em ${path}: ${problem}.`,
    lookupMissing: () =>
      'A busca por cargo não pôde ser carregada (um arquivo de script ao lado de ai-risk-card.js está faltando ou bloqueado).',
    lookupFile: (problem) => `O índice de cargos não pode ser usado: ${problem}`,
    undrawable: () => 'Não foi possível exibir este documento.',
    unexpected: (message) => `Erro inesperado: ${message}`,
  },
} satisfies Messages;
