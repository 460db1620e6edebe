// The offline extractor gets the subject right: who "I" is, whose relative, which job holds now; no junk entities.
import { describe, expect, it } from 'vitest';
import { extractOffline } from '../../src/llm/offline-extract.ts';
import { isEntityName, speakerKind } from '../../src/prompts/entity-names.ts';
import type { Extraction, ExtractionRequest } from '../../src/prompts/extract-memory.ts';

const at = '2025-04-01T10:00:00Z';

function extract(
  content: string,
  options: Partial<ExtractionRequest> & { speaker?: string | null } = {},
): Extraction {
  const { speaker, ...rest } = options;
  return extractOffline({
    userId: 'u-subjects',
    userName: null,
    episodes: [{ ref: 'ep1', content, source: 'chat', occurredAt: at, speaker }],
    knownEntities: [],
    knownFacts: [],
    ...rest,
  });
}

function triples(extraction: Extraction): string[] {
  const name = (ref: string | null) => extraction.entities.find((e) => e.ref === ref)?.name ?? ref;
  return extraction.facts.map(
    (f) => `${name(f.subject)} ${f.predicate} ${f.object ? name(f.object) : f.objectValue}`,
  );
}

describe('who "I" is', () => {
  it('is the user in their own words, named by their name when known', () => {
    for (const speaker of [undefined, null, 'user', 'User', 'Priya']) {
      const extraction = extract('I play the cello and I live in Porto.', { speaker, userName: 'Priya' });
      expect(triples(extraction)).toEqual(['Priya lives_in Porto']);
      expect(extraction.entities.filter((e) => e.type === 'person').map((e) => e.ref)).toEqual(['USER']);
    }
  });

  it("resolves the user's name to the same USER entity as their first person", () => {
    const extraction = extract('Priya adores sailing. I moved to Porto.', { userName: 'Priya' });
    expect(triples(extraction)).toEqual(['Priya likes sailing', 'Priya lives_in Porto']);
    expect(extraction.facts.every((f) => f.subject === 'USER')).toBe(true);
  });

  it("is the named speaker in someone else's turn, and nobody in an assistant's", () => {
    const bob = extract('I moved to Lyon last spring.', { speaker: 'Bob' });
    expect(triples(bob)).toEqual(['Bob lives_in Lyon']);
    expect(bob.entities.map((e) => e.ref)).not.toContain('USER');

    const assistant = extract('I love helping with travel plans. I work at a large library.', {
      speaker: 'assistant',
    });
    expect(assistant.facts).toEqual([]);
    expect(assistant.entities.map((e) => e.name)).not.toContain('User');
  });

  it('follows "Name: text" transcript lines, each speaker their own "I" and "my"', () => {
    const extraction = extract(
      'Rosa: I just started working at Fernhill Bakery.\nDev: My brother Kai is a firefighter.\nDev: I love that place!',
    );
    expect(triples(extraction)).toEqual(
      expect.arrayContaining([
        'Rosa works_at Fernhill Bakery',
        'Dev sibling_of Kai',
        'Kai works_as firefighter',
      ]),
    );
    expect(triples(extraction).some((t) => t.startsWith('User '))).toBe(false);
    expect(extraction.entities.find((e) => e.name === 'Kai')?.aliases).toEqual(["Dev's brother"]);
  });
});

describe('facts keep their true subject', () => {
  it("puts the relative, not the owner, where the sentence says: Noor's cousin Idris lives in Quito", () => {
    const extraction = extract("Noor's cousin Idris lives in Quito.");
    // "cousin" is no relation word we know: the sentence then says nothing about Noor living anywhere.
    expect(triples(extraction).filter((t) => t.startsWith('Noor'))).toEqual([]);
    const sister = extract("Noor's sister Lale lives in Quito.");
    expect(triples(sister)).toEqual(['Noor sibling_of Lale', 'Lale lives_in Quito']);
    expect(sister.facts.map((f) => f.statement)).toEqual(["Noor's sister is Lale.", 'Lale lives in Quito.']);
  });
});

describe('a new job, home or partner ends the old one', () => {
  const knownJob: Partial<ExtractionRequest> = {
    knownEntities: [{ ref: 'E1', name: 'Tariq', type: 'person', aliases: [] }],
    knownFacts: [
      {
        ref: 'F1',
        statement: 'Tariq works as a pharmacist.',
        subject: 'Tariq',
        predicate: 'works_as',
        object: 'pharmacist',
      },
      { ref: 'F2', statement: 'Tariq likes chess.', subject: 'Tariq', predicate: 'likes', object: 'chess' },
      {
        ref: 'F3',
        statement: 'Tariq lives in Leeds.',
        subject: 'Tariq',
        predicate: 'lives_in',
        object: 'Leeds',
      },
    ],
  };

  it('quitting a job invalidates it and the rest of the sentence gives the new one', () => {
    const extraction = extract(
      'Tariq quit his pharmacy job and now works as a data analyst at Norvik.',
      knownJob,
    );
    expect(triples(extraction)).toEqual(['Tariq works_as data analyst', 'Tariq works_at Norvik']);
    expect(extraction.invalidations.map((i) => i.fact)).toEqual(['F1']);
  });

  it('a new role or home alone supersedes the old one; a past one does not', () => {
    expect(extract('Tariq is a nurse now.', knownJob).invalidations.map((i) => i.fact)).toEqual(['F1']);
    expect(extract('Tariq lives in York.', knownJob).invalidations.map((i) => i.fact)).toEqual(['F3']);
    expect(extract('Tariq lives in Leeds.', knownJob).invalidations).toEqual([]);
    expect(extract('Tariq was a nurse years ago.', knownJob).invalidations).toEqual([]);
  });

  it("within one batch, the earlier episode's job ends when the later one begins", () => {
    const extraction = extractOffline({
      userId: 'u-subjects',
      userName: null,
      episodes: [
        {
          ref: 'ep1',
          content: 'Tariq is a pharmacist.',
          source: 'chat',
          occurredAt: '2025-01-01T00:00:00.000Z',
        },
        { ref: 'ep2', content: 'Tariq is a nurse.', source: 'chat', occurredAt: '2025-02-01T00:00:00.000Z' },
      ],
      knownEntities: [],
      knownFacts: [],
    });
    expect(extraction.facts.map((f) => [f.statement, f.validTo])).toEqual([
      ['Tariq works as a pharmacist.', '2025-02-01T00:00:00.000Z'],
      ['Tariq works as a nurse.', null],
    ]);
  });
});

describe('entity quality gates', () => {
  it('rejects stopwords, pronouns, question words and bare verbs', () => {
    for (const name of ['is', 'what', 'support those', 'them', 'I', 'it', 'do', 'the', 'go', 'was it', ''])
      expect(isEntityName(name), name).toBe(false);
    for (const name of ['hiking', 'Berlin', 'dance', 'Spotify', 'the Louvre', 'my wife', 'R2'])
      expect(isEntityName(name), name).toBe(true);
  });

  it('extracts none of them from chatty text', () => {
    const extraction = extract('What do you think? I guess we could support those. Is it what they like?');
    for (const e of extraction.entities) expect(isEntityName(e.name), e.name).toBe(true);
  });

  it('tells the user, an assistant and other speakers apart', () => {
    expect(speakerKind(undefined, null)).toBe('user');
    expect(speakerKind('USER', null)).toBe('user');
    expect(speakerKind('Priya', 'priya')).toBe('user');
    expect(speakerKind('assistant', 'Priya')).toBe('assistant');
    expect(speakerKind('Bob', 'Priya')).toBe('other');
  });
});
