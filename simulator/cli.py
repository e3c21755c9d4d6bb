"""The `rapport` command: a thin edge that turns user-fixable errors into one line, exit 2."""

from __future__ import annotations

import argparse
import importlib
import sys

from .errors import RapportError

# Subcommand modules under simulator/commands, in the order `--help` lists them.
COMMANDS = ("practice", "personas", "score", "doctor", "validate", "schema")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rapport",
        description="Rehearse conversations with a persona and get grounded feedback on every turn.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"simulator.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except RapportError as exc:
        print(f"rapport: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
