/**
 * Curated job-board vocabulary for the title matcher, written by the maintainers (no external
 * list). Applied by `queryTokens`/`titleTokens` in text.ts to BOTH the query and every O*NET
 * title when the index is built, so a rewrite can only make two spellings of the same thing
 * equal; it never points a word at an occupation code.
 *
 * Bump SYNONYMS_VERSION on any change: it is written into v1/lookup/index.json, and the reader
 * refuses an index built with a different version (the two sides would tokenise differently).
 *
 * Each entry is one rule, not one title. Keep the comment saying why the rule is true in job ads.
 */
export const SYNONYMS_VERSION = 21;

/**
 * Whole-word abbreviations (after tokenising, so "/hr" in a pay text or "hr" inside "three" is
 * never touched). Values are in O*NET's words. A Map, not an object: titles contain words like
 * "constructor" that an object would answer from its prototype.
 */
export const ABBREVIATIONS = new Map<string, string>(
  Object.entries({
    // healthcare
    rn: 'registered nurse',
    lpn: 'licensed practical nurse',
    lvn: 'licensed practical nurse', // LVN is the California/Texas name of the same licence
    cna: 'nursing assistant',
    stna: 'nursing assistant',
    np: 'nurse practitioner',
    fnp: 'family nurse practitioner',
    crna: 'nurse anesthetist',
    pa: 'physician assistant',
    pta: 'physical therapist assistant',
    cota: 'occupational therapy assistant',
    slp: 'speech language pathologist',
    emt: 'emergency medical technician',
    cma: 'medical assistant',
    pct: 'patient care technician',
    md: 'physician',
    lcsw: 'clinical social worker',
    rbt: 'behavior technician',
    cst: 'surgical technologist', // Certified Surgical Technologist (NBSTSA)
    sdet: 'software quality assurance engineer', // software development engineer in test
    sysadmin: 'systems administrator',
    exec: 'executive',
    evs: 'housekeeping', // hospital Environmental Services: cleaning and housekeeping
    // business
    hr: 'human resources',
    hrbp: 'human resources business partner',
    cpa: 'accountant',
    'fp&a': 'financial planning analysis',
    'p&c': 'insurance', // property and casualty: a line of insurance (the licence an agent holds)
    'r&d': 'research development',
    'a&p': 'aircraft mechanic', // airframe and powerplant certificate (FAA)
    'l&d': 'labor delivery',
    ap: 'accounts payable',
    ar: 'accounts receivable',
    acct: 'accountant',
    mgr: 'manager',
    asst: 'assistant',
    admin: 'administrative',
    rep: 'representative',
    reps: 'representative',
    csr: 'customer service representative',
    sdr: 'sales development representative',
    bdr: 'business development representative',
    ae: 'account executive',
    vp: 'vice president',
    ceo: 'chief executive officer',
    cfo: 'chief financial officer',
    coo: 'chief operating officer',
    cto: 'chief technology officer',
    cio: 'chief information officer',
    pm: 'project manager',
    pmo: 'project management',
    ehs: 'environmental health safety',
    esl: 'english second language',
    prep: 'preparation',
    // technology
    it: 'information technology',
    swe: 'software engineer',
    sde: 'software development engineer',
    sw: 'software',
    dev: 'developer',
    devs: 'developer',
    eng: 'engineer',
    engr: 'engineer',
    qa: 'quality assurance',
    qc: 'quality control',
    ml: 'machine learning',
    ai: 'artificial intelligence',
    ui: 'user interface',
    ux: 'user experience',
    dba: 'database administrator',
    sre: 'site reliability engineer',
    bi: 'business intelligence',
    gis: 'geographic information systems',
    // trades, transport
    hvac: 'heating air conditioning',
    cnc: 'computer numerically controlled',
    cdl: 'truck',
    otr: 'over the road truck',
    tech: 'technician',
    techs: 'technician',
    maint: 'maintenance',
    auto: 'automotive', // "Auto Mechanic", "Auto Body": O*NET says automotive
    mech: 'mechanic',
  }),
);

