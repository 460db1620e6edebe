// The offline provider on realistic sentences: extraction rules, hashed embeddings, extractive answers.
import { describe, expect, it } from 'vitest';
import { cosine, localEmbedding } from '../../src/llm/local-embedding.ts';
import { OfflineProvider } from '../../src/llm/offline.ts';
import type { Extraction, ExtractionRequest } from '../../src/prompts/extract-memory.ts';
import { extractionSchema } from '../../src/prompts/extract-memory.ts';

const provider = new OfflineProvider({ EMBEDDING_DIMENSIONS: 256 });
const at = '2025-03-01T10:00:00Z';

function request(content: string, known: Partial<ExtractionRequest> = {}): ExtractionRequest {
  return {
    userId: 'u-offline',
    userName: 'Sam',
    episodes: [{ ref: 'ep1', content, source: 'chat', occurredAt: at }],
    knownEntities: [],
    knownFacts: [],
    ...known,
  };
}

/** Facts as readable "subject predicate object" triples using entity names. */
function triples(extraction: Extraction): string[] {
  const name = (ref: string | null) => extraction.entities.find((e) => e.ref === ref)?.name ?? ref;
  return extraction.facts.map(
    (f) => `${name(f.subject)} ${f.predicate} ${f.object ? name(f.object) : f.objectValue}`,
  );
}

describe('OfflineProvider.extract', () => {
  it('reads a third-person description into role and interests', async () => {
    const { extraction, usage } = await provider.extract(
      request('Alice is a software engineer who loves hiking and photography.'),
    );
    expect(triples(extraction)).toEqual([
      'Alice works_as software engineer',
      'Alice likes hiking',
      'Alice likes photography',
    ]);
    expect(extraction.entities.find((e) => e.name === 'Alice')?.type).toBe('person');
    expect(extraction.facts.every((f) => f.episode === 'ep1' && f.validFrom === at)).toBe(true);
    expect(extractionSchema.parse(extraction)).toEqual(extraction);
    expect(usage).toMatchObject({ provider: 'offline', model: 'offline-nlp', calls: 1 });
    expect(usage.promptTokens).toBeGreaterThan(0);
  });

  it('links "my wife Maria" to the user, keeps the alias, and follows "she"', async () => {
    const { extraction } = await provider.extract(
      request('My wife Maria loves pottery. She works at Google.'),
    );
    const maria = extraction.entities.find((e) => e.name === 'Maria');
    expect(maria?.aliases).toContain('my wife');
    expect(triples(extraction)).toEqual(
      expect.arrayContaining(['Sam married_to Maria', 'Maria likes pottery', 'Maria works_at Google']),
    );
  });

  it('resolves "my wife" to the known entity with that alias', async () => {
    const { extraction } = await provider.extract(
      request('My wife loves gardening.', {
        knownEntities: [{ ref: 'E1', name: 'Maria', type: 'person', aliases: ['my wife'] }],
      }),
    );
    const maria = extraction.entities.find((e) => e.ref === 'E1');
    expect(maria).toMatchObject({ name: 'Maria', sameAs: 'E1' });
    expect(extraction.facts).toEqual(
      expect.arrayContaining([expect.objectContaining({ subject: 'E1', predicate: 'likes' })]),
    );
  });

  it('moving city invalidates the known current lives_in fact of the user', async () => {
    const { extraction } = await provider.extract(
      request('Last month I moved to Berlin for a new job.', {
        knownEntities: [
          { ref: 'E1', name: 'Sam', type: 'person', aliases: [] },
          { ref: 'E2', name: 'Lisbon', type: 'place', aliases: [] },
        ],
        knownFacts: [
          {
            ref: 'F1',
            statement: 'Sam lives in Lisbon.',
            subject: 'Sam',
            predicate: 'lives_in',
            object: 'Lisbon',
          },
          {
            ref: 'F2',
            statement: 'Sam likes surfing.',
            subject: 'Sam',
            predicate: 'likes',
            object: 'surfing',
          },
        ],
      }),
    );
    expect(triples(extraction)).toContain('Sam lives_in Berlin');
    expect(extraction.entities.find((e) => e.ref === 'USER')?.sameAs).toBe('E1');
    expect(extraction.invalidations).toEqual([{ fact: 'F1', episode: 'ep1', reason: 'moved to Berlin' }]);
  });

  it('"I no longer like X" invalidates only the matching like', async () => {
    const { extraction } = await provider.extract(
      request('I no longer like jazz.', {
        knownFacts: [
          { ref: 'F1', statement: 'Sam likes jazz.', subject: 'Sam', predicate: 'likes', object: 'jazz' },
          { ref: 'F2', statement: 'Sam likes tennis.', subject: 'Sam', predicate: 'likes', object: 'tennis' },
        ],
      }),
    );
    expect(extraction.invalidations.map((i) => i.fact)).toEqual(['F1']);
  });

  it('reads common first-person facts', async () => {
    const { extraction } = await provider.extract(
      request(
        "I'm a nurse and I work at Kaiser. I usually run every morning. I want to run a marathon. " +
          "I'm allergic to peanuts. I bought a Tesla. I live in Denver.",
      ),
    );
    expect(triples(extraction)).toEqual(
      expect.arrayContaining([
        'Sam works_as nurse',
        'Sam works_at Kaiser',
        'Sam has_habit run every morning',
        'Sam has_goal run a marathon',
        'Sam allergic_to peanuts',
        'Sam owns Tesla',
        'Sam lives_in Denver',
      ]),
    );
  });

  it('is deterministic', async () => {
    const text = 'My friend Tom lives in Oslo and loves skiing. I visited Paris with him.';
    expect((await provider.extract(request(text))).extraction).toEqual(
      (await provider.extract(request(text))).extraction,
    );
  });
});

