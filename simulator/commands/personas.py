"""`rapport personas` (placeholder until its issue lands)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("personas", help="(not yet available)")
    p.set_defaults(func=lambda args: 0)
