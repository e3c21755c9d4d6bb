"""The signals of one learner turn in its context. (Temporary stub: being written.)"""

from __future__ import annotations

from ..schemas import Signals, TurnContext


def analyze_turn(ctx: TurnContext) -> Signals:
    text = ctx.text
    flags = []
    if "?" in text:
        flags.append("open_question" if text.lower().startswith(("what", "how", "why")) else "closed_question")
    return Signals(flags=flags, word_count=len(text.split()), question_count=text.count("?"))
