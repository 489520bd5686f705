// Puts what the portal's pages load into <out> (the Maven build passes target/classes/static/vendor):
// the prebuilt bundles of the npm packages as they are published, and one bundle of our own, made with
// esbuild, for what has no prebuilt form: bpmnlint's `recommended` rules packed for bpmn-js-bpmnlint.
// Nothing comes from a CDN: the product runs on closed government networks.
import { build, transform } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) {
  throw new Error('usage: node build.mjs <output directory>');
}
const require = createRequire(import.meta.url);

function copy(pkg, files, target) {
  for (const file of files) {
    cpSync(join('node_modules', pkg, file), join(out, target, file.replace(/^dist\//, '')), { recursive: true });
  }
}

// the process diagram of an instance (instances/fragments.html) and the dashboard's charts
copy('bpmn-js', ['dist/bpmn-navigated-viewer.production.min.js', 'dist/assets'], 'bpmn-js');
copy('chart.js', ['dist/chart.umd.min.js'], 'chart.js');
// the editors of /admin/processes: the Camunda 7 modeler with its properties panel, form-js, dmn-js
copy('camunda-bpmn-js', ['dist/camunda-platform-modeler.production.min.js', 'dist/assets'], 'camunda-bpmn-js');
copy('bpmn-js-bpmnlint', ['dist/assets'], 'bpmn-js-bpmnlint');
copy('@bpmn-io/form-js', ['dist/assets'], 'form-js');
// form-js publishes its browser bundle unminified (3 MB): minified, as the others are
const formEditor = readFileSync('node_modules/@bpmn-io/form-js/dist/form-editor.umd.js', 'utf8');
writeFileSync(join(out, 'form-js', 'form-editor.umd.min.js'), (await transform(formEditor, { minify: true, target: 'es2019' })).code);
copy('dmn-js', ['dist/dmn-modeler.production.min.js', 'dist/assets'], 'dmn-js');

// bpmnlint resolves its rules by name at run time; a browser has no resolver, so the rules of the
// `recommended` configuration are packed into the bundle the way bpmnlint's own compiler packs them
const rules = Object.keys(require('bpmnlint/config/recommended').rules);
mkdirSync('build', { recursive: true });
writeFileSync('build/process-lint.js', [
  "import lintModule from 'bpmn-js-bpmnlint';",
  ...rules.map((rule, i) => `import rule${i} from 'bpmnlint/rules/${rule}';`),
  'const rules = {',
  ...rules.map((rule, i) => `  'bpmnlint/${rule}': rule${i},`),
  '};',
  'const resolver = {',
  "  resolveRule(pkg, name) { const rule = rules[pkg + '/' + name]; if (!rule) { throw new Error('unknown rule ' + name); } return rule; },",
  "  resolveConfig(pkg, name) { throw new Error('unknown configuration ' + name); }",
  '};',
  `const config = { rules: ${JSON.stringify(require('bpmnlint/config/recommended').rules)} };`,
  'window.ProcessLint = { module: lintModule, bpmnlint: { resolver, config } };',
  ''
].join('\n'));
await build({
  entryPoints: ['build/process-lint.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2019',
  outfile: join(out, 'bpmn-js-bpmnlint', 'process-lint.min.js'),
  logLevel: 'warning'
});