/**
 * Multi-word rewrites on the token stream (left side matched as whole tokens, in order).
 * Longest rules first. Used for spellings that tokenising alone cannot join.
 */
export const PHRASES: readonly (readonly [string, string])[] = [
  // A CDL-A / Class A licence is what tractor-trailer driving requires (FMCSA); "CDL" alone is
  // already "truck" above, class B straight trucks stay plain truck driving.
  ['truck a', 'tractor trailer truck'],
  ['class a truck', 'tractor trailer truck'],
  ['class a', 'tractor trailer truck'],
  ['key holder', 'retail sales supervisor'],
  // Customer success is post-sale account management in job-board usage.
  ['customer success', 'account'],
  // Ride-hailing drivers are taxi drivers in SOC 2018 (53-3054 "Taxi Drivers" includes them).
  ['rideshare', 'taxi'],
  ['ride share', 'taxi'],
  ['uber', 'taxi'],
  ['lyft', 'taxi'],
  ['keyholder', 'retail sales supervisor'],
  // "Entry level" is seniority; "entry" alone is part of the job ("Data Entry", "Order Entry").
  ['entry level', 'entrylevel'],
  // A foreman/forewoman/foreperson is a working first-line supervisor of a crew (SOC xx-1011
  // "First-Line Supervisors of …"), not a manager of the whole site or business.
  ['foreman', 'supervisor'],
  ['forewoman', 'supervisor'],
  ['foreperson', 'supervisor'],
  // "Nurse aide" is the federal (OBRA) name of the certified nursing assistant (CNA, STNA above).
  ['nurse aide', 'nursing assistant'],
  ['nursing aide', 'nursing assistant'],
  // A prep cook prepares food without cooking it (SOC 35-2021 Food Preparation Workers).
  ['preparation cook', 'food preparation worker'],
  // Bussers clear and set tables (SOC 35-9011 Dining Room … Attendants).
  ['busser', 'dining room attendant'],
  ['busboy', 'dining room attendant'],
  ['bus boy', 'dining room attendant'],
  ['bus person', 'dining room attendant'],
  // A call centre is where customer service is done, not the job ("Call Center Agent").
  ['call center', 'customer service'],
  ['call centre', 'customer service'],
  ['contact center', 'customer service'],
  // On job boards an owner-operator drives their own tractor-trailer under a carrier's authority.
  ['owner operator', 'tractor trailer truck driver'],
  // A night auditor keeps a hotel's front desk and books overnight: "night" is the job here, not
  // a shift (which the noise list would otherwise drop, leaving an accountant's "Auditor").
  ['night auditor', 'hotel desk auditor'],
  // A box truck is a straight truck driven without a CDL in delivery work (light truck).
  ['box truck', 'light truck'],
  ['shift lead', 'shift supervisor'],
  ['shift leader', 'shift supervisor'],
  ['team lead', 'supervisor'],
  ['team leader', 'supervisor'],
  ['machine learning operations', 'machine learning engineer'],
  ['mlops', 'machine learning engineer'],
  ['devops', 'development operations'],
  ['devsecops', 'development operations'],
  ['full stack', 'software'],
  ['back end', 'software'],
  ['front end developer', 'web developer'],
  ['front end engineer', 'web developer'],
  ['wait staff', 'waiter'],
  ['waitstaff', 'waiter'],
  ['waitress', 'waiter'],
  ['hostess', 'host'],
  ['seamstress', 'sewer'],
  ['salesperson', 'sales'],
  ['salesman', 'sales'],
  ['repairman', 'repairer'],
  ['handyman', 'maintenance repair'],
  ['custodian', 'janitor'],
  ['farmhand', 'farm hand'],
  ['ranchhand', 'ranch hand'],
  ['lineman', 'line installer'],
  ['lineworker', 'line installer'],
  ['paraprofessional', 'teacher aide'],
  ['paraeducator', 'teacher aide'],
  ['para educator', 'teacher aide'],
  ['teacher assistant', 'teacher aide'],
  ['teaching assistant', 'teacher aide'],
  ['caregiver', 'personal care aide'],
  ['care giver', 'personal care aide'],
  ['ultrasound', 'sonographer'],
  ['sonography', 'sonographer'],
  ['x ray', 'radiologic'],
  ['xray', 'radiologic'],
  ['vet', 'veterinary'],
  // "Medical Laboratory Scientist" (MLS) is the ASCP certification name of the medical
  // technologist (SOC 29-2011), not a research scientist.
  ['medical laboratory scientist', 'medical laboratory technologist'],
  ['clinical laboratory scientist', 'clinical laboratory technologist'],
  ['medical lab scientist', 'medical laboratory technologist'],
  ['clinical lab scientist', 'clinical laboratory technologist'],
  // A virtual assistant does an administrative assistant's work from home ("virtual" is otherwise
  // the remote-work noise word).
  ['virtual assistant', 'administrative assistant'],
  // On job boards an account executive sells and closes deals: a sales representative (SOC 41-30xx,
  // 41-40xx), not the advertising-agency manager O*NET lists the title under.
  ['account executive', 'sales representative'],
  // Pre-sales engineers and solutions engineers who support a sale are sales engineers (41-9031).
  ['pre sale engineer', 'sales engineer'],
  ['presale engineer', 'sales engineer'],
  ['pre sale', 'sales'],
  ['presale', 'sales'],
  // A physician assistant is not a physician: one word, so "PA-C Dermatology" cannot become a
  // dermatologist by sharing "physician" with "Dermatology Physician".
  ['physician assistant', 'physicianassistant'],
  ['physician associate', 'physicianassistant'],
  // Route sales representatives drive a route, delivering and selling (53-3031 Driver/Sales Workers).
  ['route sale representative', 'driver sale worker'],
  ['route sale driver', 'driver sale worker'],
  ['route service representative', 'driver sale worker'],
  // An industrial maintenance technician repairs production machinery (49-9041).
  ['industrial maintenance technician', 'industrial maintenance mechanic'],
  // Solar installers on job boards install photovoltaic panels (47-2231), not solar water heating.
  ['solar installer', 'solar photovoltaic installer'],
  ['solar panel installer', 'solar photovoltaic installer'],
  // Direct support professionals assist people with disabilities in daily living: SOC 2018 names
  // them among personal care aides (31-1122).
  ['direct support professional', 'personal care aide'],
  ['direct support staff', 'personal care aide'],
  ['direct care worker', 'personal care aide'],
  ['direct care staff', 'personal care aide'],
  // Hospital environmental services (EVS) staff clean patient rooms: housekeepers (37-2012).
  ['housekeeping technician', 'housekeeper'],
  ['environmental service technician', 'housekeeper'],
  ['environmental service aide', 'housekeeper'],
  ['environmental service worker', 'housekeeper'],
  // "Store Manager in Training", "Manager in Training (MIT)": a trainee of that role.
  ['in training', 'trainee'],
  // A sales consultant on a job board sells to customers in a store or showroom (cars, phones,
  // furniture): a retail salesperson (41-2031); business-to-business sellers are "representatives"
  // or "account executives".
  ['sale consultant', 'retail salesperson'],
  // A store manager (and an assistant one) runs a store's sales floor and staff: SOC codes store
  // managers who supervise sales workers as first-line supervisors (41-1011), as the Census index does.
  ['store manager', 'retail sale supervisor'],
  // A sales executive sells, like an account executive.
  ['sale executive', 'sales representative'],
  // A hotel room attendant cleans guest rooms: housekeeping (37-2012).
  ['room attendant', 'housekeeping attendant'],
  // A case manager coordinates a client's services: a caseworker, not a manager of staff.
  ['case manager', 'caseworker'],
  // A machinist runs whatever machines the shop has, CNC included (SOC 51-4041 "Machinists").
  ['computer numerically controlled machinist', 'machinist'],
  // A shift manager runs a shift of workers: a first-line supervisor, like a shift supervisor.
  ['shift manager', 'shift supervisor'],
];

