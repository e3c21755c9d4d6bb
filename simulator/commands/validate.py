"""`rapport validate`: check every persona and rubric file, one line per problem."""

from __future__ import annotations

import argparse
import sys

from ..catalog import validate_all


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("validate", help="check the persona and rubric files")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    problems = validate_all()
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        return 2
    print("all persona and rubric files are valid")
    return 0
