// Rule-based extraction for the offline provider: compromise for names, sentence patterns for personal facts.
import nlp from 'compromise';
import { isEntityName, speakerKind } from '../prompts/entity-names.ts';
import { type Extraction, type ExtractionRequest, userEntityName } from '../prompts/extract-memory.ts';
import { normalizeName, stemmedWords } from '../text/index.ts';

type Entity = Extraction['entities'][number];
type Fact = Extraction['facts'][number];
type Episode = ExtractionRequest['episodes'][number];

const RELATIONS: Record<string, string> = {
  wife: 'married_to',
  husband: 'married_to',
  spouse: 'married_to',
  partner: 'partner_of',
  boyfriend: 'partner_of',
  girlfriend: 'partner_of',
  fiancé: 'partner_of',
  fiance: 'partner_of',
  fiancée: 'partner_of',
  friend: 'friend_of',
  'best friend': 'friend_of',
  sister: 'sibling_of',
  brother: 'sibling_of',
  mother: 'child_of',
  mom: 'child_of',
  mum: 'child_of',
  father: 'child_of',
  dad: 'child_of',
  son: 'parent_of',
  daughter: 'parent_of',
  boss: 'works_with',
  colleague: 'works_with',
  coworker: 'works_with',
  manager: 'works_with',
  cat: 'owns',
  dog: 'owns',
};
const RELATION_WORDS = Object.keys(RELATIONS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// Where an object phrase ends: punctuation, a new clause, or a time expression.
const PHRASE_END =
  /[,.;!?]| (?:who|which|that|because|but|since|so|when|while|although|with|for|as|where|last|next|this|in \d|on \w+day|yesterday|today|recently|now|anymore|any more|ago|for \d|every)\b/i;
const NOT_A_NAME = new Set([
  'i',
  'my',
  'the',
  'we',
  'our',
  'it',
  'this',
  'that',
  'there',
  'he',
  'she',
  'they',
  'a',
  'an',
  'yesterday',
  'today',
]);
const LIKE_PREDICATES = new Set(['likes', 'loves', 'has_hobby', 'has_habit', 'prefers', 'enjoys']);
const JOB_PREDICATES = new Set(['works_as', 'works_at']);
/** One value at a time: a new job, home or partner ends the old one. */
const SINGLE_VALUED = new Set(['works_as', 'works_at', 'lives_in', 'married_to', 'partner_of']);
// A statement about the past ("I worked at Acme") does not end what holds now.
const PAST = /\b(?:worked|used to|was|were|previously|formerly|before that|back then)\b/i;

// Goals and habits are whole verb phrases ("go to Japan with Maria"): cut only at clause boundaries.
const CLAUSE_END = /[,.;!?]| (?:because|but|so that|although|which)\b/i;

function cleanPhrase(text: string, endPattern: RegExp = PHRASE_END): string {
  const end = text.search(endPattern);
  const phrase = (end === -1 ? text : text.slice(0, end)).trim().replace(/[.!?]+$/, '');
  return phrase.replace(/^(?:the|a|an|my|some|to)\s+/i, '').trim();
}

/** A place name: the run of capitalised words when the phrase starts with one ("Berlin for a job" → Berlin). */
function placePhrase(text: string): string {
  const phrase = cleanPhrase(text);
  const proper = phrase.match(
    /^\p{Lu}[\p{L}'-]*(?:\s+(?:(?:de|da|del|do|upon|on|am|of)\s+)?\p{Lu}[\p{L}'-]*)*/u,
  );
  return proper ? proper[0] : phrase;
}

/** "hiking and photography" → ["hiking", "photography"]. */
function listItems(text: string): string[] {
  // Commas separate list items here, so only a clause or time word ends the list.
  return cleanPhrase(text.replace(/,\s*/g, ' and '))
    .split(/\s*(?:,|\band\b|\bor\b|&)\s*/i)
    .map((item) => item.replace(/^(?:the|a|an|my)\s+/i, '').trim())
    .filter((item) => item.length > 1);
}

