// Write planning: what an extraction becomes before it reaches Neo4j (who the user is, one plan per entity,
// aliases, facts, invalidations, mentions, what to embed). No database: the plan is pure.
import { describe, expect, it } from 'vitest';
import type { KnownContext } from '../../src/memory/ingest/known-context.ts';
import { planWrites } from '../../src/memory/ingest/plan.ts';
import type { PreparedEpisode } from '../../src/memory/ingest/types.ts';
import { extractionSchema } from '../../src/prompts/extract-memory.ts';

const AT = '2025-03-01T10:00:00.000Z';

function episode(ref: string, content: string, extra: Partial<PreparedEpisode> = {}): PreparedEpisode {
  return {
    index: Number(ref.slice(2)) - 1,
    ref,
    content,
    source: 'chat',
    sourceRef: null,
    occurredAt: AT,
    contentHash: `hash-${ref}`,
    dedupKey: `key-${ref}`,
    speaker: null,
    conversationId: null,
    ...extra,
  };
}

/** Known context with prompt refs E1.. and F1.. mapped to ids `entity-1`.. and `fact-1`... */
function known(context: {
  userName?: string | null;
  selfRef?: string;
  entities?: Array<{ name: string; type: string; aliases?: string[] }>;
  facts?: Array<{ subject: string; predicate: string; object: string }>;
}): KnownContext {
  const entities = (context.entities ?? []).map((e, i) => ({
    ref: `E${i + 1}`,
    name: e.name,
    type: e.type,
    aliases: e.aliases ?? [],
  }));
  const facts = (context.facts ?? []).map((f, i) => ({
    ref: `F${i + 1}`,
    statement: `${f.subject} ${f.predicate} ${f.object}.`,
    validFrom: null,
    ...f,
  }));
  const entityIds = new Map(entities.map((e, i) => [e.ref, `entity-${i + 1}`]));
  return {
    userName: context.userName ?? null,
    entities,
    facts,
    selfId: context.selfRef ? entityIds.get(context.selfRef)! : null,
    entityIds,
    factIds: new Map(facts.map((f, i) => [f.ref, `fact-${i + 1}`])),
  };
}

const extraction = (raw: unknown) => extractionSchema.parse(raw);

/** Each fact as "subject name | predicate | object name or value", through the planned entities. */
function readable(plan: ReturnType<typeof planWrites>['plan']): string[] {
  const name = (ref: string | null) => plan.entities.find((e) => ref && e.refs.includes(ref))?.name;
  return plan.facts.map(
    (f) => `${name(f.subjectRef)} | ${f.predicate} | ${name(f.objectRef) ?? f.objectValue}`,
  );
}

