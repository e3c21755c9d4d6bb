"""Signals -> flags, criterion scores, feedback. (Temporary stub: being written.)"""

from __future__ import annotations

from .analysis import analyze_turn
from .schemas import Report, Rubric, Signals, Summary, Transcript, TurnContext, TurnReport


def score_turn(ctx: TurnContext, signals: Signals, index: int, rubric: Rubric | None = None) -> TurnReport:
    return TurnReport(index=index, text=ctx.text, flags=signals.flags, scores={"curiosity": 50},
                      feedback=[], disclosure_depth=signals.disclosure_depth, overall=50)


def score_transcript(transcript: Transcript, rubric: Rubric | None = None) -> Report:
    turns = []
    for i, t in enumerate(transcript.turns):
        if t.speaker == "user":
            ctx = TurnContext(text=t.text, history=transcript.turns[:i])
            turns.append(score_turn(ctx, analyze_turn(ctx), i, rubric))
    return Report(turns=turns, summary=Summary(learner_turns=len(turns), criterion_scores={}, overall=50,
                                               metrics={}, flag_counts={}, revisit=[]))
