// A small layered ("Sugiyama") layout for a directed acyclic graph, drawn top to bottom:
//   1. layers by longest path: a node sits one layer below its deepest prerequisite;
//   2. an edge that spans several layers gets a dummy node in each layer it crosses, so that it is
//      routed around the nodes of those layers;
//   3. each layer is ordered by the barycentre of its neighbours, sweeping down and up, keeping
//      the order with the fewest crossings;
//   4. x positions: each node as close as it can be to the mean of its neighbours, the layer's
//      order and the minimum gaps kept (an isotonic regression, solved exactly by pooling);
//   5. edges leave a node's bottom and enter the next node's top at ports spread across its width.
// No DOM here: the roadmap page draws the result (roadmap-graph.js) and the browser tests check it.

/** The input is not a directed acyclic graph (a cycle, a duplicate id, an unknown prerequisite). */
export class GraphLayoutError extends Error {
    constructor(message) {
        super(message);
        this.name = 'GraphLayoutError';
    }
}

/** Sizes in pixels, unless a caller gives others. */
export const DEFAULTS = Object.freeze({
    nodeWidth: 176, nodeHeight: 70, gapX: 24, gapY: 44, dummyWidth: 10, margin: 8, maxSweeps: 24,
});

/**
 * Layers by longest path from the sources: 0 for a node without prerequisites, otherwise one more
 * than its deepest prerequisite. Throws GraphLayoutError on a cycle or an unknown prerequisite.
 * @param {{id: string, after: string[]}[]} nodes
 * @returns {Map<string, number>} the layer of each id
 */
function longestPathLayers(nodes) {
    const byId = new Map();
    for (const node of nodes) {
        if (byId.has(node.id)) {
            throw new GraphLayoutError(`Duplicate node "${node.id}".`);
        }
        byId.set(node.id, node);
    }
    const layer = new Map();
    const onPath = [];
    const visit = id => {
        if (layer.has(id)) {
            return layer.get(id);
        }
        if (onPath.includes(id)) {
            const cycle = onPath.slice(onPath.indexOf(id)).concat(id);
            throw new GraphLayoutError(`The prerequisites form a cycle: ${cycle.join(' → ')}.`);
        }
        onPath.push(id);
        let deepest = -1;
        for (const before of byId.get(id).after) {
            if (!byId.has(before)) {
                throw new GraphLayoutError(`"${id}" comes after "${before}", which is not in the graph.`);
            }
            deepest = Math.max(deepest, visit(before));
        }
        onPath.pop();
        layer.set(id, deepest + 1);
        return deepest + 1;
    };
    nodes.forEach(node => visit(node.id));
    return layer;
}

/** Crossings between two adjacent layers: pairs of edges whose ends are in opposite orders. */
function crossingsBetween(edges, index) {
    let crossings = 0;
    for (let i = 0; i < edges.length; i += 1) {
        const a = edges[i];
        for (let j = i + 1; j < edges.length; j += 1) {
            const b = edges[j];
            if ((index.get(a.from) - index.get(b.from)) * (index.get(a.to) - index.get(b.to)) < 0) {
                crossings += 1;
            }
        }
    }
    return crossings;
}

/**
 * Edge crossings of an ordering.
 * @param {string[][]} layers ids per layer, in order
 * @param {{from: string, to: string}[]} segments edges between adjacent layers
 */
function countCrossings(layers, segments) {
    const index = indexOf(layers);
    const layerOf = new Map();
    layers.forEach((layer, number) => layer.forEach(id => layerOf.set(id, number)));
    const byLayer = layers.map(() => []);
    for (const segment of segments) {
        byLayer[layerOf.get(segment.from)].push(segment);
    }
    return byLayer.reduce((sum, edges) => sum + crossingsBetween(edges, index), 0);
}

/** Splits every edge into segments between adjacent layers, with a dummy node per crossed layer. */
function properGraph(nodes, layerOf) {
    const layers = [];
    const place = (id, layer) => {
        while (layers.length <= layer) {
            layers.push([]);
        }
        layers[layer].push(id);
    };
    nodes.forEach(node => place(node.id, layerOf.get(node.id)));
    const segments = [];
    const chains = [];
    let dummies = 0;
    for (const node of nodes) {
        for (const before of node.after) {
            const chain = [before];
            for (let layer = layerOf.get(before) + 1; layer < layerOf.get(node.id); layer += 1) {
                const dummy = `\u0000dummy${dummies += 1}`;
                layerOf.set(dummy, layer);
                place(dummy, layer);
                chain.push(dummy);
            }
            chain.push(node.id);
            for (let k = 1; k < chain.length; k += 1) {
                segments.push({ from: chain[k - 1], to: chain[k] });
            }
            chains.push({ from: before, to: node.id, via: chain.slice(1, -1) });
        }
    }
    return { layers, segments, chains };
}

