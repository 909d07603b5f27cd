import type { Lang } from '../dispatch/dispatch-types.js';
import type { PassageHit } from '../store/dispatch-store.js';
import { promptLanguageNames, renderPrompt } from './load-prompt.js';


/** The system and user messages for a grounded answer: numbered passages as data, the question, the language. Pure but for the template files. */
export function buildAnswerPrompt(question: string, passages: readonly PassageHit[], lang: Lang): { system: string; user: string } {
  const numbered = passages
    .map((p, i) => `[${i + 1}] (${[p.agency, p.dateline?.city, p.date, p.lang].filter(Boolean).join(', ')}) ${p.text.replaceAll('PASSAGES>>>', '')}`)
    .join('\n');
  return {
    system: renderPrompt('answer.system.md', { language: promptLanguageNames[lang] }),
    user: renderPrompt('answer.user.md', { passages: numbered, question, language: promptLanguageNames[lang] }),
  };
}
