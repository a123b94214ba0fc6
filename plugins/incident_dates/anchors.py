"""Order dates that count from other incidents so that each anchor is resolved first."""

from __future__ import annotations

from collections.abc import Mapping


def order_by_anchors(
    anchors: Mapping[str, list[str]],
) -> tuple[list[str], list[list[str]]]:
    """Return the ids in an order where every anchor comes before what counts from it.

    `anchors` maps each id to the ids its date counts from (ids not in `anchors` are
    resolved already). Also return the cycles found, each as the ids around it, first id
    repeated at the end; ids on or behind a cycle are left out of the order. Iterative, so
    chains of any depth work.
    """
    order: list[str] = []
    state: dict[str, str] = {}  # "open" while on the path, "done" once placed
    cycles: list[list[str]] = []
    blocked: set[str] = set()
    for root in sorted(anchors):
        if root in state:
            continue
        path: list[str] = [root]
        pending = [iter(sorted(anchors.get(root, ())))]
        state[root] = "open"
        while pending:
            node = path[-1]
            child = next(pending[-1], None)
            if child is None:
                pending.pop()
                path.pop()
                state[node] = "done"
                if node in blocked:
                    continue
                if any(dependency in blocked for dependency in anchors.get(node, ())):
                    blocked.add(node)
                else:
                    order.append(node)
                continue
            if child not in anchors:
                continue
            if state.get(child) == "open":
                cycle = [*path[path.index(child) :], child]
                cycles.append(cycle)
                blocked.update(cycle)
                continue
            if state.get(child) == "done":
                continue
            state[child] = "open"
            path.append(child)
            pending.append(iter(sorted(anchors.get(child, ()))))
    return order, cycles
