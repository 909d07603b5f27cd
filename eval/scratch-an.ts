import { analyseText } from '../src/text/analyse-text.js';
for (const w of process.argv.slice(2)) console.log(w, JSON.stringify(analyseText(w)));
