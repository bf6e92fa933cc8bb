"""Load (first): read the split YAML spec and bundle it into one OpenAPI document.

A relative `$ref` to `<file>#/<section>/<Name>` (a section of components:
schemas, responses, ...) becomes `#/components/<section>/<Name>`, and every
other entry of that file's sections joins the bundle too; refs to anything
else in other files (path items) are inlined. The files may lie anywhere a
$ref reaches; the root may hold components of its own. A source map remembers which
file and line every part of the bundle came from, so later stages can point
maintainers at the YAML they wrote rather than at the bundle.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .cache import Store
from .problems import Problem, Problems, SpecError, join, split

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SpecLoader(_Loader):  # type: ignore[misc]
    """Safe YAML without the implicit timestamp type: a date in an example must
    stay the string the author wrote, as it would in JSON."""


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Loader.yaml_implicit_resolvers.items()
}

COMPONENT_SECTIONS = ("schemas", "responses", "parameters", "requestBodies", "examples")


@dataclass
class SourceFile:
    path: str
    data: Any
    node: Any  # the YAML node tree, kept to find line numbers when a problem needs one
    _lines: dict[str, int] | None = None

    @property
    def lines(self) -> dict[str, int]:
        if self._lines is None:
            self._lines = {}
            if self.node is None:  # read from the cache: parse again, only to find lines
                self.node = _parse(self.path)[0]
            if self.node is not None:
                _line_map(self.node, "", self._lines)
        return self._lines

    def line_of(self, pointer: str) -> int:
        """Line of the node at `pointer`, or of its nearest ancestor present."""
        tokens = split(pointer)
        while tokens and join("", *tokens) not in self.lines:
            tokens.pop()
        return self.lines.get(join("", *tokens), 1)


@dataclass
class Bundle:
    """The bundled document plus what is needed to explain it."""

    document: dict[str, Any]
    root: str
    # bundle pointer prefix -> (file path, pointer prefix inside that file)
    origins: list[tuple[str, str, str]] = field(default_factory=list)
    files: dict[str, SourceFile] = field(default_factory=dict)
    # component key "schemas/Name" -> file it was defined in (relative to the spec folder)
    component_files: dict[str, str] = field(default_factory=dict)
    _widened: dict[str, Any] | None = None

    @property
    def widened(self) -> dict[str, Any]:
        """The document with server nulls allowed (see schemas.widen_nulls), computed once."""
        if self._widened is None:
            from .schemas import widen_nulls

            self._widened = widen_nulls(self.document)
        return self._widened

    def locate(self, pointer: str) -> str:
        """`file:line` of the YAML that produced this pointer of the bundle."""
        best: tuple[str, str, str] | None = None
        for prefix, path, inner in self.origins:
            if (pointer == prefix or pointer.startswith(prefix + "/")) and (
                best is None or len(prefix) > len(best[0])
            ):
                best = (prefix, path, inner)
        if best is None:
            return ""
        prefix, path, inner = best
        line = self.files[path].line_of(inner + pointer[len(prefix) :])
        return f"{_relative(path, self.root)}:{line}"


def _relative(path: str, root: str) -> str:
    """`path` as messages show it: relative to the folder of the root file."""
    return os.path.relpath(path, os.path.dirname(root) or ".")


def _line_map(node: yaml.Node, pointer: str, out: dict[str, int]) -> None:
    out[pointer] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            _line_map(value, join(pointer, key.value), out)
            out.setdefault(join(pointer, key.value), key.start_mark.line + 1)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _line_map(item, join(pointer, i), out)


def _parse(path: str) -> tuple[Any, Any]:
    with open(path, "rb") as fh:
        loader = _SpecLoader(fh)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    return node, data


_YAML_SALT = f"PyYAML {yaml.__version__}\0{Path(__file__).read_text(encoding='utf-8')}"


def read_yaml(path: str, cache: str | None = None) -> SourceFile:
    """One YAML file. With a cache, a file read before with the same bytes
    is unpickled rather than parsed (parsing is most of what loading costs)."""
    if not cache:
        node, data = _parse(path)
        return SourceFile(path, data, node)
    store = Store(cache, "yaml")
    # The parser and the loader's own code decide the result as much as the bytes do.
    name = hashlib.sha256(Path(path).read_bytes() + _YAML_SALT.encode()).hexdigest()
    stored = store.get(name)
    if stored is not None:
        try:
            return SourceFile(path, pickle.loads(stored), None)
        except (pickle.PickleError, EOFError):
            pass
    node, data = _parse(path)
    store.put(name, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    return SourceFile(path, data, node)


# What may hold a $ref; other values are copied as they are.
_NESTS = (dict, list)


def resolve_pointer(data: Any, pointer: str) -> Any:
    for token in split(pointer):
        if isinstance(data, list):
            data = data[int(token)]
        else:
            data = data[token]
    return data


class _Bundler:
    def __init__(self, root: str, cache: str | None = None):
        self.root = os.path.abspath(root)
        self.cache = cache
        self.problems = Problems()
        self.bundle = Bundle(document={}, root=self.root)
        self.components: dict[str, dict[str, Any]] = {}
        self.defined: dict[tuple[str, str], str] = {}  # (section, name) -> "file#pointer"
        self.inlining: set[tuple[str, str]] = set()  # (file, pointer) being inlined now

    def file(self, path: str) -> SourceFile | None:
        path = os.path.abspath(path)
        if path not in self.bundle.files:
            try:
                self.bundle.files[path] = read_yaml(path, self.cache)
            except FileNotFoundError:
                return None
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                line = f":{mark.line + 1}" if mark else ""
                raise SpecError([Problem("", f"not valid YAML: {exc}", f"{self.rel(path)}{line}")])
        return self.bundle.files[path]

    def rel(self, path: str) -> str:
        return _relative(path, self.root)

    def run(self) -> Bundle:
        root = self.file(self.root)
        if root is None:
            raise SpecError([Problem("", f"spec file not found: {self.root}")])
        if not isinstance(root.data, dict):
            raise SpecError([Problem("", "the root is not a mapping", f"{self.rel(self.root)}:1")])
        self.bundle.origins.append(("", self.root, ""))
        doc = self.walk(root.data, self.root, "", "")
        self.register_reached_components()
        components = doc.setdefault("components", {})
        if not isinstance(components, dict):
            raise SpecError(
                [
                    Problem(
                        "/components",
                        "components is not a mapping",
                        self.where(self.root, "/components"),
                    )
                ]
            )
        for section, entries in self.components.items():
            target = components.setdefault(section, {})
            if not isinstance(target, dict):
                self.problems.add(
                    join("/components", section),
                    f"{section} is not a mapping",
                    self.where(self.root, join("/components", section)),
                )
                continue
            for name in sorted(entries):
                if name in target:
                    self.problems.add(
                        join("/components", section, name),
                        f"{section} name {name!r} is defined twice: in the root and in "
                        f"{self.rel(self.defined[(section, name)].split('#')[0])}",
                        self.where(self.root, join("/components", section, name)),
                    )
                target[name] = entries[name]
        self.check_local_refs(doc, "", doc)
        self.problems.raise_if_any()
        self.bundle.document = doc
        return self.bundle

    def walk(self, node: Any, path: str, inner: str, outer: str) -> Any:
        """A copy of `node` (found at `inner` in file `path`, placed at `outer`
        in the bundle) with its refs rewritten; `node` itself is not changed."""
        if isinstance(node, list):
            return [
                self.walk(v, path, join(inner, i), join(outer, i)) if isinstance(v, _NESTS) else v
                for i, v in enumerate(node)
            ]
        if not isinstance(node, dict):
            return node
        if isinstance(node.get("$ref"), str):
            replaced = self.ref(node["$ref"], path, inner, outer)
            rest = {
                k: (
                    self.walk(v, path, join(inner, k), join(outer, k))
                    if isinstance(v, _NESTS)
                    else v
                )
                for k, v in node.items()
                if k != "$ref"
            }
            if not isinstance(replaced, dict):
                self.problems.add(
                    join(outer, "$ref"),
                    f"$ref points at a {type(replaced).__name__}, not an object: {node['$ref']}",
                    self.where(path, inner),
                )
                return node
            if "$ref" in replaced:
                return {"$ref": replaced["$ref"], **rest}
            return {**replaced, **rest}
        # Pointers are made only for what may hold a $ref: most values are scalars.
        return {
            k: self.walk(v, path, join(inner, k), join(outer, k)) if isinstance(v, _NESTS) else v
            for k, v in node.items()
        }

    def ref(self, ref: str, path: str, inner: str, outer: str) -> Any:
        target_file, _, pointer = ref.partition("#")
        target_path = (
            os.path.normpath(os.path.join(os.path.dirname(path), target_file))
            if target_file
            else path
        )
        tokens = split(pointer)
        is_component = (
            target_path != self.root and len(tokens) == 2 and tokens[0] in COMPONENT_SECTIONS
        )
        if target_path == self.root and not target_file:
            return {"$ref": ref}
        source = self.file(target_path)
        if source is None:
            self.problems.add(
                join(outer, "$ref"), f"$ref to a missing file: {ref}", self.where(path, inner)
            )
            return {"$ref": ref}
        try:
            target = resolve_pointer(source.data, pointer)
        except (KeyError, IndexError, ValueError, TypeError):
            self.problems.add(
                join(outer, "$ref"), f"$ref does not resolve: {ref}", self.where(path, inner)
            )
            return {"$ref": ref}
        if not is_component:
            inlined = (target_path, pointer)
            if inlined in self.inlining:
                self.problems.add(
                    join(outer, "$ref"), f"$ref includes itself: {ref}", self.where(path, inner)
                )
                return {"$ref": ref}
            self.inlining.add(inlined)
            self.bundle.origins.append((outer, target_path, pointer))
            try:
                return self.walk(target, target_path, pointer, outer)
            finally:
                self.inlining.discard(inlined)
        section, name = tokens
        key = (section, name)
        origin = f"{target_path}#{pointer}"
        if key in self.defined:
            if self.defined[key] != origin:
                first = self.defined[key]
                self.problems.add(
                    join("/components", section, name),
                    f"{section} name {name!r} is defined twice: {self.rel(first.split('#')[0])} and "
                    f"{self.rel(target_path)}; names must be unique across components files",
                    self.where(target_path, pointer),
                )
        else:
            self.defined[key] = origin
            bundle_pointer = join("/components", section, name)
            self.bundle.origins.append((bundle_pointer, target_path, pointer))
            self.bundle.component_files[f"{section}/{name}"] = self.rel(target_path)
            self.components.setdefault(section, {})[name] = self.walk(
                target, target_path, pointer, bundle_pointer
            )
        return {"$ref": f"#/components/{section}/{name}"}

    def where(self, path: str, inner: str) -> str:
        source = self.bundle.files.get(os.path.abspath(path))
        return f"{self.rel(path)}:{source.line_of(inner) if source else 1}"

    def register_reached_components(self) -> None:
        """Schemas that no operation references yet still belong in the bundle
        (webhook payloads, shared types): register every entry of the
        component sections of every file a $ref reached, wherever it lies."""
        done = {self.root}
        while todo := sorted(set(self.bundle.files) - done):
            for path in todo:
                done.add(path)
                data = self.bundle.files[path].data
                if not isinstance(data, dict):
                    continue
                for section in COMPONENT_SECTIONS:
                    entries = data.get(section)
                    if isinstance(entries, dict):
                        for entry in sorted(map(str, entries)):
                            ref = os.path.basename(path) + "#" + join("", section, entry)
                            self.ref(ref, path, join("", section, entry), "")

    def check_local_refs(self, node: Any, pointer: str, doc: dict[str, Any]) -> None:
        """Every `#/...` ref of the bundle resolves: a dangling one is a
        located problem here, not a failure of some later stage."""
        if isinstance(node, list):
            for i, value in enumerate(node):
                if isinstance(value, _NESTS):
                    self.check_local_refs(value, join(pointer, i), doc)
        elif isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#"):
                try:
                    resolve_pointer(doc, ref[1:])
                except (KeyError, IndexError, ValueError, TypeError):
                    at = join(pointer, "$ref")
                    self.problems.add(at, f"$ref does not resolve: {ref}", self.bundle.locate(at))
            for key, value in node.items():
                if key != "$ref" and isinstance(value, _NESTS):
                    self.check_local_refs(value, join(pointer, key), doc)


def bundle(root: str, cache: str | None = None) -> Bundle:
    """Read `root` and everything it references; raise SpecError on problems."""
    return _Bundler(root, cache).run()
