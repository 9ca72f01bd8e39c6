"""Provenance: which rules, lexicons and models produced a record (`record["pipeline"]`).

Each stage of the pipeline is named with a version and a hash:

    {"stage": "entities", "version": "0.1.0", "hash": "5c1e0a9b27f4"}

The hash covers what decides the stage's output: the source of its own modules and of
every marsad module they import (rules, lexicons, text basics: the import closure, read
from the source), the model files those modules open (`models/NAME`), the stage's
named rules as they run now (`rules.fingerprint`: order, switched-off ones, the entries
of their lexicons), the stage's options (a `--ner-model` by its files' names, sizes and
config), and the versions of the libraries the closure imports (Babel's CLDR data,
hijridate, python-crfsuite ...). Two records whose stage hashes agree were produced by
the same rules; a changed lexicon, rule or model changes the hash of the stages that
use it. It is computed once per process, pipeline and set of switched-off rules (about
10 ms: files are read and hashed, not imported).
"""
from __future__ import annotations

import hashlib
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent
# What a stage's output may depend on: marsad modules outside these are not analysis code.
_ANALYSIS = ("marsad.annotators", "marsad.lexicons", "marsad.text", "marsad.rules", "marsad.pipeline",
             "marsad.document", "marsad.layers")
_FROM = re.compile(r"from\s+(\.+[\w.]*|[A-Za-z_][\w.]*)\s+import\s+(\([^)]*\)|[^\n#]+)")
_IMPORT = re.compile(r"import\s+([^\n#]+)")
_MODEL = re.compile(r"""["']models["']\s*(?:/|,)\s*["'](\w+)["']""")


def stage_names(pipeline: Any) -> list[str]:
    """The stage names of a record's `pipeline` field, in either shape (names, or provenance dicts)."""
    return [p["stage"] if isinstance(p, dict) else str(p) for p in pipeline or ()]


def summary(pipeline: Any) -> str:
    """A record's `pipeline` field on one line, for table columns: `paragraphs@0.1.0#8eae6dc28e36,...`
    (bare names for records made before provenance)."""
    return ",".join(f"{p['stage']}@{p.get('version', '')}#{p.get('hash', '')}" if isinstance(p, dict) else str(p)
                    for p in pipeline or ())


def describe(pipeline, options=None) -> list[dict[str, str]]:
    """The provenance of every stage of `pipeline` (a `marsad.pipeline.Pipeline`) run with `options`."""
    from .rules import switched_off
    key = (tuple(st.name for st in pipeline.stages), tuple(sorted(_stage_options(options).items())),
           switched_off())
    return [dict(entry) for entry in _described(pipeline, key)]


_CACHE: dict = {}


def _described(pipeline, key):
    if key not in _CACHE:
        from .version import __version__
        options = dict(key[1])
        _CACHE[key] = tuple({"stage": st.name, "version": st.version or __version__,
                             "hash": stage_hash(st, options)} for st in pipeline.stages)
    return _CACHE[key]


def _stage_options(options) -> dict[str, str]:
    return options.pipeline_options() if options is not None else {}


def stage_hash(stage, options: dict[str, str] | None = None) -> str:
    h = hashlib.blake2b(digest_size=6)
    module = getattr(stage.run, "__module__", None) or ""
    files = sorted(closure(module))
    for name in files:
        h.update(f"{name}={_file_digest(name)};".encode())
    models = {m for name in files if b"models" in _source(name)
              for m in _MODEL.findall(_source(name).decode("utf-8", "replace"))}
    for folder in sorted(models):
        h.update(_folder_digest(PACKAGE / "models" / folder).encode())
    from .rules import fingerprint
    h.update(fingerprint(stage.name).encode())
    for key, value in sorted((options or {}).items()):
        h.update(f"{key}={value}:{_model_identity(value)}".encode())
    for lib in sorted(_libraries(files)):
        h.update(f"{lib}={_version(lib)}".encode())
    return h.hexdigest()


