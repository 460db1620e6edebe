// The side panel: one entity's summary, facts with their validity, source episodes, and the hand edits.
import { h, when } from '../shared/dom.ts';
import { typeColour } from './colours.ts';
import { type EntityRecord, type FactRecord, factHolds } from './graph-model.ts';

export interface EntityDetails extends EntityRecord {
  aliases?: string[];
  episodes: Array<{
    id: string;
    content: string;
    source: string;
    sourceRef?: string | null;
    occurredAt: string;
  }>;
  factsAsSubject: DetailFact[];
  factsAsObject: DetailFact[];
}

type DetailFact = FactRecord & {
  subjectName?: { name: string } | null;
  objectName?: { name: string } | null;
};

export interface PanelActions {
  rename(id: string, name: string): Promise<void>;
  merge(keepId: string, mergeName: string): Promise<void>;
  forget(id: string): Promise<void>;
  select(id: string): void;
}

function validity(fact: FactRecord): HTMLElement {
  const ended = fact.validTo || fact.invalidatedAt;
  return h(
    'div',
    { class: `validity${ended ? ' ended' : ''}` },
    `valid from ${when(fact.validFrom)} to ${fact.validTo ? when(fact.validTo) : 'now'}`,
    fact.invalidatedAt ? ` · invalidated ${when(fact.invalidatedAt)}` : '',
  );
}

function factItem(fact: DetailFact, self: string, actions: PanelActions, asOf: Date | null): HTMLElement {
  const heldThen = !asOf || factHolds(fact, asOf);
  const otherId = fact.subject?.id === self ? fact.object?.id : fact.subject?.id;
  const otherName = fact.subject?.id === self ? fact.objectName?.name : fact.subjectName?.name;
  return h(
    'li',
    { class: `fact${heldThen ? '' : ' not-then'}`, 'data-fact-id': fact.id },
    h('div', { class: 'statement' }, fact.statement),
    h(
      'div',
      { class: 'meta' },
      h('code', {}, fact.predicate),
      otherId && otherName
        ? h(
            'button',
            { type: 'button', class: 'link', onclick: () => actions.select(otherId) },
            `→ ${otherName}`,
          )
        : fact.objectValue
          ? ` = ${fact.objectValue}`
          : '',
    ),
    validity(fact),
    heldThen ? null : h('div', { class: 'not-then-note' }, `did not hold on ${asOf!.toLocaleDateString()}`),
  );
}

/** Renders the details of an entity into the panel element. */
export function renderDetails(
  panel: HTMLElement,
  details: EntityDetails,
  actions: PanelActions,
  asOf: Date | null = null,
): void {
  const status = h('div', { class: 'panel-status', role: 'status' });
  const run = (label: string, work: () => Promise<void>) => async () => {
    status.textContent = `${label}…`;
    try {
      await work();
      status.textContent = `${label}: done`;
    } catch (error) {
      status.textContent = `${label} failed: ${error instanceof Error ? error.message : error}`;
    }
  };
  const nameInput = h('input', {
    type: 'text',
    name: 'rename',
    value: details.name,
    'aria-label': 'New name',
  });
  const mergeInput = h('input', {
    type: 'text',
    name: 'merge',
    list: 'entity-names',
    placeholder: 'name of a duplicate',
    'aria-label': 'Entity to merge into this one',
  });
  const facts = [...details.factsAsSubject, ...details.factsAsObject];
  panel.replaceChildren(
    h(
      'header',
      {},
      h('span', { class: 'swatch', style: `background:${typeColour(details.type)}` }),
      h('h2', { 'data-entity-id': details.id }, details.name),
      h('span', { class: 'type' }, details.type),
    ),
    h(
      'p',
      { class: 'numbers' },
      `activation ${(details.activation ?? 0).toFixed(2)}`,
      details.archived ? ' · archived' : '',
      details.aliases?.length ? ` · also ${details.aliases.join(', ')}` : '',
    ),
    h('p', { class: 'summary' }, details.summary || 'No summary yet.'),
    h('h3', {}, `Facts (${facts.length})`),
    facts.length
      ? h('ul', { class: 'facts' }, ...facts.map((fact) => factItem(fact, details.id, actions, asOf)))
      : h('p', { class: 'empty' }, 'No facts.'),
    h('h3', {}, `Source episodes (${details.episodes.length})`),
    details.episodes.length
      ? h(
          'ul',
          { class: 'episodes' },
          ...details.episodes.map((episode) =>
            h(
              'li',
              { 'data-episode-id': episode.id },
              h('div', { class: 'meta' }, `${when(episode.occurredAt)} · ${episode.source}`),
              h(
                'div',
                { class: 'content' },
                episode.content.length > 280 ? `${episode.content.slice(0, 280)}…` : episode.content,
              ),
              episode.sourceRef ? h('div', { class: 'ref' }, episode.sourceRef) : null,
            ),
          ),
        )
      : h('p', { class: 'empty' }, 'No episodes.'),
    h('h3', {}, 'Edit'),
    h(
      'form',
      {
        class: 'edit',
        onsubmit: (event) => {
          event.preventDefault();
          void run('Rename', () => actions.rename(details.id, nameInput.value.trim()))();
        },
      },
      nameInput,
      h('button', { type: 'submit' }, 'Rename'),
    ),
    h(
      'form',
      {
        class: 'edit',
        onsubmit: (event) => {
          event.preventDefault();
          void run('Merge', () => actions.merge(details.id, mergeInput.value.trim()))();
        },
      },
      mergeInput,
      h('button', { type: 'submit' }, 'Merge into this'),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'danger',
        onclick: () => {
          if (window.confirm(`Forget ${details.name} and its facts?`))
            void run('Forget', () => actions.forget(details.id))();
        },
      },
      'Forget this entity',
    ),
    status,
  );
}