describe('offline embeddings', () => {
  it('are unit vectors of the configured size, closer for related texts', async () => {
    const { vectors, usage } = await provider.embed([
      'Alice loves hiking in the mountains',
      'She went on a mountain hike last weekend',
      'The quarterly tax report is due on Friday',
    ]);
    for (const v of vectors) {
      expect(v).toHaveLength(256);
      expect(Math.hypot(...v)).toBeCloseTo(1, 6);
    }
    const [hiking, hike, tax] = vectors as [number[], number[], number[]];
    expect(cosine(hiking, hike)).toBeGreaterThan(cosine(hiking, tax));
    expect(usage).toMatchObject({ provider: 'offline', model: 'offline-hash-embeddings', calls: 1 });
  });

  it('are deterministic and respect the dimensions', () => {
    expect(localEmbedding('Where does Maria live?', 64)).toEqual(
      localEmbedding('Where does Maria live?', 64),
    );
    expect(localEmbedding('Where does Maria live?', 64)).toHaveLength(64);
  });
});

describe('OfflineProvider.answer', () => {
  const context = [
    { ref: '1', kind: 'fact', text: 'Maria likes pottery.' },
    { ref: '2', kind: 'fact', text: 'Maria lives in Lisbon.' },
    { ref: '3', kind: 'episode', text: 'We had dinner with Tom on Friday.' },
  ];

  it('answers with the best-matching context item and cites it', async () => {
    const { answer } = await provider.answer({ question: 'Where does Maria live?', context, now: at });
    expect(answer).toEqual({ answer: 'Maria lives in Lisbon.', citations: ['2'], known: true });
  });

  it("says it doesn't know when nothing matches or the context is empty", async () => {
    const unknown = await provider.answer({ question: 'Where does Bob live?', context, now: at });
    expect(unknown.answer.known).toBe(false);
    expect(unknown.answer.citations).toEqual([]);
    expect(unknown.answer.answer).toMatch(/don't know/);
    const empty = await provider.answer({ question: 'What is my job?', context: [], now: at });
    expect(empty.answer.known).toBe(false);
  });
});
