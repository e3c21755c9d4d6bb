"""Small, valid values for unit tests: a persona whose every line says where it came from."""

from __future__ import annotations

from typing import Any

from simulator.analysis import analyze_turn
from simulator.schemas import Persona, Signals, Turn, TurnContext

TOPICS = {
    "work": ["work", "job", "office"],
    "family": ["family", "father", "dad"],
    "city": ["city", "moved", "neighbourhood"],
    "music": ["music", "band", "guitar"],
    "food": ["food", "cooking", "restaurant"],
}
REACTIONS = ("interrogated", "overshared_at", "attacked", "acknowledged", "brushed_off", "advised",
             "rushed", "fallback")


def ladder_line(topic: str, depth: int, n: int) -> str:
    """The test persona's line: 'family, depth 3, #2.' says which rung it is."""
    return f"{topic}, depth {depth}, #{n}."


def make_persona(**overrides: Any) -> Persona:
    """A valid persona with five topics, two phrasings per rung and every reaction."""
    data: dict[str, Any] = {
        "id": "test-persona",
        "name": "Tess",
        "role": "a stranger at a meetup",
        "scenario": "networking",
        "difficulty": "easy",
        "setting": "A meetup.",
        "bio": "Tess moved to the city last year.",
        "voice": "Warm, brief.",
        "opening_line": "Hi, I'm Tess.",
        "baseline_trust": 0.3,
        "sensitivities": {
            "open_question": 0.05,
            "follow_up_question": 0.06,
            "complex_reflection": 0.08,
            "calibrated_disclosure": 0.07,
            "acknowledges_view": 0.08,
            "check_in": 0.05,
            "interview_style": -0.08,
            "question_stacking": -0.05,
            "oversharing": -0.1,
            "you_statement_attack": -0.2,
            "performative_listening": -0.06,
            "topic_switch": -0.04,
            "efficiency_rush": -0.1,
        },
        "topics": [
            {
                "id": topic,
                "name": f"my {topic}",
                "keywords": keywords,
                "ladder": {d: [ladder_line(topic, d, n) for n in (1, 2)] for d in range(5)},
            }
            for topic, keywords in TOPICS.items()
        ],
        "ask_back": ["And you, ask #1?", "And you, ask #2?", "And you, ask #3?"],
        "boundaries": ["Won't talk about money."],
        "reactions": {r: [f"[{r} #1]", f"[{r} #2]"] for r in REACTIONS},
        "outcome": {
            "id": "intro",
            "description": "Tess offers an introduction.",
            "lines": ["[outcome: I'll introduce you]"],
            "conditions": {
                "min_trust": 0.6,
                "min_openness": 2,
                "min_learner_turns": 3,
                "required_flags": ["follow_up_question"],
                "forbidden_recent_flags": ["you_statement_attack", "efficiency_rush"],
            },
        },
    }
    data.update(overrides)
    return Persona.model_validate(data)


def signals(*flags: str, depth: int = 0, questions: int | None = None) -> Signals:
    """Signals as the analysis would report them for a turn with these flags."""
    asks = {"open_question", "closed_question"} & set(flags)
    return Signals(
        flags=list(flags),
        disclosure_depth=depth,
        question_count=len(asks) if questions is None else questions,
    )


def analysed(text: str, *history: tuple[str, str]) -> Signals:
    """The analysis of a learner turn after (speaker, text) pairs: the shape every analysis example uses."""
    return analyze_turn(TurnContext(text=text, history=[Turn(speaker=who, text=said) for who, said in history]))


def flags(text: str, *history: tuple[str, str]) -> set[str]:
    """The flags the analysis finds on a learner turn after (speaker, text) pairs."""
    return set(analysed(text, *history).flags)
