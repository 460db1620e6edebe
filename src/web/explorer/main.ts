// The explorer page: draws one user's graph, follows its live updates, and offers the hand edits.
import './explorer.css';
import { h } from '../shared/dom.ts';
import { GraphQLClient } from '../shared/graphql-client.ts';
import { loadSettings, saveSettings } from '../shared/settings.ts';
import { typeColour } from './colours.ts';
import { renderDetails } from './details-panel.ts';
import type { EntityRecord, Filters } from './graph-model.ts';
import { GraphView } from './graph-view.ts';
import { ExplorerSession, type SessionListener } from './session.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const ui = {
  form: byId<HTMLFormElement>('connect'),
  userId: byId<HTMLInputElement>('user-id'),
  token: byId<HTMLInputElement>('token'),
  search: byId<HTMLInputElement>('search'),
  asOf: byId<HTMLInputElement>('as-of'),
  asOfNow: byId<HTMLButtonElement>('as-of-now'),
  asOfSlider: byId<HTMLInputElement>('as-of-slider'),
  archived: byId<HTMLInputElement>('show-archived'),
  status: byId<HTMLElement>('status'),
  live: byId<HTMLElement>('live'),
  legend: byId<HTMLElement>('legend'),
  panel: byId<HTMLElement>('panel'),
  names: byId<HTMLDataListElement>('entity-names'),
  canvas: byId<HTMLCanvasElement>('graph'),
  download: byId<HTMLButtonElement>('download'),
};

const filters: Filters = { asOf: null, showArchived: false };
const view = new GraphView(ui.canvas, (id) => void showDetails(id));

function setStatus(text: string): void {
  ui.status.textContent = text;
}

let redrawQueued = false;
/** Re-derives what is visible; batched so a burst of live events redraws once. */
function refresh(): void {
  if (redrawQueued) return;
  redrawQueued = true;
  queueMicrotask(() => {
    redrawQueued = false;
    const { entities, links } = session.model.visible(filters);
    view.setData(entities, links);
    renderLegend(entities);
    updateSliderRange();
    if (!session.loading) {
      setStatus(
        `${entities.length} entities, ${links.length} facts shown (${session.model.entities.size} loaded)`,
      );
    }
  });
}

const listener: SessionListener = {
  changed: refresh,
  progress: setStatus,
  live(text, state) {
    ui.live.textContent = text;
    ui.live.className = `live ${state}`.trim();
  },
  touched(id) {
    if (view.selectedId === id) void showDetails(id);
  },
};

let session = new ExplorerSession(new GraphQLClient(''), '', listener);

const DAY = 86_400_000;

/** The slider spans from the earliest date the graph knows of (days back) to today (its right end = now). */
function updateSliderRange(): void {
  let earliest = Date.now();
  for (const fact of session.model.facts.values()) {
    for (const value of [fact.validFrom, fact.createdAt])
      if (value) earliest = Math.min(earliest, Date.parse(value));
  }
  for (const entity of session.model.entities.values())
    if (entity.createdAt) earliest = Math.min(earliest, Date.parse(entity.createdAt));
  const days = Math.max(0, Math.ceil((Date.now() - earliest) / DAY));
  ui.asOfSlider.min = String(-days);
  ui.asOfSlider.max = '0';
  if (!filters.asOf) ui.asOfSlider.value = '0';
}

function renderLegend(entities: EntityRecord[]): void {
  const counts = new Map<string, number>();
  for (const entity of entities) counts.set(entity.type, (counts.get(entity.type) ?? 0) + 1);
  ui.legend.replaceChildren(
    ...[...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([type, count]) =>
        h(
          'li',
          {},
          h('span', { class: 'swatch', style: `background:${typeColour(type)}` }),
          `${type} (${count})`,
        ),
      ),
  );
  ui.names.replaceChildren(
    ...[...session.model.entities.values()].slice(0, 2000).map((e) => h('option', { value: e.name })),
  );
}

/** Counts showDetails calls: only the newest may draw, so a slow read never paints over a newer one. */
let detailsRequest = 0;

/** What the user typed into the panel's edit fields for `id` (a redraw must not throw it away), with the focus. */
function typedInPanel(id: string): { values: Map<string, string>; focused: string | null } {
  const values = new Map<string, string>();
  if (hook.detailsFor !== id) return { values, focused: null };
  for (const input of Array.from(ui.panel.querySelectorAll<HTMLInputElement>('form.edit input[name]')))
    if (input.value !== input.defaultValue) values.set(input.name, input.value);
  const active = document.activeElement;
  const focused = active instanceof HTMLInputElement && ui.panel.contains(active) ? active.name : null;
  return { values, focused };
}

function restoreTyped(typed: { values: Map<string, string>; focused: string | null }): void {
  for (const [name, value] of typed.values) {
    const input = ui.panel.querySelector<HTMLInputElement>(`form.edit input[name="${name}"]`);
    if (input) input.value = value;
  }
  if (typed.focused) ui.panel.querySelector<HTMLInputElement>(`input[name="${typed.focused}"]`)?.focus();
}

