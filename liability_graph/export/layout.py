"""Node positions computed in Python, so the browser draws large graphs without physics.

A force-directed layout (Fruchterman-Reingold forces) in which the all-pairs repulsion is
computed on a grid, particle-mesh style: node density is binned, convolved with the
repulsion kernel by FFT, and read back at each node. One iteration costs O(nodes + links +
grid log grid) instead of O(nodes²), so 20,000 nodes and 80,000 links take seconds
(networkx's spring_layout needs minutes there: bench/html.py compares them). Graph
structure (components, degrees) comes from networkx; the same input always gives the
same positions.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import networkx as nx

try:
    import numpy as np
except ImportError:  # pragma: no cover - numpy comes with the html extra
    np = None  # type: ignore[assignment]

#: Ideal distance between linked nodes, in vis-network's canvas units.
EDGE_LENGTH = 90.0
#: Pull towards the centre: with repulsion k²/r from n nodes it holds the drawing in a disc
#: of about sqrt(n) * k, so lone nodes stay near the rest instead of drifting away.
GRAVITY = 1.0


def spring_positions(
    count: int,
    edges: Sequence[tuple[int, int]],
    *,
    iterations: int = 60,
    seed: int = 7,
) -> list[tuple[float, float]]:
    """Positions for nodes 0..count-1 linked by `edges` (index pairs), centred on 0,0."""
    if count == 0:
        return []
    if np is None:
        return _circle(count)
    graph = nx.Graph()
    graph.add_nodes_from(range(count))
    graph.add_edges_from((a, b) for a, b in edges if a != b)
    rng = np.random.default_rng(seed)
    pos = _initial(graph, rng)
    pairs = np.array([(a, b) for a, b in graph.edges()], dtype=np.int64).reshape(-1, 2)
    k = 1.0
    extent = math.sqrt(count) * k
    temperature = extent / 4
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        centre = pos.mean(axis=0)
        force = _repulsion(pos, k) + _attraction(pos, pairs, k) - (pos - centre) * GRAVITY
        length = np.hypot(force[:, 0], force[:, 1])
        scale = np.minimum(1.0, temperature / np.maximum(length, 1e-9))
        pos += force * scale[:, None]
        temperature = max(temperature - cooling, extent / 200)
    pos -= pos.mean(axis=0)
    pos *= EDGE_LENGTH / k
    return [(round(float(x), 1), round(float(y), 1)) for x, y in pos]


def _circle(count: int) -> list[tuple[float, float]]:
    radius = EDGE_LENGTH * max(1.0, count / (2 * math.pi))
    return [
        (round(radius * math.cos(2 * math.pi * i / count), 1),
         round(radius * math.sin(2 * math.pi * i / count), 1))
        for i in range(count)
    ]  # fmt: skip


def _initial(graph: nx.Graph, rng) -> np.ndarray:
    """Components side by side, largest first, each a random disc of its own size; nodes of a
    component start near a neighbour already placed (breadth-first), which untangles faster."""
    count = graph.number_of_nodes()
    pos = np.zeros((count, 2))
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    cursor_x, row_y, row_height = 0.0, 0.0, 0.0
    row_width = math.sqrt(count) * 2.0
    for component in components:
        radius = math.sqrt(len(component)) * 0.8
        if cursor_x + 2 * radius > row_width and cursor_x > 0:
            cursor_x, row_y = 0.0, row_y + row_height + 1.0
            row_height = 0.0
        centre = np.array([cursor_x + radius, row_y + radius])
        start = min(component)
        pos[start] = centre
        for parent, child in nx.bfs_edges(graph, start):
            pos[child] = pos[parent] + rng.normal(0, 0.5, 2)
        cursor_x += 2 * radius + 1.0
        row_height = max(row_height, 2 * radius)
    return pos


def _attraction(pos: np.ndarray, pairs: np.ndarray, k: float) -> np.ndarray:
    force = np.zeros_like(pos)
    if len(pairs) == 0:
        return force
    delta = pos[pairs[:, 1]] - pos[pairs[:, 0]]
    distance = np.hypot(delta[:, 0], delta[:, 1])
    count = len(pos)
    for axis in (0, 1):
        pull = delta[:, axis] * distance / k
        force[:, axis] = np.bincount(pairs[:, 0], pull, count) - np.bincount(
            pairs[:, 1], pull, count
        )
    return force


def _repulsion(pos: np.ndarray, k: float) -> np.ndarray:
    """k²/r repulsion from every other node, through a density grid and an FFT convolution."""
    count = len(pos)
    size = int(min(256, max(16, 2 ** math.ceil(math.log2(math.sqrt(count) * 1.5)))))
    low = pos.min(axis=0) - 1e-6
    span = float(max((pos.max(axis=0) - low).max(), 1e-3)) * (1 + 1e-6)
    cell = span / size
    index = np.minimum(((pos - low) / cell).astype(np.int64), size - 1)
    flat = index[:, 0] * size + index[:, 1]
    density = np.bincount(flat, minlength=size * size).reshape(size, size).astype(float)
    kernel_x, kernel_y = _unit_kernels(size)
    padded = np.zeros((2 * size, 2 * size))
    padded[:size, :size] = density
    spectrum = np.fft.rfft2(padded)
    scale = k * k / cell  # the kernels are in grid units: offsets scale by the cell size
    field_x = np.fft.irfft2(spectrum * kernel_x, s=padded.shape)[:size, :size] * scale
    field_y = np.fft.irfft2(spectrum * kernel_y, s=padded.shape)[:size, :size] * scale
    force = np.stack([field_x[index[:, 0], index[:, 1]], field_y[index[:, 0], index[:, 1]]], 1)
    # nodes sharing a cell push each other apart a little, by their offset inside it
    within = (pos - low) / cell - index - 0.5
    crowd = density[index[:, 0], index[:, 1]] - 1
    return force + within * crowd[:, None] * k


_KERNELS: dict[int, tuple] = {}


def _unit_kernels(size: int) -> tuple:
    """FFTs of the repulsion kernel d/|d|² on a (2 size)² grid of unit cells (cached)."""
    if size not in _KERNELS:
        offsets = np.arange(-size, size, dtype=float)
        dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
        r2 = dx * dx + dy * dy
        r2[size, size] = np.inf  # no force on a node from its own cell's centre
        r2 = np.maximum(r2, 0.25)
        _KERNELS[size] = (
            np.fft.rfft2(np.fft.ifftshift(dx / r2)),
            np.fft.rfft2(np.fft.ifftshift(dy / r2)),
        )
    return _KERNELS[size]
