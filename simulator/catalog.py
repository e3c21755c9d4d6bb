"""Loads and validates the data files: personas/ and rubrics/. One error line per bad file."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .errors import DataFileError
from .schemas import Persona, Rubric

ROOT = Path(__file__).resolve().parent.parent
# libyaml's parser when PyYAML was built with it: about six times faster on the persona library.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
M = TypeVar("M", bound=BaseModel)


def data_dir(kind: str) -> Path:
    """Where `personas` or `rubrics` live: $RAPPORT_<KIND>_DIR, else the project's own folder."""
    override = os.environ.get(f"RAPPORT_{kind.upper()}_DIR")
    return Path(override) if override else ROOT / kind


def describe_validation_error(path: Path, err: ValidationError) -> str:
    """The first problem of a pydantic error as `file: field.path: message`."""
    first = err.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "(top level)"
    more = f" (and {err.error_count() - 1} more)" if err.error_count() > 1 else ""
    return f"{path}: {where}: {first['msg']}{more}"


def load_model(path: Path, model: type[M]) -> M:
    """Parse one YAML file into `model`, or raise DataFileError naming file and field."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 (a safe loader)
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise DataFileError(f"{path}: not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark else ""
        raise DataFileError(f"{path}:{line}: invalid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(raw, dict):
        raise DataFileError(f"{path}: expected a mapping at the top level")
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise DataFileError(describe_validation_error(path, exc)) from None


def load_persona_file(path: Path) -> Persona:
    persona = load_model(path, Persona)
    if persona.id != path.stem:
        raise DataFileError(f"{path}: id: '{persona.id}' must match the file name '{path.stem}'")
    return persona


@lru_cache(maxsize=8)
def load_personas(folder: Path | None = None) -> dict[str, Persona]:
    """All personas in a folder, by id. Raises on the first bad file."""
    folder = folder or data_dir("personas")
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise DataFileError(f"{folder}: no persona files (*.yaml) found")
    return {p.id: p for p in map(load_persona_file, files)}


def get_persona(persona_id: str, folder: Path | None = None) -> Persona:
    personas = load_personas(folder)
    if persona_id not in personas:
        known = ", ".join(sorted(personas))
        raise DataFileError(f"unknown persona '{persona_id}'; known: {known}")
    return personas[persona_id]


@lru_cache(maxsize=8)
def load_rubric(path: Path | None = None) -> Rubric:
    """The rubric (default: rubrics/rapport.yaml)."""
    return load_model(path or data_dir("rubrics") / "rapport.yaml", Rubric)


def validate_all() -> list[str]:
    """Every problem across personas/ and rubrics/, one line each (empty when all is well)."""
    problems: list[str] = []
    for path in sorted(data_dir("personas").glob("*.yaml")):
        try:
            load_persona_file(path)
        except DataFileError as exc:
            problems.append(str(exc))
    for path in sorted(data_dir("rubrics").glob("*.yaml")):
        try:
            load_model(path, Rubric)
        except DataFileError as exc:
            problems.append(str(exc))
    return problems
