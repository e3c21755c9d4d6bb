"""`rapport schema`: write the JSON Schemas of the data files (generated, never hand-written)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..schemas import Persona, Rubric

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "data"
MODELS = {"persona": Persona, "rubric": Rubric}


def schema_text(name: str) -> str:
    return json.dumps(MODELS[name].model_json_schema(by_alias=True), indent=2) + "\n"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("schema", help="regenerate the JSON Schemas editors use for personas/ and rubrics/")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    SCHEMA_DIR.mkdir(exist_ok=True)
    for name in MODELS:
        path = SCHEMA_DIR / f"{name}.schema.json"
        path.write_text(schema_text(name), encoding="utf-8")
        print(f"wrote {path}")
    return 0
