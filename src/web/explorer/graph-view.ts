// Draws the graph on a canvas with a D3 force layout: bounded ticks and one repaint per frame, for thousands of nodes.
import {
  type ForceLink,
  forceCenter,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  select,
  type ZoomTransform,
  zoom,
  zoomIdentity,
} from 'd3';
import type { EntityRecord, FactRecord } from './graph-model.ts';
import { paintGraph, type ViewLink, type ViewNode } from './paint.ts';

// Each (re)start of the layout runs at most this many ticks, so a big graph settles instead of simmering forever.
const MAX_TICKS_PER_RUN = 300;

function radiusFor(entity: EntityRecord): number {
  const activation = Math.max(0, Math.min(entity.activation ?? 0.3, 3));
  return 4 + 9 * Math.sqrt(activation / 3);
}

export class GraphView {
  private nodes: ViewNode[] = [];
  private links: ViewLink[] = [];
  private byId = new Map<string, ViewNode>();
  private transform: ZoomTransform = zoomIdentity;
  private simulation: Simulation<ViewNode, ViewLink>;
  private ticks = 0;
  private frameRequested = false;
  private matches = new Set<string>();
  private readonly zoomBehaviour = zoom<HTMLCanvasElement, unknown>().scaleExtent([0.05, 8]);
  // The camera follows the layout until the user pans or zooms.
  private autoFit = true;
  selectedId: string | null = null;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly onSelect: (id: string | null) => void,
  ) {
    this.simulation = forceSimulation<ViewNode, ViewLink>()
      .force('charge', forceManyBody<ViewNode>().strength(-60).theta(0.9).distanceMax(500))
      .force(
        'link',
        forceLink<ViewNode, ViewLink>()
          .id((node) => node.id)
          .distance(70),
      )
      .force('center', forceCenter(0, 0))
      .force('x', forceX(0).strength(0.03))
      .force('y', forceY(0).strength(0.03))
      .alphaDecay(0.03)
      .on('tick', () => {
        this.ticks += 1;
        if (this.ticks >= MAX_TICKS_PER_RUN) this.simulation.stop();
        this.requestDraw();
      });
    this.simulation.stop();
    this.zoomBehaviour.on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
      if (event.sourceEvent) this.autoFit = false;
      this.transform = event.transform;
      this.requestDraw();
    });
    select(canvas).call(this.zoomBehaviour);
    select(canvas).call(
      this.zoomBehaviour.transform,
      zoomIdentity.translate(canvas.clientWidth / 2, canvas.clientHeight / 2),
    );
    canvas.addEventListener('click', (event) => {
      const hit = this.nodeAt(event.offsetX, event.offsetY);
      this.select(hit?.id ?? null);
    });
    new ResizeObserver(() => this.requestDraw()).observe(canvas);
  }

  /** Replaces what is drawn, keeping the positions of nodes already on screen. */
  setData(entities: EntityRecord[], facts: FactRecord[]): void {
    const previous = this.byId;
    if (previous.size === 0) this.autoFit = true;
    this.byId = new Map();
    let added = 0;
    this.nodes = entities.map((entity) => {
      const old = previous.get(entity.id);
      const node: ViewNode = old ?? { id: entity.id, entity, radius: 0 };
      if (!old) {
        added += 1;
        // New nodes start near a neighbour-free ring, so progressive pages do not explode from the centre.
        const angle = Math.random() * Math.PI * 2;
        const distance = 40 + Math.sqrt(previous.size + added) * 12;
        node.x = Math.cos(angle) * distance;
        node.y = Math.sin(angle) * distance;
      }
      node.entity = entity;
      node.radius = radiusFor(entity);
      this.byId.set(entity.id, node);
      return node;
    });
    this.links = facts.flatMap((fact) => {
      const source = this.byId.get(fact.subject?.id ?? '');
      const target = this.byId.get(fact.object?.id ?? '');
      return source && target ? [{ id: fact.id, fact, source, target }] : [];
    });
    this.simulation.nodes(this.nodes);
    (this.simulation.force('link') as ForceLink<ViewNode, ViewLink>).links(this.links);
    const changed = added > 0 || this.nodes.length !== previous.size;
    if (changed) this.reheat(added > 0 && previous.size > 0 ? 0.3 : 1);
    this.requestDraw();
  }

  private reheat(alpha: number): void {
    this.ticks = 0;
    this.simulation.alpha(Math.max(this.simulation.alpha(), alpha)).restart();
  }

  /** Highlights entities whose name contains the text; returns the matching ids, best first. */
  search(text: string): string[] {
    const needle = text.trim().toLowerCase();
    const found = needle
      ? this.nodes
          .filter((node) => node.entity.name.toLowerCase().includes(needle))
          .sort((a, b) => (b.entity.activation ?? 0) - (a.entity.activation ?? 0))
          .map((node) => node.id)
      : [];
    this.matches = new Set(found);
    this.requestDraw();
    return found;
  }

  select(id: string | null): void {
    this.selectedId = id && this.byId.has(id) ? id : null;
    this.requestDraw();
    this.onSelect(this.selectedId);
  }

  /** Pans so the entity is in the middle of the canvas. */
  centreOn(id: string): void {
    const node = this.byId.get(id);
    if (!node) return;
    this.autoFit = false;
    const k = Math.max(this.transform.k, 1);
    const next = zoomIdentity
      .translate(
        this.canvas.clientWidth / 2 - (node.x ?? 0) * k,
        this.canvas.clientHeight / 2 - (node.y ?? 0) * k,
      )
      .scale(k);
    select(this.canvas).call(this.zoomBehaviour.transform, next);
  }

  private fit(): void {
    if (this.nodes.length === 0) return;
    let minX = Number.POSITIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (const node of this.nodes) {
      minX = Math.min(minX, (node.x ?? 0) - node.radius);
      minY = Math.min(minY, (node.y ?? 0) - node.radius);
      maxX = Math.max(maxX, (node.x ?? 0) + node.radius);
      maxY = Math.max(maxY, (node.y ?? 0) + node.radius);
    }
    const width = this.canvas.clientWidth;
    const height = this.canvas.clientHeight;
    const padding = 60;
    const k = Math.min(
      2,
      (width - padding * 2) / Math.max(maxX - minX, 1),
      (height - padding * 2) / Math.max(maxY - minY, 1),
    );
    const next = zoomIdentity
      .translate(width / 2 - ((minX + maxX) / 2) * k, height / 2 - ((minY + maxY) / 2) * k)
      .scale(Math.max(k, 0.05));
    // Set directly (not through the zoom behaviour) so this does not count as the user taking over.
    this.transform = next;
    (this.canvas as unknown as { __zoom: ZoomTransform }).__zoom = next;
  }

  /** Where a node is drawn, in CSS pixels relative to the canvas (used by the browser tests). */
  screenPosition(id: string): { x: number; y: number } | null {
    const node = this.byId.get(id);
    if (!node) return null;
    const [x, y] = this.transform.apply([node.x ?? 0, node.y ?? 0]);
    return { x, y };
  }

  get nodeCount(): number {
    return this.nodes.length;
  }

  get linkCount(): number {
    return this.links.length;
  }

  get settled(): boolean {
    return this.ticks >= MAX_TICKS_PER_RUN || this.simulation.alpha() < this.simulation.alphaMin();
  }

  nodeIds(): string[] {
    return this.nodes.map((node) => node.id);
  }

  private nodeAt(x: number, y: number): ViewNode | undefined {
    const [gx, gy] = this.transform.invert([x, y]);
    let best: ViewNode | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const node of this.nodes) {
      const distance = Math.hypot((node.x ?? 0) - gx, (node.y ?? 0) - gy);
      const reach = node.radius + 4 / this.transform.k;
      if (distance <= reach && distance < bestDistance) {
        best = node;
        bestDistance = distance;
      }
    }
    return best;
  }

  private requestDraw(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    requestAnimationFrame(() => {
      this.frameRequested = false;
      this.draw();
    });
  }

  private draw(): void {
    if (this.autoFit) this.fit();
    paintGraph(this.canvas, {
      nodes: this.nodes,
      links: this.links,
      transform: this.transform,
      matches: this.matches,
      focus: this.selectedId,
    });
  }

  destroy(): void {
    this.simulation.stop();
  }
}
