"""What to practise next: the weakest criterion lately, and a persona that exercises it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ...schemas import Persona, Rubric
from .text import humanize


@dataclass(frozen=True)
class Score:
    """One criterion's score in one session (oldest sessions first when in a list)."""

    session_id: str
    criterion: str
    score: int


@dataclass(frozen=True)
class NextPractice:
    criterion: str
    criterion_name: str
    average: float
    sessions: int
    persona_id: str | None
    persona_name: str | None
    why: str


def weakest_criterion(scores: list[Score], recent: int = 5) -> tuple[str, float, int] | None:
    """(criterion, mean score, sessions counted) over the last `recent` sessions."""
    order: list[str] = []
    for s in scores:
        if s.session_id not in order:
            order.append(s.session_id)
    keep = set(order[-recent:])
    by_criterion: dict[str, list[int]] = defaultdict(list)
    for s in scores:
        if s.session_id in keep:
            by_criterion[s.criterion].append(s.score)
    if not by_criterion:
        return None
    criterion = min(by_criterion, key=lambda c: (sum(by_criterion[c]) / len(by_criterion[c]), c))
    values = by_criterion[criterion]
    return criterion, sum(values) / len(values), len(keep)


def persona_for(criterion: str, rubric: Rubric | None, personas: dict[str, Persona],
                avoid: str | None = None) -> Persona | None:
    """The persona who reacts most strongly to the flags behind `criterion`."""
    flags: set[str] = set()
    for c in rubric.criteria if rubric else []:
        if c.id == criterion:
            flags = set(c.raised_by) | set(c.lowered_by)
    candidates = [p for p in personas.values() if p.id != avoid] or list(personas.values())
    if not candidates:
        return None

    def weight(p: Persona) -> tuple[float, str]:
        return (sum(abs(p.sensitivities.get(f, 0.0)) for f in flags), p.id)

    return max(candidates, key=weight)


def recommend_next(scores: list[Score], personas: dict[str, Persona], rubric: Rubric | None,
                   names: dict[str, str], avoid: str | None = None,
                   recent: int = 5) -> NextPractice | None:
    """The criterion to work on next and who to work on it with; None with no scores yet."""
    weakest = weakest_criterion(scores, recent)
    if weakest is None:
        return None
    criterion, average, sessions = weakest
    persona = persona_for(criterion, rubric, personas, avoid)
    name = names.get(criterion) or humanize(criterion)
    span = "this session" if sessions == 1 else f"your last {sessions} sessions"
    why = f"{name} is your lowest score across {span} (average {round(average)})."
    if persona is not None:
        why += f" {persona.name} reacts strongly to it."
    return NextPractice(
        criterion=criterion, criterion_name=name, average=round(average, 1), sessions=sessions,
        persona_id=persona.id if persona else None, persona_name=persona.name if persona else None,
        why=why,
    )