/** Reorders one layer by the mean position of each node's neighbours in the fixed layer. */
function orderByBarycentre(layer, neighbours, fixedIndex) {
    const current = new Map(layer.map((id, position) => [id, position]));
    const weight = id => {
        const positions = (neighbours.get(id) || []).map(n => fixedIndex.get(n));
        // A node without neighbours there keeps its place.
        return positions.length ? positions.reduce((a, b) => a + b, 0) / positions.length : current.get(id);
    };
    const weights = new Map(layer.map(id => [id, weight(id)]));
    return [...layer].sort((a, b) => weights.get(a) - weights.get(b) || current.get(a) - current.get(b));
}

function indexOf(layers) {
    const index = new Map();
    layers.forEach(layer => layer.forEach((id, position) => index.set(id, position)));
    return index;
}

/** Barycentric sweeps down and up; answers the ordering with the fewest crossings seen. */
function reduceCrossings(layers, segments, maxSweeps) {
    const up = new Map();
    const down = new Map();
    for (const { from, to } of segments) {
        (up.get(to) || up.set(to, []).get(to)).push(from);
        (down.get(from) || down.set(from, []).get(from)).push(to);
    }
    let order = layers.map(layer => [...layer]);
    let best = { layers: order.map(layer => [...layer]), crossings: countCrossings(order, segments) };
    let stale = 0;
    for (let sweep = 0; sweep < maxSweeps && best.crossings > 0 && stale < 4; sweep += 1) {
        if (sweep % 2 === 0) {
            for (let l = 1; l < order.length; l += 1) {
                order[l] = orderByBarycentre(order[l], up, indexOf([order[l - 1]]));
            }
        } else {
            for (let l = order.length - 2; l >= 0; l -= 1) {
                order[l] = orderByBarycentre(order[l], down, indexOf([order[l + 1]]));
            }
        }
        const crossings = countCrossings(order, segments);
        if (crossings < best.crossings) {
            best = { layers: order.map(layer => [...layer]), crossings };
            stale = 0;
        } else {
            stale += 1;
        }
    }
    return best;
}

/**
 * Positions closest (least squares) to the wanted ones while keeping the order and a minimum
 * distance between neighbours: with x[i] = y[i] + offset[i], the y must not decrease, which is an
 * isotonic regression, solved exactly by pooling adjacent violators.
 */
function closestOrderedPositions(wanted, minDistance) {
    const offset = [0];
    for (let i = 1; i < wanted.length; i += 1) {
        offset.push(offset[i - 1] + minDistance[i - 1]);
    }
    const blocks = [];
    wanted.forEach((x, i) => {
        blocks.push({ sum: x - offset[i], count: 1 });
        while (blocks.length > 1) {
            const last = blocks[blocks.length - 1];
            const previous = blocks[blocks.length - 2];
            if (previous.sum / previous.count <= last.sum / last.count) {
                break;
            }
            blocks.pop();
            previous.sum += last.sum;
            previous.count += last.count;
        }
    });
    const result = [];
    for (const block of blocks) {
        for (let k = 0; k < block.count; k += 1) {
            result.push(block.sum / block.count + offset[result.length]);
        }
    }
    return result;
}

/** Centre x of every node: packed first, then pulled towards their neighbours, down and up. */
function assignCentres(layers, segments, widthOf, gapX) {
    const centre = new Map();
    for (const layer of layers) {
        let x = 0;
        for (const id of layer) {
            centre.set(id, x + widthOf(id) / 2);
            x += widthOf(id) + gapX;
        }
    }
    const up = new Map();
    const down = new Map();
    for (const { from, to } of segments) {
        (up.get(to) || up.set(to, []).get(to)).push(from);
        (down.get(from) || down.set(from, []).get(from)).push(to);
    }
    const mean = ids => ids.reduce((sum, id) => sum + centre.get(id), 0) / ids.length;
    const align = (layer, neighbours) => {
        const wanted = layer.map(id => {
            const near = [...(neighbours.get(id) || [])];
            return near.length ? mean(near) : centre.get(id);
        });
        const distance = layer.slice(1).map((id, i) => (widthOf(layer[i]) + widthOf(id)) / 2 + gapX);
        closestOrderedPositions(wanted, distance).forEach((x, i) => centre.set(layer[i], x));
    };
    for (let round = 0; round < 4; round += 1) {
        layers.forEach((layer, l) => l > 0 && align(layer, up));
        for (let l = layers.length - 2; l >= 0; l -= 1) {
            align(layers[l], down);
        }
    }
    // Finally let each node weigh both sides, so that a hub sits between what it joins.
    const both = new Map();
    for (const id of centre.keys()) {
        both.set(id, [...(up.get(id) || []), ...(down.get(id) || [])]);
    }
    layers.forEach(layer => align(layer, both));
    return centre;
}

