// Draws one track of the roadmap as an SVG graph laid out by graph-layout.js: a node per topic with
// its name, a progress bar and the percent in text (colour is never the only signal), arrows from
// each topic to the topics that build on it. The nodes are buttons for the keyboard with a roving
// tabindex: Tab reaches the graph once, the arrow keys move between topics, Enter or Space opens one.
import { layeredLayout } from './graph-layout.js';
import { svg } from './dom.js';

const NAME_LINE = 17;
const PADDING = 10;
const BAR = { width: 84, height: 8 };
const MAX_NAME_LINES = 2;

let measureContext = null;

/** Width of a text in the graph's name font, in pixels. */
function measure(text) {
    if (!measureContext) {
        measureContext = document.createElement('canvas').getContext('2d');
        const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
        measureContext.font = `600 14px ${family}`;
    }
    return measureContext.measureText(text).width;
}

/** Breaks a name into at most two lines that fit the node; the second ends with … when cut. */
function wrapName(name, maxWidth) {
    const lines = [];
    let line = '';
    for (const word of name.split(/\s+/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (!line || measure(candidate) <= maxWidth) {
            line = candidate;
        } else {
            lines.push(line);
            line = word;
        }
    }
    lines.push(line);
    if (lines.length > MAX_NAME_LINES) {
        lines.splice(MAX_NAME_LINES - 1, lines.length, lines.slice(MAX_NAME_LINES - 1).join(' '));
    }
    return lines.map(text => {
        let cut = text;
        while (cut.length > 1 && measure(cut === text ? cut : `${cut}…`) > maxWidth) {
            cut = cut.slice(0, -1).trimEnd();
        }
        return cut === text ? text : `${cut}…`;
    });
}

/** What a topic's node says to assistive technology: its name, progress and what it builds on. */
function topicLabel(topic, names) {
    const amount = topic.problems > 0
        ? `${topic.solved} of ${topic.problems} problem${topic.problems === 1 ? '' : 's'} solved`
        : `${topic.concepts} concept${topic.concepts === 1 ? '' : 's'}`;
    const after = topic.prerequisites.length
        ? `after ${topic.prerequisites.map(slug => names.get(slug) || slug).join(', ')}` : 'a starting point';
    return `${topic.name}: ${amount}, ${topic.progress}% progress, ${after}`;
}

/** An SVG path through the points: straight down a crossed layer, an S-curve between layers. */
function edgePath(points) {
    let d = `M${points[0].x},${points[0].y}`;
    for (let k = 1; k < points.length; k += 1) {
        const from = points[k - 1];
        const to = points[k];
        if (from.x === to.x) {
            d += ` L${to.x},${to.y}`;
        } else {
            const middle = (from.y + to.y) / 2;
            d += ` C${from.x},${middle} ${to.x},${middle} ${to.x},${to.y}`;
        }
    }
    return d;
}

function arrowMarker(id, kind) {
    return svg('marker', { id, class: `arrow ${kind}`, viewBox: '0 0 8 8', refX: 8, refY: 4, markerWidth: 8,
        markerHeight: 8, markerUnits: 'userSpaceOnUse', orient: 'auto' }, svg('path', { d: 'M0,0 L8,4 L0,8 z' }));
}

function topicNode(topic, box, names, selected) {
    const lines = wrapName(topic.name, box.width - 2 * PADDING);
    const progress = Math.max(0, Math.min(100, topic.progress));
    const amount = topic.problems > 0 ? ` · ${topic.solved}/${topic.problems}` : '';
    const barY = box.y + box.height - PADDING - BAR.height;
    return svg('g', {
        class: `topic-node${progress >= 100 ? ' complete' : ''}`, role: 'button', tabindex: -1,
        'aria-label': topicLabel(topic, names), 'aria-current': topic.slug === selected ? 'true' : null,
        'data-topic': topic.slug, 'data-layer': box.layer, 'data-order': box.order,
        'data-x': box.x + box.width / 2,
    },
    svg('title', { text: topic.name }),
    svg('rect', { class: 'box', x: box.x, y: box.y, width: box.width, height: box.height, rx: 6 }),
    svg('text', { class: 'name', x: box.x + PADDING, y: box.y + PADDING + 13 },
        lines.map((line, i) => svg('tspan', { x: box.x + PADDING, dy: i === 0 ? 0 : NAME_LINE, text: line }))),
    svg('rect', { class: 'bar-track', x: box.x + PADDING, y: barY, width: BAR.width, height: BAR.height, rx: 4 }),
    svg('rect', { class: 'bar-fill', x: box.x + PADDING, y: barY, width: (BAR.width * progress) / 100,
        height: BAR.height, rx: 4 }),
    svg('text', { class: 'percent', x: box.x + PADDING + BAR.width + 8, y: barY + BAR.height, text: `${progress}%${amount}` }));
}

/** The node the arrow keys lead to from `node`, or null at an edge of the graph. */
function neighbour(nodes, node, key) {
    const layer = Number(node.dataset.layer);
    const order = Number(node.dataset.order);
    const x = Number(node.dataset.x);
    const inLayer = l => nodes.filter(n => Number(n.dataset.layer) === l)
        .sort((a, b) => Number(a.dataset.order) - Number(b.dataset.order));
    const nearest = l => inLayer(l).reduce((best, n) => (!best
        || Math.abs(Number(n.dataset.x) - x) < Math.abs(Number(best.dataset.x) - x) ? n : best), null);
    const layers = nodes.map(n => Number(n.dataset.layer));
    const step = direction => {
        for (let l = layer + direction; l >= 0 && l <= Math.max(...layers); l += direction) {
            const found = nearest(l);
            if (found) {
                return found;
            }
        }
        return null;
    };
    switch (key) {
        case 'ArrowLeft': return inLayer(layer).filter(n => Number(n.dataset.order) < order).pop() || null;
        case 'ArrowRight': return inLayer(layer).find(n => Number(n.dataset.order) > order) || null;
        case 'ArrowUp': return step(-1);
        case 'ArrowDown': return step(1);
        case 'Home': return nodes[0];
        case 'End': return nodes[nodes.length - 1];
        default: return null;
    }
}

/** Makes `node` the graph's one tab stop. */
function rove(graph, node) {
    for (const other of graph.querySelectorAll('.topic-node')) {
        other.setAttribute('tabindex', other === node ? '0' : '-1');
    }
}

/**
 * One track's topics as an SVG graph.
 * @param {object[]} topics the roadmap's topics of one track (slug, name, prerequisites, progress, ...)
 * @param {{names: Map<string, string>, labelledBy: string, describedBy: string, selected: ?string,
 *   onSelect: (slug: string) => void}} options names of every topic (prerequisites of other tracks
 *   included), the ids of the graph's title and help, the open topic, what opening one does
 */
export function topicGraph(topics, { names, labelledBy, describedBy, selected, onSelect }) {
    const slugs = new Set(topics.map(t => t.slug));
    const layout = layeredLayout(topics.map(t => ({ id: t.slug, after: t.prerequisites.filter(p => slugs.has(p)) })));
    const boxes = new Map(layout.nodes.map(node => [node.id, node]));
    const markers = `arrows-${labelledBy}`;
    const graph = svg('svg', {
        class: 'topic-graph', width: layout.width, height: layout.height,
        viewBox: `0 0 ${layout.width} ${layout.height}`, role: 'group',
        'aria-labelledby': labelledBy, 'aria-describedby': describedBy, 'data-crossings': layout.crossings,
    },
    svg('defs', {}, arrowMarker(`${markers}-plain`, 'plain'), arrowMarker(`${markers}-selected`, 'selected')),
    svg('g', { class: 'edges', 'aria-hidden': 'true' }, layout.edges.map(edge => {
        const leadsToSelected = edge.to === selected;
        return svg('path', { class: `edge${leadsToSelected ? ' selected' : ''}`, d: edgePath(edge.points),
            'data-from': edge.from, 'data-to': edge.to,
            'marker-end': `url(#${markers}-${leadsToSelected ? 'selected' : 'plain'})` });
    })),
    svg('g', { class: 'nodes' }, topics.map(topic => topicNode(topic, boxes.get(topic.slug), names, selected))));

    const nodes = [...graph.querySelectorAll('.topic-node')];
    rove(graph, nodes.find(n => n.dataset.topic === selected) || nodes[0]);
    graph.addEventListener('click', event => {
        const node = event.target.closest('.topic-node');
        if (node) {
            rove(graph, node);
            onSelect(node.dataset.topic);
        }
    });
    graph.addEventListener('keydown', event => {
        const node = event.target.closest('.topic-node');
        if (!node || event.altKey || event.ctrlKey || event.metaKey) {
            return;
        }
        if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            onSelect(node.dataset.topic);
            return;
        }
        const next = neighbour(nodes, node, event.key);
        if (next || event.key.startsWith('Arrow')) {
            event.preventDefault(); // arrows move between topics, never scroll the page
        }
        if (next) {
            rove(graph, next);
            next.focus();
        }
    });
    return graph;
}