describe('planWrites', () => {
  it("resolves first person, the USER ref and the user's name to the user's one known entity", () => {
    const { plan } = planWrites(
      extraction({
        entities: [
          { ref: 'n1', name: 'I', type: 'person' },
          { ref: 'n2', name: 'Sam', type: 'person', aliases: ['Sammy', 'me'] },
          { ref: 'n3', name: 'Lyon', type: 'place' },
        ],
        facts: [
          {
            episode: 'ep1',
            subject: 'n1',
            predicate: 'lives in',
            object: 'n3',
            statement: 'Sam lives in Lyon.',
          },
          {
            episode: 'ep1',
            subject: 'USER',
            predicate: 'likes',
            objectValue: 'jazz',
            statement: 'Sam likes jazz.',
          },
          {
            episode: 'ep1',
            subject: 'me',
            predicate: 'works_as',
            objectValue: 'nurse',
            statement: 'Sam is a nurse.',
          },
        ],
      }),
      [episode('ep1', 'I moved to Lyon, I like jazz and I work as a nurse.')],
      known({ userName: 'Sam', selfRef: 'E1', entities: [{ name: 'Sam', type: 'person' }] }),
    );
    const users = plan.entities.filter((e) => e.isUser);
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ knownId: 'entity-1', name: 'Sam', normName: 'sam', type: 'person' });
    expect(users[0]!.refs).toEqual(['n1', 'n2']);
    // "me" is the user, not an alias of theirs.
    expect(users[0]!.aliases).toEqual(['Sammy']);
    expect(readable(plan)).toEqual(['Sam | lives_in | Lyon', 'Sam | likes | jazz', 'Sam | works_as | nurse']);
    expect(plan.entities.find((e) => e.name === 'Lyon')).toMatchObject({ isUser: false, knownId: null });
  });

  it('gives a user without an entity yet one new entity, named after them, when only facts say "I"', () => {
    const { plan } = planWrites(
      extraction({
        entities: [],
        facts: [
          {
            episode: 'ep1',
            subject: 'USER',
            predicate: 'likes',
            objectValue: 'tea',
            statement: 'Ana likes tea.',
          },
          {
            episode: 'ep1',
            subject: 'I',
            predicate: 'likes',
            objectValue: 'rain',
            statement: 'Ana likes rain.',
          },
        ],
      }),
      [episode('ep1', 'I like tea and rain.')],
      known({ userName: 'Ana' }),
    );
    expect(plan.entities).toHaveLength(1);
    expect(plan.entities[0]).toMatchObject({ isUser: true, knownId: null, name: 'Ana', normName: 'ana' });
    expect(readable(plan)).toEqual(['Ana | likes | tea', 'Ana | likes | rain']);
  });

  it('merges an entity listed twice into one plan, with each alias once and none equal to its name', () => {
    const { plan } = planWrites(
      extraction({
        entities: [
          { ref: 'n1', name: 'Maria Lopez', type: 'Person', aliases: ['Maria', 'maria lopez'] },
          { ref: 'n2', name: 'maria  lopez', type: 'person', aliases: ['MARIA', 'Mia'] },
        ],
        facts: [],
      }),
      [episode('ep1', 'Maria Lopez, Mia to her friends.')],
      known({}),
    );
    expect(plan.entities).toHaveLength(1);
    expect(plan.entities[0]).toMatchObject({
      refs: ['n1', 'n2'],
      name: 'Maria Lopez',
      type: 'person',
      aliases: ['Maria', 'Mia'],
      aliasKeys: ['maria', 'mia'],
    });
  });

  it("resolves the model's sameAs to the known entity's id", () => {
    const { plan } = planWrites(
      extraction({
        entities: [{ ref: 'n1', name: 'my wife', type: 'person', sameAs: 'E2' }],
        facts: [],
      }),
      [episode('ep1', 'My wife got a new job.')],
      known({
        entities: [
          { name: 'Sam', type: 'person' },
          { name: 'Maria', type: 'person' },
        ],
      }),
    );
    expect(plan.entities.map((e) => e.knownId)).toEqual(['entity-2']);
  });

  it('plans a known entity a fact names without the extraction listing it, by id', () => {
    const { plan } = planWrites(
      extraction({
        entities: [{ ref: 'n1', name: 'Bob', type: 'person' }],
        facts: [
          {
            episode: 'ep1',
            subject: 'n1',
            predicate: 'works at',
            object: 'E1',
            statement: 'Bob works at Acme.',
          },
        ],
      }),
      [episode('ep1', 'Bob works there.')],
      known({ entities: [{ name: 'Acme', type: 'organization' }] }),
    );
    expect(readable(plan)).toEqual(['Bob | works_at | Acme']);
    expect(plan.entities.find((e) => e.name === 'Acme')).toMatchObject({
      knownId: 'entity-1',
      type: 'organization',
    });
  });

  it('drops what is no entity, with the facts about it', () => {
    const { plan } = planWrites(
      extraction({
        entities: [
          { ref: 'n1', name: 'what', type: 'concept' },
          { ref: 'n2', name: 'Paris', type: 'place' },
        ],
        facts: [
          { episode: 'ep1', subject: 'n1', predicate: 'is', object: 'n2', statement: 'What is Paris.' },
          {
            episode: 'ep1',
            subject: 'USER',
            predicate: 'visited',
            object: 'n2',
            statement: 'User visited Paris.',
          },
        ],
      }),
      [episode('ep1', 'What is Paris like? I visited it.')],
      known({}),
    );
    expect(plan.entities.map((e) => e.name).sort()).toEqual(['Paris', 'User']);
    expect(readable(plan)).toEqual(['User | visited | Paris']);
  });

  it('invalidates a known single-valued fact the extraction ends, from the episode that ended it', () => {
    const { plan } = planWrites(
      extraction({
        entities: [{ ref: 'n1', name: 'Berlin', type: 'place' }],
        facts: [
          {
            episode: 'ep1',
            subject: 'USER',
            predicate: 'lives_in',
            object: 'n1',
            statement: 'I live in Berlin.',
          },
        ],
        invalidations: [
          { fact: 'F1', episode: 'ep1', reason: 'moved' },
          // Not a known fact: nothing to invalidate.
          { fact: 'F9', episode: 'ep1' },
        ],
      }),
      [episode('ep1', 'I moved to Berlin.')],
      known({
        userName: 'Sam',
        selfRef: 'E1',
        entities: [
          { name: 'Sam', type: 'person' },
          { name: 'Lisbon', type: 'place' },
        ],
        facts: [{ subject: 'Sam', predicate: 'lives_in', object: 'Lisbon' }],
      }),
    );
    expect(plan.invalidations).toEqual([{ factId: 'fact-1', episodeRef: 'ep1' }]);
    expect(readable(plan)).toEqual(['Sam | lives_in | Berlin']);
  });

  it("attaches facts and invalidations to the pack's episodes, an unknown episode ref only in a pack of one", () => {
    const facts = [
      { episode: 'ep7', subject: 'USER', predicate: 'likes', objectValue: 'tea', statement: 'Likes tea.' },
    ];
    const invalidations = [{ fact: 'F1', episode: 'ep7' }];
    const context = known({ facts: [{ subject: 'User', predicate: 'likes', object: 'coffee' }] });
    const alone = planWrites(
      extraction({ entities: [], facts, invalidations }),
      [episode('ep1', 'Tea.')],
      context,
    );
    expect(alone.plan.facts.map((f) => f.episodeRef)).toEqual(['ep1']);
    expect(alone.plan.invalidations).toEqual([{ factId: 'fact-1', episodeRef: 'ep1' }]);

    const packed = planWrites(
      extraction({ entities: [], facts, invalidations }),
      [episode('ep1', 'Tea.'), episode('ep2', 'Coffee.')],
      context,
    );
    expect(packed.plan.facts).toEqual([]);
    expect(packed.plan.invalidations).toEqual([]);
  });

  it('cleans fact fields: predicate in snake case, validFrom from the episode unless the text gave one', () => {
    const { plan } = planWrites(
      extraction({
        entities: [],
        facts: [
          {
            episode: 'ep1',
            subject: 'USER',
            predicate: ' Works  As ',
            objectValue: 'nurse',
            statement: ' Is a nurse. ',
          },
          {
            episode: 'ep1',
            subject: 'USER',
            predicate: 'lived_in',
            objectValue: 'Oslo',
            statement: 'Lived in Oslo.',
            validFrom: '2019-05-01',
            validTo: 'not a date',
          },
        ],
      }),
      [episode('ep1', 'I am a nurse; I lived in Oslo from May 2019.')],
      known({}),
    );
    expect(
      plan.facts.map(({ predicate, statement, validFrom, validTo }) => ({
        predicate,
        statement,
        validFrom,
        validTo,
      })),
    ).toEqual([
      { predicate: 'works_as', statement: 'Is a nurse.', validFrom: AT, validTo: null },
      {
        predicate: 'lived_in',
        statement: 'Lived in Oslo.',
        validFrom: '2019-05-01T00:00:00.000Z',
        validTo: null,
      },
    ]);
  });

  it('credits each entity to the episodes that name it, or to the first episode when none does', () => {
    const { plan } = planWrites(
      extraction({
        entities: [
          { ref: 'n1', name: 'Oslo', type: 'place' },
          { ref: 'n2', name: 'Maria', type: 'person', aliases: ['Mia'] },
          { ref: 'n3', name: 'chess', type: 'interest' },
        ],
        facts: [],
      }),
      [episode('ep1', 'We went to Oslo.'), episode('ep2', 'Mia came along, and so did Oslo fog.')],
      known({}),
    );
    const mentioned = (ref: string) =>
      [...plan.mentions.get(ref)!].map((r) => plan.entities.find((e) => e.refs.includes(r))!.name);
    expect(mentioned('ep1')).toEqual(['Oslo', 'chess']);
    expect(mentioned('ep2')).toEqual(['Oslo', 'Maria']);
  });

  it('lists episodes, entities and facts to embed in that order, and hands the vectors back to the plan', () => {
    const { plan, texts, assignEmbeddings } = planWrites(
      extraction({
        entities: [{ ref: 'n1', name: 'Oslo', type: 'place', summary: 'a city' }],
        facts: [
          { episode: 'ep1', subject: 'USER', predicate: 'visited', object: 'n1', statement: 'Visited Oslo.' },
        ],
      }),
      [episode('ep1', 'I visited Oslo.', { speaker: 'user' })],
      known({}),
    );
    expect(texts).toEqual(['user: I visited Oslo.', 'Oslo, place: a city', 'User, person', 'Visited Oslo.']);
    assignEmbeddings([[0], [1], [2], [3]]);
    expect(plan.entities.map((e) => e.embedding)).toEqual([[1], [2]]);
    expect(plan.facts.map((f) => f.embedding)).toEqual([[3]]);
  });
});