/**
 * The largest US chains, by the setting they name: a job board's "Shift Leader - Taco Bell" or
 * "Cook - Texas Roadhouse" says where the work is done, which decides between occupations that
 * share a title (fast food or restaurant cooks, retail or food service supervisors). Matched as
 * whole words on the cleaned title (before tokenising), like PHRASES.
 */
export const BRANDS: readonly (readonly [string, string])[] = [
  [
    'mcdonalds|mcdonald|burger king|wendys|wendy|taco bell|chick fil a|chickfila|popeyes|kfc|sonic drive in|sonic|arbys|jack in the box|whataburger|five guys|chipotle|panera bread|panera|dunkin|starbucks|dutch bros|tim hortons|dominos|domino|pizza hut|papa johns|little caesars|panda express|culvers|raising canes|in n out|del taco|carls jr|hardees|dairy queen|zaxbys|wingstop|jimmy johns|jersey mikes|qdoba|shake shack|smoothie king|tropical smoothie cafe|tropical smoothie|bojangles|krispy kreme|white castle|einstein bros',
    'fast food',
  ],
  [
    'applebees|chilis|olive garden|texas roadhouse|red lobster|outback steakhouse|cracker barrel|ihop|dennys|buffalo wild wings|red robin|longhorn steakhouse|cheesecake factory|bob evans|golden corral|ruby tuesday|tgi fridays|hooters|bjs restaurant',
    'restaurant',
  ],
  [
    'walmart|target|costco|sams club|kroger|publix|safeway|albertsons|aldi|heb|meijer|dollar general|dollar tree|family dollar|home depot|lowes|best buy|cvs|walgreens|rite aid|tj maxx|marshalls|ross dress for less|kohls|macys|old navy|ulta|sephora|petsmart|petco|autozone|oreilly|advance auto parts|tractor supply|hobby lobby|michaels|big lots|five below|academy sports|dicks sporting goods|7 eleven|wawa|sheetz|circle k|quiktrip',
    'retail store',
  ],
  ['jiffy lube|valvoline|take 5 oil change|take 5|firestone|pep boys|midas|meineke|monro|les schwab', 'automotive service'],
];