/** Draws the panel for `id`; `keepTyped` false after an edit went through, so its fields start afresh. */
async function showDetails(id: string | null, keepTyped = true): Promise<void> {
  const request = ++detailsRequest;
  if (!id) {
    ui.panel.replaceChildren(h('p', { class: 'empty' }, 'Click an entity to see its facts and sources.'));
    hook.detailsFor = null;
    return;
  }
  const details = await session.details(id);
  if (!details || request !== detailsRequest) return;
  // A live update redraws the panel of the entity shown; what the user is typing there stays.
  const typed = keepTyped ? typedInPanel(id) : { values: new Map<string, string>(), focused: null };
  renderDetails(
    ui.panel,
    details,
    {
      rename: async (entityId, name) => {
        await session.rename(entityId, name);
        await showDetails(entityId, false);
      },
      merge: async (keepId, duplicate) => {
        await session.merge(keepId, duplicate);
        await showDetails(keepId, false);
      },
      forget: async (entityId) => {
        await session.forget(entityId);
        view.select(null);
      },
      select: (otherId) => {
        view.select(otherId);
        view.centreOn(otherId);
      },
    },
    filters.asOf,
  );
  restoreTyped(typed);
  hook.detailsFor = id;
}

/** "Download my data": the user's export (GET /users/:id/export) saved as <userId>.jsonl. */
async function downloadData(): Promise<void> {
  const userId = ui.userId.value.trim();
  if (!userId) {
    setStatus('Enter a user id to download their data.');
    return;
  }
  const token = ui.token.value.trim();
  setStatus('preparing the download…');
  const response = await fetch(`/users/${encodeURIComponent(userId)}/export`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: Array<{ message: string }> } | null;
    setStatus(`could not download: ${body?.errors?.[0]?.message ?? response.statusText}`);
    return;
  }
  const link = h('a', { href: URL.createObjectURL(await response.blob()), download: `${userId}.jsonl` });
  link.click();
  setStatus(`downloaded ${userId}.jsonl`);
}

async function connect(): Promise<void> {
  const userId = ui.userId.value.trim();
  saveSettings({ userId, token: ui.token.value });
  session.close();
  session = new ExplorerSession(new GraphQLClient(ui.token.value), userId, listener);
  view.select(null);
  refresh();
  if (!userId) {
    setStatus('Enter a user id to explore their graph.');
    return;
  }
  // Follow first, so nothing that happens while the pages load is missed.
  session.follow();
  try {
    await session.load();
    hook.ready = true;
  } catch (error) {
    setStatus(`could not load: ${error instanceof Error ? error.message : error}`);
  }
}

ui.download.addEventListener('click', () => {
  void downloadData().catch((error) => setStatus(`could not download: ${(error as Error).message}`));
});
ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  hook.ready = false;
  void connect();
});
ui.search.addEventListener('input', () => {
  const found = view.search(ui.search.value);
  if (ui.search.value)
    setStatus(`${found.length} match${found.length === 1 ? '' : 'es'} for "${ui.search.value}"`);
});
ui.search.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter') return;
  const first = view.search(ui.search.value)[0];
  if (first) {
    view.select(first);
    view.centreOn(first);
  }
});
ui.asOf.addEventListener('change', () => {
  const value = ui.asOf.value;
  // A date means "as of the end of that day".
  filters.asOf = value ? new Date(`${value}T23:59:59.999`) : null;
  if (value)
    ui.asOfSlider.value = String(Math.min(0, Math.round((filters.asOf!.getTime() - Date.now()) / DAY)));
  ui.asOfNow.disabled = !value;
  refresh();
  if (view.selectedId) void showDetails(view.selectedId);
});
ui.asOfSlider.addEventListener('input', () => {
  const daysBack = Number(ui.asOfSlider.value);
  const day = new Date(Date.now() + daysBack * DAY);
  // The date input speaks local dates, as does "end of that day" in the change handler.
  const local = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  ui.asOf.value = daysBack === 0 ? '' : local;
  ui.asOf.dispatchEvent(new Event('change'));
});
ui.asOfNow.addEventListener('click', () => {
  ui.asOf.value = '';
  ui.asOf.dispatchEvent(new Event('change'));
});
ui.archived.addEventListener('change', () => {
  filters.showArchived = ui.archived.checked;
  refresh();
});

/** What the browser tests (and curious users in the console) can read about the drawn graph. */
const hook = {
  ready: false,
  detailsFor: null as string | null,
  get updatesApplied() {
    return session.updatesApplied;
  },
  get nodeCount() {
    return view.nodeCount;
  },
  get linkCount() {
    return view.linkCount;
  },
  /** Facts known to the page, drawn or not (value facts, ended ones, archived ones). */
  get factCount() {
    return session.model.facts.size;
  },
  get settled() {
    return view.settled;
  },
  nodeIds: () => view.nodeIds(),
  names: () => view.nodeIds().map((id) => session.model.entities.get(id)?.name ?? id),
  idOf: (name: string) =>
    [...session.model.entities.values()].find((entity) => entity.name === name)?.id ?? null,
  screenPosition: (id: string) => view.screenPosition(id),
  centreOn: (id: string) => view.centreOn(id),
};
(window as unknown as { __explorer: typeof hook }).__explorer = hook;

const settings = loadSettings();
ui.userId.value = settings.userId;
ui.token.value = settings.token;
void showDetails(null);
void connect();
