import { figuresIn, tellsFigure } from './misses-figure-asked.js';

/** Whether a text tells a figure, in digits or as a round thousand in words (see figuresIn). */
const tells = (text: string, figure: string) => tellsFigure(figuresIn(text), figure);

/**
 * Whether a passage in the other language from the question tells every figure the question names
 * (`asked`, see questionFigures: "who said the champion would get 5,000 dinars", `منو قال … تحت 18`) where its
 * story's same-day version in the asker's language (`askersVersion`) leaves one of them out. The wire
 * writes a story's two versions from one report, each keeping details the other leaves out; the
 * asker's words for such a detail ("withdraw", "champion") reach only the version that left it out,
 * and the lexicons may not bridge them to the one that tells it (`السحب`, `البطل`). The figure is
 * written alike in both languages: the version telling the figure the asker quotes is the one that
 * tells the fact, where the other tells only the story around it. Another figure (10,000 asked,
 * 5,000 told) is another fact: no passage telling the figure asked, nothing judged. Pure.
 */
export function tellsFigureAskedOnlyHere(asked: ReadonlySet<string>, text: string, askersVersion: string): boolean {
  if (asked.size === 0 || askersVersion === '') return false;
  return [...asked].every((figure) => tells(text, figure)) && [...asked].some((figure) => !tells(askersVersion, figure));
}
