// Assembles the web UI into the directory given as the only argument (the Maven build passes
// target/classes/dev/rasd/web/static): the app's own files, the browser builds of d3-geo and
// topojson-client, the Natural Earth world shapes and the self-hosted Arabic font. Nothing is
// bundled or transformed except the font CSS, whose file urls are pointed at the copied woff2s.
import { cpSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs OUTPUT_DIR');
  process.exit(2);
}
const modules = join(here, 'node_modules');
const FONT = '@fontsource/noto-naskh-arabic';
// Arabic for the text, Latin for the agency names and acronyms quoted inside it.
const FONT_SUBSETS = ['arabic', 'latin'];
const FONT_WEIGHTS = [400, 700];
const VENDOR_SCRIPTS = ['d3-array/dist/d3-array.min.js', 'd3-geo/dist/d3-geo.min.js', 'topojson-client/dist/topojson-client.min.js'];

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'vendor'), { recursive: true });
mkdirSync(join(out, 'fonts'), { recursive: true });

cpSync(join(here, 'src'), out, { recursive: true });
for (const script of VENDOR_SCRIPTS) {
  cpSync(join(modules, script), join(out, 'vendor', script.split('/').pop()));
}
cpSync(join(modules, 'world-atlas/countries-110m.json'), join(out, 'vendor/countries-110m.json'));

const faces = [];
for (const subset of FONT_SUBSETS) {
  for (const weight of FONT_WEIGHTS) {
    const css = readFileSync(join(modules, FONT, `${subset}-${weight}.css`), 'utf8');
    // Keep only the woff2 source: every browser that runs the UI's module scripts reads woff2.
    faces.push(css.replace(/url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)(, url\([^)]+\) format\('woff'\))?/g,
      (_, file) => {
        cpSync(join(modules, FONT, 'files', file), join(out, 'fonts', file));
        return `url(fonts/${file}) format('woff2')`;
      }));
  }
}
writeFileSync(join(out, 'fonts.css'), faces.join('\n'));
cpSync(join(modules, FONT, 'LICENSE'), join(out, 'fonts', 'LICENSE-OFL.txt'));
console.log(`rasd-web: assets written to ${out}`);