function typeOf(name: string, fallback: string): string {
  const doc = nlp(name);
  if (doc.people().found) return 'person';
  if (doc.places().found) return 'place';
  if (doc.organizations().found) return 'organization';
  return fallback;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

class ExtractionBuilder {
  readonly entities = new Map<string, Entity>();
  readonly facts: Fact[] = [];
  readonly invalidations: Extraction['invalidations'] = [];
  private next = 1;
  readonly userName: string;
  /** Whether the clause being parsed speaks of the past: its facts then end nothing that holds now. */
  clauseIsPast = false;

  constructor(private readonly request: ExtractionRequest) {
    this.userName = userEntityName(request);
    const knownUser = this.findKnown(this.userName);
    this.entities.set('USER', {
      ref: 'USER',
      name: this.userName,
      type: 'person',
      aliases: [],
      summary: null,
      sameAs: knownUser?.ref ?? null,
    });
  }

  private findKnown(name: string) {
    const key = normalizeName(name);
    return this.request.knownEntities.find(
      (e) => normalizeName(e.name) === key || e.aliases.some((alias) => normalizeName(alias) === key),
    );
  }

  /** Ref of the entity with this name, reusing a known entity (sameAs) or one made for this request; null if no entity. */
  entity(name: string, fallbackType: string, alias?: string): string | null {
    if (!isEntityName(name)) return null;
    const key = normalizeName(name);
    for (const [ref, e] of this.entities) {
      if (normalizeName(e.name) === key || e.aliases.some((a) => normalizeName(a) === key)) {
        if (alias && !e.aliases.includes(alias)) e.aliases.push(alias);
        return ref;
      }
    }
    const known = this.findKnown(name) ?? (alias ? this.findKnown(alias) : undefined);
    const ref = known?.ref ?? `n${this.next++}`;
    this.entities.set(ref, {
      ref,
      name: known?.name ?? name,
      type: known?.type ?? typeOf(name, fallbackType),
      aliases: alias ? [alias] : [],
      summary: null,
      sameAs: known?.ref ?? null,
    });
    return ref;
  }

  /** Who "I" is for a speaker: USER in the user's own words, the named speaker, or nobody for an assistant. */
  selfFor(speaker: string | null | undefined): string | null {
    const kind = speakerKind(speaker, this.request.userName);
    if (kind === 'user') return 'USER';
    return kind === 'assistant' || !speaker ? null : this.entity(speaker.trim(), 'person');
  }

  nameOf(ref: string): string {
    return this.entities.get(ref)?.name ?? ref;
  }

  fact(
    episode: Episode,
    subject: string,
    predicate: string,
    object: { ref?: string | null; value?: string },
    statement: string,
    options: { past?: boolean } = {},
  ) {
    if (object.ref === null || (object.ref === undefined && !object.value)) return;
    const duplicate = this.facts.some(
      (f) =>
        f.subject === subject &&
        f.predicate === predicate &&
        f.object === (object.ref ?? null) &&
        f.objectValue === (object.value ?? null),
    );
    if (duplicate) return;
    this.facts.push({
      episode: episode.ref,
      subject,
      predicate,
      object: object.ref ?? null,
      objectValue: object.value ?? null,
      statement,
      confidence: 0.7,
      validFrom: episode.occurredAt,
      validTo: null,
    });
    if (SINGLE_VALUED.has(predicate) && !(options.past ?? this.clauseIsPast))
      this.supersede(
        episode,
        subject,
        predicate,
        object.ref ? this.nameOf(object.ref) : object.value!,
        statement,
      );
  }

  /** A new value of a one-at-a-time predicate ends the subject's other values: known ones, and earlier episodes'. */
  private supersede(episode: Episode, subject: string, predicate: string, value: string, statement: string) {
    const key = normalizeName(value);
    const names = this.subjectNames(subject);
    for (const fact of this.request.knownFacts) {
      if (fact.predicate !== predicate || !names.has(normalizeName(fact.subject))) continue;
      if (normalizeName(fact.object) === key || this.invalidations.some((i) => i.fact === fact.ref)) continue;
      this.invalidations.push({ fact: fact.ref, episode: episode.ref, reason: `now: ${statement}` });
    }
    for (const fact of this.facts) {
      if (fact.episode === episode.ref || fact.subject !== subject || fact.predicate !== predicate) continue;
      const other = fact.object ? this.nameOf(fact.object) : (fact.objectValue ?? '');
      if (normalizeName(other) !== key && fact.validFrom! <= episode.occurredAt)
        fact.validTo ??= episode.occurredAt;
    }
  }

  private subjectNames(subject: string): Set<string> {
    const names = new Set([normalizeName(this.nameOf(subject))]);
    const known = this.request.knownEntities.find(
      (e) => e.ref === subject || e.ref === this.entities.get(subject)?.sameAs,
    );
    if (known) for (const alias of [known.name, ...known.aliases]) names.add(normalizeName(alias));
    if (subject === 'USER') for (const alias of ['me', 'i', 'user', 'the user']) names.add(alias);
    return names;
  }

  /** Marks known facts of `subject` with one of `predicates` (and, if given, about `about`) as no longer holding. */
  invalidate(
    episode: Episode,
    subject: string,
    predicates: Set<string>,
    reason: string,
    about?: string,
  ): void {
    const subjectNames = this.subjectNames(subject);
    const aboutStems = about ? new Set(stemmedWords(about)) : undefined;
    for (const fact of this.request.knownFacts) {
      if (!predicates.has(fact.predicate) || !subjectNames.has(normalizeName(fact.subject))) continue;
      if (aboutStems && !stemmedWords(`${fact.object} ${fact.statement}`).some((w) => aboutStems.has(w)))
        continue;
      if (this.invalidations.some((i) => i.fact === fact.ref)) continue;
      this.invalidations.push({ fact: fact.ref, episode: episode.ref, reason });
    }
  }
}

type Clause = { builder: ExtractionBuilder; episode: Episode; subject: string };
/** A clause with its verb phrase (padded with spaces, so patterns can start at a word) and its subject's name. */
type Predicate = Clause & { text: string; who: string };

/** Facts from a verb phrase about `subject` ("is a nurse who loves jazz", "moved to Oslo", ...). */
function parsePredicate(clause: Clause, phrase: string): void {
  const predicate: Predicate = {
    ...clause,
    text: ` ${phrase.trim()} `,
    who: clause.builder.nameOf(clause.subject),
  };
  clause.builder.clauseIsPast = PAST.test(predicate.text);
  // An ending ("quit her job", "no longer plays golf") is all a phrase says, apart from what follows a quit job.
  if (parseQuitJob(predicate) || parseStoppedLiking(predicate)) return;
  for (const parse of PREDICATE_PARSERS) parse(predicate);
}

/** A fact about the clause's subject, stated as "<who> <verb> <shown>." */
function state(
  p: Predicate,
  predicate: string,
  object: { ref?: string | null; value?: string },
  verb: string,
  shown: string,
): void {
  p.builder.fact(p.episode, p.subject, predicate, object, `${p.who} ${verb} ${shown}.`);
}

/** "quit her engineering job and now works as ...": the old job ends, and the rest may name the new one. */
function parseQuitJob(p: Predicate): boolean {
  const quitJob = p.text.match(
    / (?:quit|left|lost|resigned from|gave up|stopped) (?:(?:her|his|my|their|our|the|a|an) )?((?:[\p{L}-]+ ){0,3}?)(?:job|position|role|career)\b(.*)/iu,
  );
  if (!quitJob) return false;
  const about = quitJob[1]?.trim() || undefined;
  p.builder.invalidate(p.episode, p.subject, JOB_PREDICATES, `quit ${about ? `${about} ` : ''}job`, about);
  if (quitJob[2]?.trim()) parsePredicate(p, quitJob[2]);
  return true;
}

/** "no longer plays golf", "stopped running": the liking ends. */
function parseStoppedLiking(p: Predicate): boolean {
  const stopped = p.text.match(
    / (?:no longer (?:like|love|enjoy|do|play)s?|(?:don't|do not|doesn't|does not) (?:like|love|enjoy) |quit |stopped |gave up |give up )(.+)/i,
  );
  if (!stopped?.[1]) return false;
  const thing = cleanPhrase(stopped[1].replace(/^(?:to |doing )/i, ''));
  p.builder.invalidate(p.episode, p.subject, LIKE_PREDICATES, `no longer: ${thing}`, thing);
  return true;
}

/** "hates rain": a dislike, which also ends a liking of it. */
function parseDislikes(p: Predicate): void {
  const m = p.text.match(/ (?:dislikes?|hates?|can't stand|cannot stand) (.+)/i);
  if (!m?.[1]) return;
  for (const item of listItems(m[1])) {
    p.builder.invalidate(p.episode, p.subject, LIKE_PREDICATES, `dislikes ${item}`, item);
    state(p, 'dislikes', { ref: p.builder.entity(item, 'interest') }, 'dislikes', item);
  }
}

/** "is a nurse", "works as a data scientist at Spotify": the role, and the employer when it rides along. */
function parseRole(p: Predicate): void {
  const m = p.text.match(
    / (?:am|is|are|'m|'re|was|work(?:s|ing|ed)?(?: (?:at|for) [\p{L}&' -]+?)? as) (?:a|an) ([\p{L} -]+?)(?=$| who | at | for | in |,|\.| and | but )/iu,
  );
  if (!m?.[1]) return;
  const role = m[1].trim();
  if (role && !/\b(?:fan|lover|bit|lot|little)\b/i.test(role))
    state(p, 'works_as', { value: role }, 'works as', `a ${role}`);
  const employer = p.text.match(new RegExp(`${m[1].trim()} at (\\p{Lu}.*)`, 'u'))?.[1];
  const org = employer ? placePhrase(employer) : '';
  if (org) state(p, 'works_at', { ref: p.builder.entity(org, 'organization') }, 'works at', org);
}

/** "works at Acme", "is employed by ...". */
function parseEmployer(p: Predicate): void {
  const m = p.text.match(/ (?:work|works|working|worked|am employed|is employed) (?:at|for) (.+)/i);
  if (!m?.[1]) return;
  const org = cleanPhrase(m[1].replace(/ in [A-Z].*$/, ''));
  if (org) state(p, 'works_at', { ref: p.builder.entity(org, 'organization') }, 'works at', org);
}

/** "moved to Oslo" (which ends the old home) or "lives in Oslo". */
function parseHome(p: Predicate): void {
  const moved = p.text.match(
    / (?:moved|relocated|am moving|is moving|have moved|has moved) (?:to|into) (.+)/i,
  );
  if (moved?.[1]) {
    const place = placePhrase(moved[1]);
    if (!place) return;
    p.builder.invalidate(p.episode, p.subject, new Set(['lives_in']), `moved to ${place}`);
    state(p, 'lives_in', { ref: p.builder.entity(place, 'place') }, 'lives in', place);
    return;
  }
  const lives = p.text.match(/ (?:live|lives|living|am based|is based|reside|resides) in (.+)/i);
  if (!lives?.[1] || /moved|relocated|moving/i.test(lives[0])) return;
  const place = placePhrase(lives[1]);
  if (place) state(p, 'lives_in', { ref: p.builder.entity(place, 'place') }, 'lives in', place);
}

/** "loves hiking and photography" (not "would like to ..."). */
function parseLikes(p: Predicate): void {
  const m = p.text.match(
    / (?:love|loves|like|likes|enjoy|enjoys|adore|adores|am into|is into|am passionate about|is passionate about) (.+)/i,
  );
  if (!m?.[1] || / (?:would|'d) like to /i.test(p.text)) return;
  for (const item of listItems(m[1].replace(/^to /i, ''))) {
    if (/^(?:it|that|this|them|him|her)$/i.test(item)) continue;
    state(p, 'likes', { ref: p.builder.entity(item, 'interest') }, 'likes', item);
  }
}

/** "wants to go to Japan with Maria": the whole verb phrase is the goal. */
function parseGoal(p: Predicate): void {
  const m = p.text.match(
    / (?:want to|wants to|would like to|'d like to|plan to|plans to|hope to|hopes to|goal is to|dream is to|am going to|is going to) (.+)/i,
  );
  if (!m?.[1]) return;
  const goal = cleanPhrase(m[1], CLAUSE_END);
  if (goal) state(p, 'has_goal', { value: goal }, 'wants to', goal);
}

/** "usually cycles to work", "runs every morning". */
function parseHabit(p: Predicate): void {
  const m = p.text.match(
    / (usually|always|often|every (?:morning|evening|day|night|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)) (.+)/i,
  );
  if (!m?.[1] || !m[2]) return;
  const when = m[1].toLowerCase();
  const activity = m[2].trim().replace(/[.!?]+$/, '');
  const habit = when.startsWith('every') ? `${activity} ${when}` : activity;
  state(p, 'has_habit', { value: habit }, when, activity);
}

/** "is allergic to peanuts and cats". */
function parseAllergies(p: Predicate): void {
  const m = p.text.match(/ (?:am|is|are|'m) allergic to (.+)/i);
  if (!m?.[1]) return;
  for (const item of listItems(m[1])) state(p, 'allergic_to', { value: item }, 'is allergic to', item);
}

/** "bought a bike", "has a cat" (not "has a lot of", "had a meeting"). */
function parseOwnership(p: Predicate): void {
  const m = p.text.match(/ (?:bought|buys|purchased|got a new|own|owns|have a|has a) (.+)/i);
  if (!m?.[1]) return;
  const thing = cleanPhrase(m[1]);
  if (thing && !/^(?:lot|bit|few|meeting|call)\b/i.test(thing))
    state(p, 'owns', { ref: p.builder.entity(thing, 'product') }, 'owns', thing);
}

/** "visited Paris", "went to Japan" (a capitalised place). */
function parseVisits(p: Predicate): void {
  const m = p.text.match(/ (?:visited|visits|went to|traveled to|travelled to|was in) ([A-Z].+)/);
  if (!m?.[1]) return;
  const place = placePhrase(m[1]);
  if (place) state(p, 'visited', { ref: p.builder.entity(place, 'place') }, 'visited', place);
}

/** What a verb phrase may say besides an ending, each read independently, in this order. */
const PREDICATE_PARSERS: Array<(p: Predicate) => void> = [
  parseDislikes,
  parseRole,
  parseEmployer,
  parseHome,
  parseLikes,
  parseGoal,
  parseHabit,
  parseAllergies,
  parseOwnership,
  parseVisits,
];

/** Finds the subject of a sentence and hands the rest to parsePredicate; `self` is who "I" is (null: nobody). */
function parseSentence(
  builder: ExtractionBuilder,
  episode: Episode,
  sentence: string,
  previous: { subject: string | null },
  self: string | null,
): void {
  const clause = (subject: string): Clause => ({ builder, episode, subject });
  let m: RegExpMatchArray | null;

  // "my wife Maria ...", "my best friend, Tom, ...", "Alice's sister Emma ...", "her brother is called Ana"
  const relationPattern = new RegExp(
    `(?:\\b([Mm]y|[Hh]is|[Hh]er|[Tt]heir)|(?:^|\\s)(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?)'s) (${RELATION_WORDS})\\b(?:,? (?:is )?(?:called |named )?((?:[A-Z][\\p{L}'-]+)(?: [A-Z][\\p{L}'-]+)?),?)?(.*)`,
    'u',
  );
  m = sentence.match(relationPattern);
  const owner = !m
    ? null
    : m[1]
      ? m[1].toLowerCase() === 'my'
        ? self
        : previous.subject
      : m[2] && !NOT_A_NAME.has(m[2].toLowerCase())
        ? builder.entity(m[2], 'person')
        : null;
  if (m?.[3] && owner) {
    const relation = m[3].toLowerCase();
    const name = m[4] && !NOT_A_NAME.has(m[4].toLowerCase()) ? m[4] : undefined;
    // The user's relatives are "my wife"; anyone else's carry the owner's name ("Alice's sister").
    const alias = owner === 'USER' ? `my ${relation}` : `${builder.nameOf(owner)}'s ${relation}`;
    const ref = builder.entity(
      name ?? alias,
      relation === 'cat' || relation === 'dog' ? 'animal' : 'person',
      alias,
    );
    if (ref) {
      const predicate = RELATIONS[relation] ?? 'related_to';
      builder.fact(
        episode,
        owner,
        predicate,
        { ref },
        `${builder.nameOf(owner)}'s ${relation} is ${builder.nameOf(ref)}.`,
      );
      // "My wife Maria loves hiking", "Alice's sister Emma lives in Berlin": the rest is about the relative.
      const rest = m[5] ?? '';
      previous.subject = ref;
      if (sentence.trimStart().startsWith(m[0].trimStart())) {
        parsePredicate(clause(ref), rest);
        previous.subject = ref;
        return;
      }
    }
  }

  // "We" in a personal memory is the speaker (with family): "we moved to Oslo" moves the user.
  if (/^\s*(?:i|i'm|i've|i'd|we|we're|we've)\b/i.test(sentence)) {
    if (self)
      parsePredicate(
        clause(self),
        sentence.replace(/^\s*(?:i|we)(?='m|'re)/i, 'I ').replace(/^\s*(?:i|we)\b/i, ''),
      );
    return;
  }
  m = sentence.match(/^\s*((?:[A-Z][\p{L}-]+)(?: [A-Z][\p{L}-]+)?)((?:'s)?)(\s.*|$)/u);
  // A possessive opening ("Alice's car is red") is not about Alice herself.
  if (m?.[1] && !m[2] && !NOT_A_NAME.has(m[1].split(' ')[0]!.toLowerCase())) {
    const rest = m[3] ?? '';
    // Only a subject if a verb follows; otherwise it's an opening like "Yesterday Tom ...".
    if (
      /^(?:is|was|works?|lives?|moved|loves?|likes?|enjoys?|adores?|prefers?|plays?|owns?|studies|wants?|has|bought|visited|usually|always|often|no longer|quit|left|stopped|hates?|dislikes?|now|recently|just)\b/i.test(
        rest.trim(),
      )
    ) {
      const subject = builder.entity(m[1], 'person');
      if (subject) {
        parsePredicate(clause(subject), ` ${rest}`);
        previous.subject = subject;
      }
      return;
    }
  }
  if (previous.subject && /^\s*(?:he|she|they)\b/i.test(sentence)) {
    parsePredicate(clause(previous.subject), sentence.replace(/^\s*(?:he|she|they)\b/i, ''));
    return;
  }
  // Any other first-person statement ("Last year I moved to Oslo").
  if (self && /\bI\b/.test(sentence))
    parsePredicate(clause(self), sentence.slice(sentence.search(/\bI\b/) + 1));
}

// "Name: text" lines of a transcript; labels such as "Note:" or "Q:" are not speakers.
const SPEAKER_LINE = /^\s*(user|assistant|\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,2}):\s+(\S.*)$/iu;
const NOT_A_SPEAKER = new Set(
  'note reminder todo to do update ps re subject warning tip fyi edit question answer q a step example important summary title date time'.split(
    ' ',
  ),
);

/** The episode's text in runs said by one speaker: "Name: text" lines switch speaker, other lines continue. */
function speakerRuns(episode: Episode): Array<{ speaker: string | null; text: string }> {
  const runs: Array<{ speaker: string | null; text: string }> = [];
  let speaker = episode.speaker ?? null;
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) runs.push({ speaker, text: lines.join('\n') });
    lines = [];
  };
  for (const line of episode.content.split('\n')) {
    const m = line.match(SPEAKER_LINE);
    if (m?.[1] && !NOT_A_SPEAKER.has(m[1].toLowerCase())) {
      flush();
      speaker = m[1];
      lines.push(m[2]!);
    } else lines.push(line);
  }
  flush();
  return runs;
}

/** Deterministic extraction of entities, facts and invalidations from the request's episodes. */
export function extractOffline(request: ExtractionRequest): Extraction {
  const builder = new ExtractionBuilder(request);
  for (const episode of request.episodes) {
    for (const run of speakerRuns(episode)) {
      const self = builder.selfFor(run.speaker);
      const doc = nlp(run.text);
      const previous = { subject: null as string | null };
      for (const sentence of doc.sentences().out('array') as string[])
        parseSentence(builder, episode, sentence, previous, self);
      // Named things mentioned without a recognised pattern still become entities, so the episode links to them.
      const relationPrefix = new RegExp(`^(?:my )?(?:${RELATION_WORDS}) `, 'i');
      const strip = (s: string) =>
        s
          .replace(/[^\p{L}\p{N}' -]+/gu, '')
          .replace(/'s$/, '')
          .replace(relationPrefix, '')
          .trim();
      for (const name of doc.people().out('array') as string[])
        if (strip(name).length > 1) builder.entity(capitalize(strip(name)), 'person');
      for (const name of doc.places().out('array') as string[])
        if (strip(name).length > 1) builder.entity(capitalize(strip(name)), 'place');
      for (const name of doc.organizations().out('array') as string[])
        if (strip(name).length > 1) builder.entity(strip(name), 'organization');
    }
  }
  const used = new Set(builder.facts.flatMap((f) => [f.subject, f.object]));
  const entities = [...builder.entities.values()].filter((e) => e.ref !== 'USER' || used.has('USER'));
  return { entities, facts: builder.facts, invalidations: builder.invalidations };
}
