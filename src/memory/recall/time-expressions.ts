// Relative and absolute time in a question ("last month", "in May 2023", "three days ago"), resolved against the
// time the question is asked, so episode dates can take part in retrieval.

/** A half-open time range [from, to) and the words of the query that named it. */
export interface TimeRange {
  from: Date;
  to: Date;
  phrase: string;
}

const DAY = 86_400_000;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  couple: 2,
  few: 3,
};

const utcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);
const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month, 1));
const MONTH_RE = MONTHS.map((m) => `${m}|${m.slice(0, 3)}`).join('|');

function monthIndex(word: string): number {
  const w = word.toLowerCase();
  return MONTHS.findIndex((m) => m === w || m.slice(0, 3) === w);
}

/** Monday-based start of the week containing `d`. */
function weekStart(d: Date): Date {
  const day = utcDay(d);
  return addDays(day, -((day.getUTCDay() + 6) % 7));
}

type Rule = { re: RegExp; range: (m: RegExpMatchArray, at: Date) => [Date, Date] | null };

// Ordered: the first rule that matches names the range. Ranges are generous by a day or so on each side,
// because people say "last week" of something eight days ago.
const RULES: Rule[] = [
  {
    re: new RegExp(
      `\\b(?:in|on|during|of)?\\s*(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
      'i',
    ),
    range: (m) => {
      const day = new Date(Date.UTC(Number(m[3]), monthIndex(m[1]!), Number(m[2])));
      return [addDays(day, -1), addDays(day, 2)];
    },
  },
  {
    re: new RegExp(`\\b(?:in|during|of)?\\s*(${MONTH_RE})\\.?,?\\s+(\\d{4})\\b`, 'i'),
    range: (m) => {
      const year = Number(m[2]);
      const month = monthIndex(m[1]!);
      return [monthStart(year, month), monthStart(year, month + 1)];
    },
  },
  {
    re: new RegExp(`\\bon\\s+(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'i'),
    range: (m, at) => {
      let day = new Date(Date.UTC(at.getUTCFullYear(), monthIndex(m[1]!), Number(m[2])));
      if (day > at) day = new Date(Date.UTC(at.getUTCFullYear() - 1, monthIndex(m[1]!), Number(m[2])));
      return [addDays(day, -1), addDays(day, 2)];
    },
  },
  {
    re: /\b(?:in|during)\s+(\d{4})\b/i,
    range: (m) => [monthStart(Number(m[1]), 0), monthStart(Number(m[1]) + 1, 0)],
  },
  {
    // "in May": the latest May that had begun when the question was asked.
    re: new RegExp(`\\b(?:in|during|since|of)\\s+(${MONTHS.join('|')})\\b`, 'i'),
    range: (m, at) => {
      const month = monthIndex(m[1]!);
      const year = month <= at.getUTCMonth() ? at.getUTCFullYear() : at.getUTCFullYear() - 1;
      return [monthStart(year, month), monthStart(year, month + 1)];
    },
  },
  { re: /\byesterday\b/i, range: (_, at) => [addDays(utcDay(at), -2), utcDay(at)] },
  { re: /\btoday\b|\bthis morning\b|\btonight\b/i, range: (_, at) => [utcDay(at), addDays(utcDay(at), 1)] },
  {
    re: /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|couple|few)\s+(?:of\s+)?(day|week|month|year)s?\s+ago\b/i,
    range: (m, at) => {
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : (NUMBER_WORDS[m[1]!.toLowerCase()] ?? 1);
      const unitDays = { day: 1, week: 7, month: 30, year: 365 }[m[2]!.toLowerCase() as 'day'] ?? 1;
      const center = addDays(utcDay(at), -n * unitDays);
      const spread = Math.max(1, Math.round(unitDays / 2));
      return [addDays(center, -spread), addDays(center, spread + 1)];
    },
  },
  {
    re: new RegExp(`\\blast\\s+(${WEEKDAYS.join('|')})\\b`, 'i'),
    range: (m, at) => {
      const target = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const today = utcDay(at);
      const back = (today.getUTCDay() - target + 7) % 7 || 7;
      const day = addDays(today, -back);
      return [day, addDays(day, 1)];
    },
  },
  {
    re: /\b(?:last|past|previous)\s+weekend\b/i,
    range: (_, at) => {
      const monday = weekStart(at);
      return [addDays(monday, -3), monday];
    },
  },
  { re: /\bthis\s+week\b/i, range: (_, at) => [weekStart(at), addDays(utcDay(at), 1)] },
  {
    re: /\b(?:last|past|previous)\s+week\b/i,
    range: (_, at) => [addDays(weekStart(at), -8), addDays(utcDay(at), 1)],
  },
  {
    re: /\bthis\s+month\b/i,
    range: (_, at) => [monthStart(at.getUTCFullYear(), at.getUTCMonth()), addDays(utcDay(at), 1)],
  },
  {
    re: /\b(?:last|past|previous)\s+month\b/i,
    range: (_, at) => [monthStart(at.getUTCFullYear(), at.getUTCMonth() - 1), addDays(utcDay(at), 1)],
  },
  {
    re: /\b(?:last|past|previous)\s+(\d+|two|three|four|five|six|few|couple of)\s+(day|week|month)s\b/i,
    range: (m, at) => {
      const word = m[1]!.toLowerCase().replace(' of', '');
      const n = /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? 2);
      const unitDays = { day: 1, week: 7, month: 30 }[m[2]!.toLowerCase() as 'day'] ?? 1;
      return [addDays(utcDay(at), -n * unitDays - 1), addDays(utcDay(at), 1)];
    },
  },
  {
    re: /\bthis\s+year\b/i,
    range: (_, at) => [monthStart(at.getUTCFullYear(), 0), addDays(utcDay(at), 1)],
  },
  {
    re: /\b(?:last|past|previous)\s+year\b/i,
    range: (_, at) => [monthStart(at.getUTCFullYear() - 1, 0), monthStart(at.getUTCFullYear(), 0)],
  },
  { re: /\brecently\b|\blately\b/i, range: (_, at) => [addDays(utcDay(at), -30), addDays(utcDay(at), 1)] },
];

/** The time range a question refers to, resolved against `at` (when it is asked), or null when it names none. */
export function resolveTimeRange(query: string, at: Date): TimeRange | null {
  for (const rule of RULES) {
    const match = query.match(rule.re);
    if (!match) continue;
    const range = rule.range(match, at);
    if (!range || Number.isNaN(range[0].getTime()) || Number.isNaN(range[1].getTime())) continue;
    return { from: range[0], to: range[1], phrase: match[0].trim() };
  }
  return null;
}

/**
 * The words of a time phrase that a turn may say itself, as words to search for beside the date range: month and
 * weekday names and years ("in March", "on Friday", "in 2023"). "last", "ago" and counts of days are not.
 */
export function namedTimeWords(phrase: string): string[] {
  const words = phrase.toLowerCase().match(/[a-z]+|\d+/g) ?? [];
  return words.filter((w) => monthIndex(w) >= 0 || WEEKDAYS.includes(w) || /^(19|20)\d\d$/.test(w));
}
