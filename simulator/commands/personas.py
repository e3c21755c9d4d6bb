"""`rapport personas`: who there is to practise with, their scenario and difficulty."""

from __future__ import annotations

import argparse
import json

from ..catalog import load_personas
from ..schemas import Persona

DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}
ROLE_WIDTH = 60


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("personas", help="list the personas to practise with",
                       description="List the personas, with their scenario and difficulty.")
    p.add_argument("--json", action="store_true", help="print them as JSON, with setting and goal")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    personas = sorted(load_personas().values(), key=lambda p: (p.scenario, DIFFICULTY_ORDER[p.difficulty], p.id))
    if args.json:
        print(json.dumps([summary(p) for p in personas], indent=2, ensure_ascii=False))
        return 0
    print(table(personas))
    print("\npractise with: rapport practice --persona ID")
    return 0


def summary(persona: Persona) -> dict[str, str]:
    """What a learner needs to choose a persona: who, where, how hard, what to aim for."""
    return {
        "id": persona.id,
        "name": persona.name,
        "role": persona.role,
        "scenario": persona.scenario,
        "difficulty": persona.difficulty,
        "setting": persona.setting,
        "goal": persona.outcome.description,
    }


def table(personas: list[Persona]) -> str:
    """One aligned line per persona."""
    rows = [("ID", "SCENARIO", "DIFFICULTY", "WHO")]
    for p in personas:
        who = f"{p.name}: {p.role}"
        rows.append((p.id, p.scenario, p.difficulty, who if len(who) <= ROLE_WIDTH else who[: ROLE_WIDTH - 1] + "…"))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    return "\n".join(
        "  ".join([*(cell.ljust(w) for cell, w in zip(row[:3], widths)), row[3]]).rstrip() for row in rows
    )
