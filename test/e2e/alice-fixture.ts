// The Alice scenario of the memory-quality issue: three sentences about one person plus unrelated memories.
// Every sentence here was written for the tests.

export const ALICE = [
  ['alice-1', '2025-01-10T09:00:00Z', 'Alice is a software engineer who loves hiking and photography.'],
  ['alice-2', '2025-02-01T09:00:00Z', "Alice's sister Emma lives in Berlin."],
  [
    'alice-3',
    '2025-04-01T09:00:00Z',
    'Alice quit her engineering job and now works as a product manager at Spotify.',
  ],
] as const;
/** Before Alice changed jobs. */
export const BEFORE_CHANGE = '2025-03-15T00:00:00Z';

export const UNRELATED = [
  'Marco bakes sourdough bread every Sunday morning.',
  'The quarterly budget review moved to Thursday afternoon.',
  'Our neighbour Tomasz plays the trumpet late at night.',
  'I need to renew my passport before the summer.',
  'Jonas loves chess and old jazz records.',
  'The dentist appointment is at three on Friday.',
  'Priyanka works at a bank in Mumbai.',
  'The car needs new winter tyres before November.',
  'Hana visited Kyoto with her parents last autumn.',
  'Ben is allergic to peanuts and shellfish.',
  'The book club is reading a mystery novel this month.',
  'Omar wants to learn the cello next year.',
];
