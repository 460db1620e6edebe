// The one tokenizer of the eval's lexical baseline: lowercase, possessive 's stripped, English stopwords out, Porter stems.
import { stemmer } from 'stemmer';

// NLTK's English stopword list: the common one for BM25 baselines, so our figures compare with published ones.
const STOPWORDS = new Set(
  (
    'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself ' +
    'it its itself they them their theirs themselves what which who whom this that these those am is are was were be ' +
    'been being have has had having do does did doing a an the and but if or because as until while of at by for with ' +
    'about against between into through during before after above below to from up down in out on off over under again ' +
    'further then once here there when where why how all any both each few more most other some such no nor not only ' +
    'own same so than too very s t can will just don should now d ll m o re ve y ain aren couldn didn doesn hadn hasn ' +
    'haven isn ma mightn mustn needn shan shouldn wasn weren won wouldn'
  ).split(' '),
);

/** The index terms of a text, in order (duplicates kept, for term frequencies). */
export function tokenize(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => !STOPWORDS.has(w)).map((w) => stemmer(w));
}
