"""`rapport practice`: talk with a persona in the terminal, or play a script of learner turns.

Live: the persona's reply as it streams, a one-line feedback, a trust meter; `/report` and
`/quit`. With `--script FILE --json`: the whole session as JSON, for automation.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..catalog import get_persona
from ..debrief import DebriefItem, debrief
from ..errors import InputError, ModelError
from ..providers import add_model_arguments, engine_from_args, judge_from_args
from ..schemas import Report, State, TurnReport
from ..session import Session, check_message

COMMANDS_HELP = "/report the conversation so far · /undo take back your last turn · /quit end and debrief"
METER_WIDTH = 10
FEEDBACK_WIDTH = 150


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "practice",
        help="practise a conversation with a persona",
        description="Talk with a persona whose trust moves with what you do; feedback on every turn.",
    )
    p.add_argument("--persona", required=True, metavar="ID", help="who to talk to (see `rapport personas`)")
    p.add_argument("--script", type=Path, metavar="FILE", help="play these learner turns, one per line")
    p.add_argument("--json", action="store_true", help="with --script: print the session as JSON")
    p.add_argument("--seed", type=int, default=0, help="makes the persona's replies reproducible")
    add_model_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    persona = get_persona(args.persona)
    if args.json and args.script is None:
        raise InputError("--json needs --script FILE (the learner turns to play)")
    lines = read_script(args.script) if args.script is not None else None
    engine = engine_from_args(args)  # says once if offline
    session = Session(persona, engine, seed=args.seed, judge=judge_from_args(args))
    if lines is None:
        converse(session, read=input)
    elif args.json:
        for line in lines:
            session.play(line)
        print(json.dumps(session_json(session), indent=2, ensure_ascii=False))
    else:
        converse(session, read=_echo(iter(lines)))
    return 0


def read_script(path: Path) -> list[str]:
    """The learner turns of a script file, one per non-blank line, each a valid message."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, expected a file of learner turns") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None
    lines = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                lines.append(check_message(line))
            except InputError as exc:
                raise InputError(f"{path}: line {n}: {exc}") from None
    if not lines:
        raise InputError(f"{path}: no learner turns (one per line expected)")
    return lines


# --- live conversation ------------------------------------------------------------------


def converse(session: Session, read: Callable[[str], str]) -> None:
    """The terminal loop: read a turn or a command, reply, score; the debrief at the end."""
    persona = session.persona
    print(f"{persona.name}, {persona.role} ({persona.scenario}, {persona.difficulty})")
    print(f"{persona.setting}\nGoal: {persona.outcome.description}\n{COMMANDS_HELP}\n")
    print(f"{_first_name(persona.name)}: {persona.opening_line}")
    print(f"  {meter(session.state)}")
    while True:
        try:
            text = read("you › ")
        except (EOFError, KeyboardInterrupt):
            print()
            break
        command = text.strip()
        if command == "/quit":
            break
        if command == "/report":
            print(format_report(session.report()))
        elif command == "/undo":
            taken = session.undo_last()
            print(f"  (taken back: {taken})" if taken else "  (nothing to take back)")
        elif command.startswith("/") and " " not in command:
            print(f"rapport: unknown command {command}; {COMMANDS_HELP}", file=sys.stderr)
        else:
            take_turn(session, text)
    print(format_debrief(_first_name(persona.name), debrief(session)))


def take_turn(session: Session, text: str) -> None:
    """One learner turn: stream the reply, then the feedback and the meter. A message that
    cannot be used, or a model that fails, costs one line and nothing else."""
    name = _first_name(session.persona.name)
    started = False
    try:
        for chunk in session.stream(text):
            if not started:
                print(f"{name}: ", end="", flush=True)
                started = True
            print(chunk, end="", flush=True)
    except (InputError, ModelError) as exc:
        if started:
            print()
        print(f"rapport: {exc}", file=sys.stderr)
        return
    print()
    result = session.results[-1]
    print(f"  {feedback_line(result.report)}")
    print(f"  {meter(result.state)}")
    if result.state.outcome_reached and not session.states[-2].outcome_reached:
        print(f"  ★ outcome reached: {session.persona.outcome.description}")