# -- the import closure, read from the source --------------------------------------------
@lru_cache(maxsize=None)
def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = ["marsad", *path.relative_to(PACKAGE).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


@lru_cache(maxsize=None)
def _source(module: str) -> bytes:
    return _modules()[module].read_bytes()


@lru_cache(maxsize=None)
def _file_digest(module: str) -> str:
    return hashlib.blake2b(_source(module), digest_size=8).hexdigest()


@lru_cache(maxsize=None)
def _imports(module: str) -> tuple[frozenset[str], frozenset[str]]:
    """(marsad modules, other top-level names) a module imports, anywhere in its source."""
    modules = _modules()
    text = _source(module).decode("utf-8", "replace")
    package = module.split(".") if modules[module].name == "__init__.py" else module.split(".")[:-1]
    inside, outside = set(), set()
    froms, imports = [], []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "import" not in line:            # cheap: most lines are not imports
            continue
        stripped = line.lstrip()
        if stripped.startswith("from "):
            statement, j = stripped, i
            while "(" in statement and ")" not in statement and j + 1 < len(lines):
                j += 1
                statement += "\n" + lines[j]
            found = _FROM.match(statement)
            if found:
                froms.append(found.groups())
        elif stripped.startswith("import "):
            found = _IMPORT.match(stripped)
            if found:
                imports.append(found.group(1))
    for target, names in froms:
        if target.startswith("."):
            level = len(target) - len(target.lstrip("."))
            base = package[:len(package) - level + 1] if level > 1 else package
            target = ".".join(base + ([target.lstrip(".")] if target.lstrip(".") else []))
        if not target.startswith("marsad"):
            outside.add(target.split(".")[0])
            continue
        for name in re.split(r"[\s,()]+", names):
            name = name.split(" as ")[0].strip()
            if not name:
                continue
            sub = f"{target}.{name}"
            inside.add(sub if sub in modules else target)
    for names in imports:
        for name in names.split(","):
            name = name.split(" as ")[0].strip()
            (inside if name.startswith("marsad") else outside).add(name if name.startswith("marsad")
                                                                    else name.split(".")[0])
    return frozenset(m for m in inside if m in modules), frozenset(outside)


@lru_cache(maxsize=None)
def closure(module: str) -> frozenset[str]:
    """The analysis modules `module` imports, directly or not (itself included)."""
    if module not in _modules():
        return frozenset()
    seen, todo = set(), [module]
    while todo:
        current = todo.pop()
        if current in seen or not current.startswith(_ANALYSIS):
            continue
        seen.add(current)
        todo.extend(_imports(current)[0])
    return frozenset(seen)


def _libraries(files) -> set[str]:
    stdlib = sys.stdlib_module_names
    return {lib for name in files for lib in _imports(name)[1] if lib not in stdlib and lib != "__future__"}


_DISTRIBUTIONS = {"pycrfsuite": "python-crfsuite", "yaml": "PyYAML", "sklearn": "scikit-learn"}


def _version(module: str) -> str:
    """The installed version of a library, from its `NAME-VERSION.dist-info` folder's name (never by
    importing it; `importlib.metadata` costs tens of milliseconds to load and search)."""
    name = _DISTRIBUTIONS.get(module, module).lower().replace("-", "_")
    return _installed().get(name, "?")


@lru_cache(maxsize=1)
def _installed() -> dict[str, str]:
    import os
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for folder in names:
            if folder.endswith(".dist-info") and "-" in folder:
                dist, _, version = folder[: -len(".dist-info")].partition("-")
                found.setdefault(dist.lower().replace("-", "_").replace(".", "_"), version)
    return found


@lru_cache(maxsize=None)
def _folder_digest(folder: Path) -> str:
    h = hashlib.blake2b(digest_size=8)
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(path.relative_to(folder).as_posix().encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=None)
def _model_identity(value: str) -> str:
    """A model given by path: its files' names and sizes and its config (weights are not read:
    a BERT is hundreds of MB); by hub id: the id itself."""
    folder = Path(value)
    if not folder.is_dir():
        return value
    h = hashlib.blake2b(digest_size=8)
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        h.update(f"{path.relative_to(folder).as_posix()}:{path.stat().st_size};".encode())
        if path.name == "config.json":
            h.update(path.read_bytes())
    return h.hexdigest()
