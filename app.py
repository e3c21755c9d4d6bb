"""`python app.py`: the practice studio in your browser, on 127.0.0.1 unless told otherwise.

Flags win over environment variables: --host/RAPPORT_HOST, --port/RAPPORT_PORT,
--db/RAPPORT_DB (a database URL or a SQLite file path), --auth/RAPPORT_AUTH, plus the model
flags every talking command shares (--provider, --model, --base-url, --judge/RAPPORT_JUDGE).
"""

from __future__ import annotations

import argparse
import os
import sys

from simulator.errors import RapportError
from simulator.providers import add_model_arguments


def parse_auth(values: list[str]) -> list[tuple[str, str]]:
    """`user:pass` pairs (from repeated --auth, or comma-separated RAPPORT_AUTH)."""
    pairs = []
    for value in values:
        user, sep, password = value.partition(":")
        if not sep or not user or not password:
            raise RapportError(f"--auth expects user:password, got '{value}'")
        pairs.append((user, password))
    return pairs


def build_parser() -> argparse.ArgumentParser:
    env = os.environ.get
    parser = argparse.ArgumentParser(description="Rapport Studio: rehearse conversations in your browser.")
    parser.add_argument("--host", default=env("RAPPORT_HOST", "127.0.0.1"),
                        help="interface to bind (default 127.0.0.1; 0.0.0.0 exposes it to your network)")
    parser.add_argument("--port", type=int, default=int(env("RAPPORT_PORT", "7860")),
                        help="port to serve on (default 7860)")
    parser.add_argument("--db", default=env("RAPPORT_DB"),
                        help="database URL or SQLite file (default: rapport.db in your user data folder)")
    parser.add_argument("--auth", action="append", default=None, metavar="USER:PASS",
                        help="require login; repeat for several users (or RAPPORT_AUTH=u:p,u2:p2)")
    parser.add_argument("--quiet", action="store_true", help="do not print the startup banner")
    add_model_arguments(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no network calls at startup
    try:
        auth_values = args.auth or [v for v in os.environ.get("RAPPORT_AUTH", "").split(",") if v]
        auth = parse_auth(auth_values)
        from simulator.providers import engine_from_args, judge_from_args
        from simulator.ui import build_studio, launch

        judge = judge_from_args(args)  # --judge llm: the model's second opinion on each turn
        studio = build_studio(args.db, engine_from_args(args), judge=judge)
        studio.personas()  # fail now, with one line, if a persona file is broken
        print(f"Rapport Studio: http://{args.host}:{args.port}  (database: {studio.store.display_url})",
              flush=True)
        if judge is not None:
            print(f"LLM judge: {judge.model or 'on'} gives a second opinion on each turn; "
                  "the scores come from the rubric", flush=True)
        launch(studio, host=args.host, port=args.port, auth=auth, quiet=args.quiet)
    except RapportError as exc:
        print(f"app.py: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