/**
 * Chain names that are also ordinary words ("Target Marketing Manager", "Sonic Engineer"): read
 * as the chain only as a part of their own ("Team Member - Target") or after "at" / "@".
 */
export const BRAND_WORDS = new Set(['target', 'sonic', 'wendy', 'domino', 'michaels', 'take 5', 'midas', 'heb', 'monro']);

/**
 * Technology names: in a title they qualify the job, and O*NET lists few of them. Each becomes
 * the field it belongs to, so "React Developer" is a web developer and "Kotlin Engineer" a
 * software one. Platform administrators stay administrators ("Salesforce Administrator").
 */
export const TECH = new Map<string, string>(
  Object.entries({
    '.net': 'software',
    'c#': 'software',
    'c++': 'software',
    'f#': 'software',
    java: 'software',
    python: 'software',
    golang: 'software',
    ruby: 'software',
    scala: 'software',
    kotlin: 'software',
    node: 'software',
    nodejs: 'software',
    django: 'software',
    embedded: 'software',
    firmware: 'software',
    ios: 'mobile software',
    reactnative: 'mobile software',
    android: 'mobile software',
    flutter: 'mobile software',
    app: 'application',
    apps: 'application',
    salesforce: 'software',
    servicenow: 'software',
    workday: 'software',
    sap: 'software',
    kubernetes: 'computer systems',
    aws: 'computer systems',
    azure: 'computer systems',
    linux: 'computer systems',
    react: 'web',
    angular: 'web',
    vue: 'web',
    javascript: 'web',
    typescript: 'web',
    frontend: 'web',
    php: 'web',
    wordpress: 'web',
    shopify: 'web',
    html: 'web',
    css: 'web',
    tableau: 'business intelligence',
    powerbi: 'business intelligence',
    looker: 'business intelligence',
    sql: 'database',
    // Epic is the hospitals' electronic health record system: its analysts are systems analysts
    epic: 'computer systems',
  }),
);

/**
 * Words about the posting, not the job: schedule, shift, pay, contract, place, hiring
 * language. Dropped wherever they stand.
 */
