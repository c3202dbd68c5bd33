import { Parser, Language } from 'web-tree-sitter';
import fs from 'node:fs';
await Parser.init();
const lang = await Language.load(process.argv[2]);
const p = new Parser(); p.setLanguage(lang);
let bad = 0;
for (const f of process.argv.slice(3)) {
  const t = p.parse(fs.readFileSync(f, 'utf8'));
  const errs = [];
  const walk = (n) => { if (n.type === 'ERROR' || n.isMissing) errs.push(n); for (const c of n.children) walk(c); };
  walk(t.rootNode);
  console.log(f, errs.length ? 'ERRORS ' + errs.map(e => (e.startPosition.row+1)+':'+e.type).join(' ') : 'ok');
  bad += errs.length;
}
process.exit(bad ? 1 : 0);