def meter(state: State) -> str:
    """`trust ▮▮▮▮▯▯▯▯▯▯ 0.42 (+0.06) openness 2`"""
    filled = round(state.trust * METER_WIDTH)
    bar = "▮" * filled + "▯" * (METER_WIDTH - filled)
    return f"trust {bar} {state.trust:.2f} ({state.delta:+.2f}) openness {state.openness}"


def feedback_line(report: TurnReport) -> str:
    """The turn's score, what worked and the one thing to try next, on one line."""
    parts = [f"score {report.overall}"]
    strengths = [f.criterion_name for f in report.feedback if f.kind == "strength"]
    if strengths:
        parts.append("✓ " + ", ".join(dict.fromkeys(strengths)))
    tip = next((f for f in report.feedback if f.kind == "try_next"), None)
    if tip:
        parts.append(f"→ {tip.criterion_name}: {_first_clause(tip.message)}")
    line = " · ".join(parts)
    return line if len(line) <= FEEDBACK_WIDTH else line[: FEEDBACK_WIDTH - 1] + "…"


def format_report(report: Report) -> str:
    """The conversation so far, scored as a pasted transcript would be."""
    s = report.summary
    if not s.learner_turns:
        return "  (no turns yet: say something first)"
    lines = [f"  overall {s.overall} over {s.learner_turns} turn(s)"]
    lines += [f"    {name}: {score}" for name, score in s.criterion_scores.items()]
    for r in s.revisit:
        lines.append(f"  revisit turn {r.index}: \"{r.text}\"\n    {r.why}")
        if r.rewrite:
            lines.append(f"    try: {r.rewrite}")
    return "\n".join(lines)


def format_debrief(name: str, items: list[DebriefItem]) -> str:
    """The persona's side of the story, as printed when the practice ends."""
    if not items:
        return f"\n{name}'s side: nothing you said moved me much either way."
    lines = [f"\n{name}'s side of the story:"]
    lines += [f"  turn {i.turn} ({i.delta:+.2f}): {i.text}" for i in items]
    return "\n".join(lines)


def _first_name(name: str) -> str:
    return name.split()[0]


def _first_clause(message: str) -> str:
    for stop in (";", ". ", " - "):
        message = message.split(stop)[0]
    return message.rstrip(".")


def _echo(lines: Iterator[str]) -> Callable[[str], str]:
    """A `read` that plays script lines, echoing them as if typed."""

    def read(prompt: str) -> str:
        line = next(lines, None)
        if line is None:
            raise EOFError
        print(f"{prompt}{line}")
        return line

    return read


# --- JSON for automation ----------------------------------------------------------------


def session_json(session: Session) -> dict[str, Any]:
    """The transcript, per-turn scores and state, the final state, the outcome, the debrief."""
    persona = session.persona
    reached_at = next((r.index for r in session.results if r.state.outcome_reached), None)
    return {
        "persona": persona.id,
        "scenario": persona.scenario,
        "engine": session.engine.name,
        "model": session.engine.model,
        "seed": session.seed,
        "transcript": [t.model_dump() for t in session.turns],
        "turns": [
            {
                "index": r.index,
                "learner": r.learner,
                "reply": r.reply,
                "engine": r.engine,
                "model": r.model,
                "flags": r.report.flags,
                "scores": r.report.scores,
                "overall": r.report.overall,
                "disclosure_depth": r.report.disclosure_depth,
                "feedback": [f.model_dump() for f in r.report.feedback],
                "state": r.state.model_dump(),
                "second_opinion": r.second_opinion,
                "judge_error": r.judge_error,
            }
            for r in session.results
        ],
        "initial_state": session.states[0].model_dump(),
        "final_state": session.state.model_dump(),
        "outcome": {
            "id": persona.outcome.id,
            "description": persona.outcome.description,
            "reached": session.state.outcome_reached,
            "index": reached_at,
        },
        "summary": session.report().summary.model_dump(),
        "debrief": [item.model_dump() for item in debrief(session)],
        "usage": usage.model_dump() if (usage := session.usage()) else None,
    }
