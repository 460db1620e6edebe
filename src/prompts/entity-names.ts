// What an extracted entity may be called, whoever extracted it (a model or the offline rules), and who "I" is.

const PRONOUNS =
  'i me my mine myself you your yours yourself he him his himself she her hers herself it its itself we us our ours ' +
  'ourselves they them their theirs themselves this that these those one ones someone somebody anyone anybody ' +
  'everyone everybody no-one nobody something anything everything nothing thing things stuff here there';
const QUESTION_WORDS = 'what which who whom whose where when why how whatever whoever';
const AUXILIARIES =
  'is am are was were be been being do does did done doing have has had having can could will would shall should ' +
  "may might must isn't aren't wasn't weren't don't doesn't didn't won't can't couldn't shouldn't wouldn't";
const FUNCTION_WORDS =
  'a an the and or but if of to in on at by for with from as so not no yes some any all each every both either ' +
  'neither just also too very really quite lot lots bit much many more most less least other another such own ' +
  'ok okay yeah yep hi hello hey thanks thank please sure well oh maybe then than now';
// Verbs that are never a thing on their own ("support those", "go"); an activity is named by its gerund (hiking).
const BARE_VERBS = (
  'go get got make made take took know knew think thought want need say said tell told see saw try use used ' +
  'support help feel felt look come came give gave keep let put seem mean meant find found start started stop ' +
  'stopped ask asked call called talk talked share shared check agree hope guess wonder'
).split(' ');

const STOP = new Set(`${PRONOUNS} ${QUESTION_WORDS} ${AUXILIARIES} ${FUNCTION_WORDS}`.split(' '));
const VERBS = new Set(BARE_VERBS);

/** How the user may be named in extraction output when their own name is not known. */
const SELF_WORDS = new Set(['i', 'me', 'myself', 'user', 'the user']);
/** Chat roles whose first person is not the user. */
const ASSISTANT_ROLES = new Set(['assistant', 'system', 'bot', 'ai', 'model', 'agent', 'chatbot']);

const words = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** False for names that are no entity: stopwords, pronouns, question words, auxiliaries, bare verbs ("support those"). */
export function isEntityName(name: string): boolean {
  const tokens = words(name);
  if (tokens.join('').replace(/['-]/g, '').length < 2) return false;
  const content = tokens.filter((t) => !STOP.has(t));
  if (content.length === 0) return false;
  return !content.every((t) => VERBS.has(t));
}

/** True for a name that stands for the user in their own words ("I", "me", "User"). */
export function isSelfWord(name: string): boolean {
  return SELF_WORDS.has(words(name).join(' '));
}

/** Who "I" is in an episode: 'user' (absent, "user", or the user's name), 'assistant' (a chat role), or 'other'. */
export function speakerKind(
  speaker: string | null | undefined,
  userName: string | null | undefined,
): 'user' | 'assistant' | 'other' {
  const key = words(speaker ?? '').join(' ');
  if (!key || SELF_WORDS.has(key) || key === 'human') return 'user';
  if (userName && key === words(userName).join(' ')) return 'user';
  return ASSISTANT_ROLES.has(key) ? 'assistant' : 'other';
}
