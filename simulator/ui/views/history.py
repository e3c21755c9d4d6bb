"""History: past sessions with their scores, and each criterion's progress across sessions."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import pandas as pd

from ...schemas import Persona
from .text import humanize

if TYPE_CHECKING:
    from ...store import ProgressPoint, SessionRecord

SESSION_COLUMNS = ["When", "Persona", "Mode", "Turns", "Score", "Outcome", "Status"]


def when(moment: datetime, now: datetime | None = None) -> str:
    """A short local-ish timestamp: time today, else the date."""
    now = now or datetime.now(moment.tzinfo)
    local = moment.astimezone(now.tzinfo) if moment.tzinfo else moment
    return local.strftime("%H:%M today" if local.date() == now.date() else "%d %b %Y, %H:%M")


def persona_name(persona_id: str, personas: dict[str, Persona]) -> str:
    p = personas.get(persona_id)
    return p.name if p else persona_id


def sessions_frame(records: list[SessionRecord], personas: dict[str, Persona],
                   now: datetime | None = None) -> pd.DataFrame:
    rows = [
        [
            when(r.updated, now),
            persona_name(r.persona, personas),
            r.mode,
            r.turn_count,
            "" if r.overall is None else r.overall,
            "" if r.outcome is None else ("reached" if r.outcome else "not reached"),
            "in progress" if r.is_open else "ended",
        ]
        for r in records
    ]
    return pd.DataFrame(rows, columns=SESSION_COLUMNS)


def session_choices(records: list[SessionRecord], personas: dict[str, Persona],
                    now: datetime | None = None) -> list[tuple[str, str]]:
    """(label, id) for the session picker."""
    return [
        (
            f"{when(r.updated, now)} · {persona_name(r.persona, personas)} · "
            + (f"in progress, {r.turn_count} turns" if r.is_open else f"score {r.overall}"),
            r.id,
        )
        for r in records
    ]


def progress_frame(points: list[ProgressPoint], names: dict[str, str]) -> pd.DataFrame:
    """One row per (ended session, criterion), sessions numbered 1.. in the order they ended."""
    order: dict[str, int] = {}
    rows = []
    for p in points:
        number = order.setdefault(p.session_id, len(order) + 1)
        rows.append([number, names.get(p.criterion) or humanize(p.criterion), p.score])
    return pd.DataFrame(rows, columns=["session", "criterion", "score"])


def history_summary_html(records: list[SessionRecord]) -> str:
    if not records:
        return (
            '<div class="card muted">No sessions yet. Start a practice conversation and it will '
            "appear here, with your scores and progress over time.</div>"
        )
    ended = [r for r in records if not r.is_open]
    scores = [r.overall for r in ended if r.overall is not None]
    best = f" · best score {max(scores)}" if scores else ""
    reached = sum(1 for r in ended if r.outcome)
    return (
        f'<div class="card history-head">{plural(len(records), "session")} · {len(ended)} finished · '
        f"{plural(reached, 'outcome')} reached{best}</div>"
    )


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def progress_note_html(finished: int) -> str:
    """Stands in for the progress chart until there are two finished sessions to compare."""
    more = 2 - finished
    sessions = "session" if more == 1 else "sessions"
    return (
        '<div class="card muted"><h4>Progress per criterion</h4>'
        f"Finish {more} more {sessions} to see how each criterion moves over time.</div>"
    )
