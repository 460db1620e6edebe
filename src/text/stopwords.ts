// The one list of English function words the engine ignores when it matches words: keyword search, the hashed
// embeddings of the offline provider and the offline answerer. (The eval's BM25 baseline keeps NLTK's list on purpose,
// so its figures compare with published ones.)
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if of to in on at by for with from as is am are was were be been being it its this that ' +
    'these those i me my mine we us our you your he him his she her they them their there here what which who whom ' +
    'how when where why do does did have has had not no so too very can could would should will just than then also ' +
    'about into over up down out off again once all any both each few more most other some such only own same s t ' +
    'don now'
  ).split(' '),
);