/** Spreads the ends of a node's edges over the middle of its side, ordered by the other end's x. */
function spreadPorts(ends, centre, width) {
    const sorted = [...ends].sort((a, b) => centre.get(a.other) - centre.get(b.other));
    const span = width * 0.6;
    sorted.forEach((end, k) => {
        end.x = sorted.length === 1 ? centre.get(end.self)
            : centre.get(end.self) - span / 2 + (span * k) / (sorted.length - 1);
    });
}

/**
 * Lays out a directed acyclic graph top to bottom.
 * @param {{id: string, after: string[]}[]} nodes each node with the ids it comes after
 *        (its prerequisites); edges point from a prerequisite down to the node
 * @param {Partial<typeof DEFAULTS>} [options] sizes in pixels
 * @returns {{width: number, height: number, crossings: number, initialCrossings: number,
 *   nodes: {id: string, layer: number, order: number, x: number, y: number, width: number, height: number}[],
 *   edges: {from: string, to: string, points: {x: number, y: number}[]}[]}}
 *   x and y are the top left corner of a node; an edge's points run from the bottom of `from`
 *   through one point above and one below each crossed layer to the top of `to`.
 * @throws {GraphLayoutError} on a cycle, a duplicate id or an unknown prerequisite
 */
export function layeredLayout(nodes, options = {}) {
    const size = { ...DEFAULTS, ...options };
    const layerOf = longestPathLayers(nodes);
    const { layers: initial, segments, chains } = properGraph(nodes, layerOf);
    const initialCrossings = countCrossings(initial, segments);
    const { layers, crossings } = reduceCrossings(initial, segments, size.maxSweeps);
    const real = new Set(nodes.map(node => node.id));
    const widthOf = id => (real.has(id) ? size.nodeWidth : size.dummyWidth);
    const centre = assignCentres(layers, segments, widthOf, size.gapX);

    const left = Math.min(...[...centre].map(([id, x]) => x - widthOf(id) / 2));
    for (const [id, x] of centre) {
        centre.set(id, x - left + size.margin);
    }
    const top = layer => size.margin + layer * (size.nodeHeight + size.gapY);
    const order = indexOf(layers);

    // Port positions: where each edge leaves its source and enters its target.
    const outEnds = new Map();
    const inEnds = new Map();
    const laid = chains.map(chain => {
        const first = chain.via[0] || chain.to;
        const last = chain.via[chain.via.length - 1] || chain.from;
        const out = { self: chain.from, other: first };
        const into = { self: chain.to, other: last };
        (outEnds.get(chain.from) || outEnds.set(chain.from, []).get(chain.from)).push(out);
        (inEnds.get(chain.to) || inEnds.set(chain.to, []).get(chain.to)).push(into);
        return { chain, out, into };
    });
    for (const ends of [...outEnds.values(), ...inEnds.values()]) {
        spreadPorts(ends, centre, size.nodeWidth);
    }

    const edges = laid.map(({ chain, out, into }) => {
        const points = [{ x: out.x, y: top(layerOf.get(chain.from)) + size.nodeHeight }];
        for (const dummy of chain.via) {
            const y = top(layerOf.get(dummy));
            points.push({ x: centre.get(dummy), y }, { x: centre.get(dummy), y: y + size.nodeHeight });
        }
        points.push({ x: into.x, y: top(layerOf.get(chain.to)) });
        return { from: chain.from, to: chain.to, points };
    });
    const placed = nodes.map(node => ({
        id: node.id, layer: layerOf.get(node.id), order: order.get(node.id),
        x: centre.get(node.id) - size.nodeWidth / 2, y: top(layerOf.get(node.id)),
        width: size.nodeWidth, height: size.nodeHeight,
    }));
    const right = Math.max(0, ...[...centre].map(([id, x]) => x + widthOf(id) / 2));
    return {
        width: Math.ceil(right + size.margin),
        height: layers.length ? top(layers.length - 1) + size.nodeHeight + size.margin : 0,
        crossings, initialCrossings, nodes: placed, edges,
    };
}
