"""Topological sorting of a graph of hashable nodes (TopologicalSorter), one batch of ready nodes
at a time or as a static order. Written for pyvm from the documented behaviour of Python 3.13.

Nodes are kept in the order they were first seen; a node becomes ready when all of its
predecessors are done, and ready nodes come out in the order they became ready."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# A node's state: the number of predecessors not done yet (>= 0), or one of these.
_PASSED_OUT = -1
_DONE = -2


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle: args[1] is the cycle, as a list of nodes
    whose first and last elements are the same node."""
    pass


class _Node:
    __slots__ = ("pending", "successors")

    def __init__(self):
        self.pending = 0
        self.successors = []


class TopologicalSorter:
    """Topologically sort a graph given as {node: iterable of its predecessors}, or built with add()."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None          # None until prepare()
        self._passed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node()
        return info

    def add(self, node, *predecessors):
        """Add node, and an edge to it from each of predecessors (which are added too)."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._info(node).pending += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Mark the graph finished; raise CycleError if it has a cycle."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [node for node, info in self._nodes.items() if info.pending == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """Return a tuple of the nodes whose predecessors are all done (each node only once)."""
        self._check_prepared()
        ready = tuple(self._ready)
        for node in ready:
            self._nodes[node].pending = _PASSED_OUT
        self._ready.clear()
        self._passed_out += len(ready)
        return ready

    def is_active(self):
        """True while there are nodes ready or passed out but not done."""
        self._check_prepared()
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes (returned by get_ready()) as processed: their successors may become ready."""
        self._check_prepared()
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.pending != _PASSED_OUT:
                if info.pending >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.pending = _DONE
            for successor in info.successors:
                succ = self._nodes[successor]
                succ.pending -= 1
                if succ.pending == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _find_cycle(self):
        # Depth-first search along successor edges; an edge back to a node on the current path closes
        # a cycle, which is that path from the node on.
        seen = set()
        for start in self._nodes:
            if start in seen:
                continue
            seen.add(start)
            path = [start]
            position = {start: 0}
            pending = [iter(self._nodes[start].successors)]
            while pending:
                for nxt in pending[-1]:
                    if nxt in position:
                        return path[position[nxt]:] + [nxt]
                    if nxt not in seen:
                        seen.add(nxt)
                        position[nxt] = len(path)
                        path.append(nxt)
                        pending.append(iter(self._nodes[nxt].successors))
                        break
                else:
                    del position[path.pop()]
                    pending.pop()
        return None

    def static_order(self):
        """Yield every node in a topological order (prepare() is called first)."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)
