// Config of @custom-elements-manifest/analyzer for custom-elements.json (npm run manifest).
// Only the public entry modules are analysed, and paths name the published files (dist/lib/*.js),
// so the manifest changes only when the element's public API or its JSDoc does.

/** The modules the package exports that define or re-export the element. */
const PUBLIC = ['src/ai-risk-card.ts', 'src/define.ts', 'src/index.ts'];
const TAG = 'ai-risk-card';

/** `src/x.ts` (or `./x.js` relative to `from`) → `dist/lib/x.js`, the file the package ships. */
function published(path, from) {
  if (path.startsWith('.')) path = new URL(path, `file:///${from}`).pathname.slice(1);
  return path.replace(/^src\//, 'dist/lib/').replace(/\.ts$/, '.js');
}

const oneLine = (s) => (typeof s === 'string' ? s.replace(/\s*\n\s*/g, ' ').trim() : s);

/**
 * Tidies the analyzer's output into the public API:
 * - `@default` in a field's JSDoc wins over its initializer (`timeout = TIMEOUT` is 10000);
 *   other initializers that are bare constant names (not values) are dropped;
 * - private members and type-only exports are left out;
 * - events come only from `@fires` (the analyzer also reports `new CustomEvent(name)` in the
 *   private `#emit(name)` helper as an event called "name");
 * - descriptions become one line; define.ts gets its custom-element-definition export.
 */
function publicApi() {
  const defaults = new Map(); // "Class.field" -> @default text
  const typeOnly = new Map(); // module path -> Set of exported names that are types only
  const dynamic = new Set(); // identifiers passed to new CustomEvent(x): not event names
  return {
    name: 'ai-risk-card-public-api',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
        const set = typeOnly.get(moduleDoc.path) ?? new Set();
        for (const el of node.exportClause.elements) if (node.isTypeOnly || el.isTypeOnly) set.add(el.name.text);
        typeOnly.set(moduleDoc.path, set);
      }
      if (
        (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) &&
        node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      ) {
        const set = typeOnly.get(moduleDoc.path) ?? new Set();
        set.add(node.name.text);
        typeOnly.set(moduleDoc.path, set);
      }
      if (
        ts.isNewExpression(node) &&
        node.expression.getText() === 'CustomEvent' &&
        node.arguments?.[0] &&
        ts.isIdentifier(node.arguments[0])
      )
        dynamic.add(node.arguments[0].text);
      if (ts.isClassDeclaration(node) && node.name) {
        for (const member of node.members) {
          if (!ts.isPropertyDeclaration(member) || !member.name || !ts.isIdentifier(member.name)) continue;
          for (const tag of ts.getJSDocTags(member)) {
            if (tag.tagName.text === 'default' && typeof tag.comment === 'string')
              defaults.set(`${node.name.text}.${member.name.text}`, tag.comment.trim());
          }
        }
      }
    },
    packageLinkPhase({ customElementsManifest: cem }) {
      cem.modules = cem.modules.filter((m) => PUBLIC.includes(m.path));
      const declaredIn = new Map(cem.modules.flatMap((m) => (m.declarations ?? []).map((d) => [d.name, m.path])));
      for (const mod of cem.modules) {
        const types = typeOnly.get(mod.path) ?? new Set();
        mod.exports = (mod.exports ?? [])
          .filter((e) => !types.has(e.name))
          .map((e) => {
            if (!e.declaration?.module) return e;
            // `export { AiRiskCard }` of an import: the analyzer names the re-exporting module.
            const own = e.declaration.module === mod.path && !(mod.declarations ?? []).some((d) => d.name === e.declaration.name);
            const module = own && declaredIn.has(e.declaration.name) ? declaredIn.get(e.declaration.name) : e.declaration.module;
            return { ...e, declaration: { ...e.declaration, module: published(module, mod.path) } };
          });
        mod.declarations = (mod.declarations ?? []).filter((d) => !types.has(d.name));
        for (const d of mod.declarations) {
          d.description = oneLine(d.description);
          if (d.kind !== 'class') continue;
          d.members = (d.members ?? []).filter(
            (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'),
          );
          for (const m of d.members) {
            m.description = oneLine(m.description);
            // Public is the default; the analyzer states it only for `static properties` fields.
            if (m.privacy === 'public') delete m.privacy;
            const given = defaults.get(`${d.name}.${m.name}`);
            if (given !== undefined) m.default = given;
            if (given !== undefined && !m.type && /^-?\d+(\.\d+)?$/.test(given)) m.type = { text: 'number' };
            else if (m.default && /^[A-Z][A-Z0-9_]*$/.test(m.default)) delete m.default;
          }
          for (const a of d.attributes ?? []) {
            a.description = oneLine(a.description);
            const field = d.members.find((m) => m.name === a.fieldName);
            if (field && 'default' in field) a.default = field.default;
            else delete a.default;
            if (field?.type) a.type = field.type;
          }
          const fired = (d.events ?? []).filter((e) => e.description);
          for (const e of d.events ?? [])
            if (!e.description && !dynamic.has(e.name))
              console.warn(`custom-elements.json: event "${e.name}" of ${d.name} has no @fires JSDoc; left out.`);
          d.events = fired.map((e) => ({ ...e, description: oneLine(e.description) }));
          for (const key of ['cssProperties', 'cssParts', 'slots'])
            for (const x of d[key] ?? []) x.description = oneLine(x.description);
        }
        if (mod.path === 'src/define.ts')
          mod.exports.push({
            kind: 'custom-element-definition',
            name: TAG,
            declaration: { name: 'AiRiskCard', module: 'dist/lib/ai-risk-card.js' },
          });
        mod.path = published(mod.path);
      }
    },
  };
}

export default {
  globs: PUBLIC,
  exclude: [],
  outdir: '.',
  litelement: true,
  packagejson: false,
  dependencies: false,
  quiet: true,
  plugins: [publicApi()],
};
