"""Conversation-level metrics: who talked, how they asked, how they listened and shared."""

from __future__ import annotations

from .analysis import disclosure
from .analysis.text import word_count
from .schemas import Signals, Transcript


# Plain words for each metric, for every face that shows them (terminal report, studio).
METRIC_LABELS = {
    "learner_talk_share": "Your share of the talking",
    "open_question_rate": "Open questions, of all you asked",
    "follow_up_rate": "Follow-ups, of all you asked",
    "reflection_to_question_ratio": "Reflections per question",
    "disclosure_balance": "Disclosure balance (you minus them; 0 = mutual)",
    "questions_per_turn": "Questions per turn",
}


def _ratio(a: float, b: float) -> float:
    return round(a / b, 3) if b else 0.0


def conversation_metrics(transcript: Transcript, signals: list[Signals]) -> dict[str, float]:
    """Talk share, open-question rate, follow-up rate, reflection-to-question ratio and
    disclosure balance (learner's mean depth minus the partner's; 0 is mutual)."""
    learner_words = sum(word_count(t.text) for t in transcript.turns if t.speaker == "user")
    all_words = sum(word_count(t.text) for t in transcript.turns)
    asking = [s for s in signals if s.question_count]
    open_q = sum(s.has("open_question") for s in asking)
    follow = sum(s.has("follow_up_question") for s in asking)
    reflections = sum(s.has("simple_reflection") or s.has("complex_reflection") for s in signals)
    partner_depths = [disclosure.depth(t.text) for t in transcript.turns if t.speaker == "partner"]
    learner_depths = [s.disclosure_depth for s in signals]
    mean = lambda xs: sum(xs) / len(xs) if xs else 0.0  # noqa: E731
    return {
        "learner_talk_share": _ratio(learner_words, all_words),
        "open_question_rate": _ratio(open_q, len(asking)),
        "follow_up_rate": _ratio(follow, len(asking)),
        "reflection_to_question_ratio": _ratio(reflections, sum(s.question_count for s in signals)),
        "disclosure_balance": round(mean(learner_depths) - mean(partner_depths), 3) if partner_depths else 0.0,
        "questions_per_turn": _ratio(sum(s.question_count for s in signals), len(signals)),
    }
