// Paints the graph on a 2D canvas in one pass, with a budget of labels so a dense view stays legible and fast.
import type { SimulationLinkDatum, SimulationNodeDatum, ZoomTransform } from 'd3';
import { typeColour } from './colours.ts';
import type { EntityRecord, FactRecord } from './graph-model.ts';

export interface ViewNode extends SimulationNodeDatum {
  id: string;
  entity: EntityRecord;
  radius: number;
}

export interface ViewLink extends SimulationLinkDatum<ViewNode> {
  id: string;
  fact: FactRecord;
  source: ViewNode;
  target: ViewNode;
}

// Labels are drawn for at most this many on-screen nodes (the biggest first) and edges.
const MAX_NODE_LABELS = 80;
const MAX_EDGE_LABELS = 150;

export interface Scene {
  nodes: ViewNode[];
  links: ViewLink[];
  transform: ZoomTransform;
  /** Search matches, highlighted while the rest is dimmed. */
  matches: Set<string>;
  focus: string | null;
}

/** Draws the scene at the canvas's CSS size, sharp on high-density screens. */
export function paintGraph(canvas: HTMLCanvasElement, scene: Scene): void {
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  const context = canvas.getContext('2d');
  if (!context) return;
  const { k, x, y } = scene.transform;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  context.translate(x, y);
  context.scale(k, k);
  const { nodes, links, matches, focus } = scene;
  const searching = matches.size > 0;

  context.lineWidth = 1 / k;
  context.strokeStyle = 'rgba(120, 130, 150, 0.45)';
  context.beginPath();
  for (const link of links) {
    context.moveTo(link.source.x ?? 0, link.source.y ?? 0);
    context.lineTo(link.target.x ?? 0, link.target.y ?? 0);
  }
  context.stroke();

  if (focus) {
    context.strokeStyle = '#f59e0b';
    context.lineWidth = 2 / k;
    context.beginPath();
    for (const link of links) {
      if (link.source.id !== focus && link.target.id !== focus) continue;
      context.moveTo(link.source.x ?? 0, link.source.y ?? 0);
      context.lineTo(link.target.x ?? 0, link.target.y ?? 0);
    }
    context.stroke();
  }

  for (const node of nodes) {
    const dimmed = searching && !matches.has(node.id);
    context.globalAlpha = dimmed ? 0.2 : node.entity.archived ? 0.45 : 1;
    context.fillStyle = typeColour(node.entity.type);
    context.beginPath();
    context.arc(node.x ?? 0, node.y ?? 0, node.radius, 0, Math.PI * 2);
    context.fill();
    if (node.id === focus || (searching && matches.has(node.id))) {
      context.lineWidth = 2.5 / k;
      context.strokeStyle = node.id === focus ? '#f59e0b' : '#111827';
      context.stroke();
    }
  }
  context.globalAlpha = 1;

  const [left, top] = scene.transform.invert([0, 0]);
  const [right, bottom] = scene.transform.invert([width, height]);
  const onScreen = (px = 0, py = 0) => px >= left && px <= right && py >= top && py <= bottom;
  const shownLinks = links.filter(
    (link) => onScreen(link.source.x, link.source.y) || onScreen(link.target.x, link.target.y),
  );
  if (shownLinks.length <= MAX_EDGE_LABELS) {
    context.font = `${10 / k}px system-ui, sans-serif`;
    context.fillStyle = '#6b7280';
    context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    context.lineWidth = 3 / k;
    context.textAlign = 'center';
    for (const link of shownLinks) {
      const mx = ((link.source.x ?? 0) + (link.target.x ?? 0)) / 2;
      const my = ((link.source.y ?? 0) + (link.target.y ?? 0)) / 2;
      context.strokeText(link.fact.predicate, mx, my - 3 / k);
      context.fillText(link.fact.predicate, mx, my - 3 / k);
    }
  }
  const important = (node: ViewNode) => node.id === focus || matches.has(node.id);
  const labelled = nodes
    .filter((node) => important(node) || onScreen(node.x, node.y))
    .sort((a, b) => Number(important(b)) - Number(important(a)) || b.radius - a.radius)
    .slice(0, MAX_NODE_LABELS);
  context.textAlign = 'left';
  context.font = `${12 / k}px system-ui, sans-serif`;
  context.lineWidth = 3 / k;
  context.strokeStyle = 'rgba(255, 255, 255, 0.85)';
  context.fillStyle = '#111827';
  for (const node of labelled) {
    const lx = (node.x ?? 0) + node.radius + 3 / k;
    const ly = (node.y ?? 0) + 4 / k;
    context.strokeText(node.entity.name, lx, ly);
    context.fillText(node.entity.name, lx, ly);
  }
}