export const NOISE = new Set(
  (
    'the a an of and for in at to with or on by from ' +
    'time ft pt per diem prn temporary temp seasonal contract w2 1099 ' +
    'remote hybrid onsite virtual wfh telecommute ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'nights night weekends weekend evenings evening overnights overnight days weekdays ' +
    'hiring hire immediately immediate urgent urgently needed wanted now today apply opening openings ' +
    'position positions opportunity opportunities job jobs career careers multiple various all location ' +
    'bonus signon sign hourly salary pay paid weekly daily benefits competitive experienced year bilingual rotational ' +
    // a float (pool) nurse or floater covers whichever unit is short: a staffing arrangement like PRN
    'float floater'
  ).split(' '),
);

/**
 * Seniority and grade words. Dropped before the last word of a title ("Principal Engineer" is an
 * engineer, "Lead Cook" a cook) but kept as the last word, where they are the role itself
 * ("Assistant Principal", "Chief of Staff", "Team Lead").
 */
export const SENIORITY = new Set(
  // "Adjunct" is a rank of teaching post ("Adjunct Professor", "Adjunct Instructor"), like senior.
  'senior sr junior jr lead principal staff associate entrylevel mid i ii iii iv v vi 1 2 3 4 5 journeyman journeyperson master certified licensed adjunct'.split(
    ' ',
  ),
);

/**
 * Trainees: "apprentices … should be classified in the occupation for which they are being
 * trained" (SOC 2018 coding guidelines), so these words are dropped wherever they stand unless
 * nothing else is left ("Electrician Apprentice" is an electrician, not an electrician's helper).
 */
export const TRAINEE = new Set('apprentice apprenticeship trainee intern internship student'.split(' '));

/**
 * A trade named by its field ("Plumbing Apprentice", "Electrical Trainee"): once the trainee word
 * is dropped, the field stands for the tradesperson the trainee will be (SOC coding guidelines).
 */
export const TRADE_OF_FIELD = new Map<string, string>(
  Object.entries({
    plumbing: 'plumber',
    electrical: 'electrician',
    carpentry: 'carpenter',
    welding: 'welder',
    roofing: 'roofer',
    masonry: 'mason',
    pipefitting: 'pipefitter',
    machining: 'machinist',
    ironworking: 'ironworker',
    millwright: 'millwright',
    painting: 'painter',
    sheetmetal: 'sheet metal worker',
    // professions trained the same way: a pharmacy intern is a pharmacist in training
    pharmacy: 'pharmacist',
    accounting: 'accountant',
  }),
);

/**
 * Words that alone name no occupation: a title made only of these (and noise) is vague and gets
 * no match, however well some O*NET title containing them scores.
 */
export const GENERIC = new Set(
  (
    'analyst operator manager team member associate specialist coordinator consultant director ' +
    'supervisor assistant lead staff representative worker helper professional employee officer ' +
    'agent technician engineer administrator advisor adviser clerk executive generalist partner ' +
    'crew general intern internship trainee apprentice application entry level entrylevel work home ninja ' +
    'rockstar guru hero superstar person people individual candidate talent service services ' +
    'support help various other miscellaneous blah asdf test volunteer ' +
    // roles and standings that name no occupation on their own ("Owner", "Floater", "Aide")
    'owner founder cofounder leader contractor freelancer floater student expert ambassador ' +
    'attendant aide handler processor runner trainer coach role program trade pool veteran'
  ).split(' '),
);

/**
 * Department and field names: as the whole title ("Sales", "Warehouse", "Operations") they name a
 * place in the company, not a job, so a one-word title of these is vague too. (In longer titles
 * they are ordinary words: "Sales Associate", "Warehouse Worker".)
 */
export const DEPARTMENTS = new Set(
  (
    'sale administrative administration office production warehouse maintenance operation ' +
    'management marketing finance accounting retail healthcare customer logistic manufacturing ' +
    'engineering construction hospitality security education technology business corporate ' +
    'remote hourly salaried store'
  ).split(' '),
);
