"""Signals -> per-criterion scores and feedback with evidence, a rewrite and a citation.

Pure functions over the rubric data (rubrics/rapport.yaml): the analysis finds the flags,
this module weighs them and explains them. Scores never depend on an engine or a UI.
"""

from __future__ import annotations

import re

from .analysis import analyze_turn
from .analysis.text import raw_sentences
from .catalog import load_rubric
from .metrics import conversation_metrics
from .phrasing import fitting_question, mention, you_clause
from .schemas import (
    Feedback,
    FeedbackTemplate,
    Report,
    Revisit,
    Rubric,
    Signals,
    Summary,
    Transcript,
    TurnContext,
    TurnReport,
)

BASE_SCORE = 50

def fill_rewrite(template: FeedbackTemplate, ctx: TurnContext, signals: Signals) -> str | None:
    """The template's rewrite with the partner's own words (and the learner's) filled in."""
    if template.rewrite is None:
        return None
    their = signals.partner_anchor
    if not their and re.search(r"\{(?:mention|Mention|you_words|their_words|ask|Ask)\}", template.rewrite):
        return None  # no words of theirs to build on: no rewrite beats a made-up "you said that"
    you_words = you_clause(their) if their else None
    said = mention(their)
    sents = raw_sentences(ctx.text)
    questions = [s for s in sents if s.endswith("?")]
    values = {
        "their_words": their or "what they said",
        "you_words": you_words or "that",
        "mention": said,
        "Mention": said[:1].upper() + said[1:],
        "ask": (ask := fitting_question(their)),
        "Ask": ask[:1].upper() + ask[1:],
        "first_question": questions[0] if questions else (sents[0] if sents else ctx.text[:120]),
        "first_sentence": sents[0] if sents else ctx.text[:120],
        "evidence": signals.evidence.get(template.flag, ""),
    }
    return re.sub(r"\s{2,}", " ", template.rewrite.format(**values))


def criterion_scores(signals: Signals, rubric: Rubric) -> dict[str, int]:
    """0-100 for each criterion the turn bears on (one of its flags is present)."""
    scores: dict[str, int] = {}
    for c in rubric.criteria:
        up = [w for f, w in c.raised_by.items() if signals.has(f)]
        down = [w for f, w in c.lowered_by.items() if signals.has(f)]
        if up or down:
            scores[c.id] = int(max(0, min(100, BASE_SCORE + sum(up) - sum(down))))
    return scores


def _criterion_for(flag: str, rubric: Rubric, negative: bool):
    """The criterion a flag weighs most on, in the direction given."""
    best = None
    for c in rubric.criteria:
        weight = (c.lowered_by if negative else c.raised_by).get(flag)
        if weight and (best is None or weight > best[1]):
            best = (c, weight)
    return best[0] if best else None


def turn_feedback(ctx: TurnContext, signals: Signals, rubric: Rubric) -> list[Feedback]:
    """At most one strength and one thing to try next: the first template (in rubric order,
    most important first) whose flag the turn shows."""
    out: list[Feedback] = []
    for kind, templates, negative in (("strength", rubric.strengths, False), ("try_next", rubric.try_next, True)):
        for t in templates:
            if not signals.has(t.flag):
                continue
            criterion = _criterion_for(t.flag, rubric, negative)
            if criterion is None:
                continue
            out.append(
                Feedback(
                    kind=kind,
                    criterion=criterion.id,
                    criterion_name=criterion.name,
                    flag=t.flag,
                    message=t.message,
                    evidence=signals.evidence.get(t.flag, ""),
                    rewrite=fill_rewrite(t, ctx, signals),
                    citation=t.citation,
                )
            )
            break
    return out


def score_turn(ctx: TurnContext, signals: Signals, index: int, rubric: Rubric | None = None) -> TurnReport:
    """One learner turn: its flags, criterion scores and feedback."""
    rubric = rubric or load_rubric()
    scores = criterion_scores(signals, rubric)
    return TurnReport(
        index=index,
        text=ctx.text,
        flags=list(signals.flags),
        scores=scores,
        feedback=turn_feedback(ctx, signals, rubric),
        disclosure_depth=signals.disclosure_depth,
        overall=round(sum(scores.values()) / len(scores)) if scores else BASE_SCORE,
    )


def analyse_transcript(transcript: Transcript) -> list[tuple[int, TurnContext, Signals]]:
    """(index, context, signals) for every learner turn, each seen in its own context."""
    out = []
    for i, turn in enumerate(transcript.turns):
        if turn.speaker == "user":
            ctx = TurnContext(text=turn.text, history=transcript.turns[:i])
            out.append((i, ctx, analyze_turn(ctx)))
    return out


def _revisit(turns: list[TurnReport], limit: int = 3) -> list[Revisit]:
    """The turns most worth revisiting: lowest scores that carry a concrete thing to try."""
    candidates = [t for t in turns if any(f.kind == "try_next" for f in t.feedback)]
    chosen = sorted(candidates, key=lambda t: (t.overall, t.index))[:limit]
    out = []
    for t in sorted(chosen, key=lambda t: t.index):
        fb = next(f for f in t.feedback if f.kind == "try_next")
        out.append(Revisit(index=t.index, text=t.text, why=fb.message, rewrite=fb.rewrite, criterion=fb.criterion))
    return out


def summarise(transcript: Transcript, analysed: list[tuple[int, TurnContext, Signals]], turns: list[TurnReport], rubric: Rubric) -> Summary:
    by_criterion: dict[str, list[int]] = {}
    for t in turns:
        for cid, score in t.scores.items():
            by_criterion.setdefault(cid, []).append(score)
    criterion = {c.id: round(sum(v) / len(v)) for c in rubric.criteria if (v := by_criterion.get(c.id))}
    counts: dict[str, int] = {}
    for t in turns:
        for f in t.flags:
            counts[f] = counts.get(f, 0) + 1
    return Summary(
        learner_turns=len(turns),
        criterion_scores=criterion,
        overall=round(sum(criterion.values()) / len(criterion)) if criterion else BASE_SCORE,
        metrics=conversation_metrics(transcript, [s for _, _, s in analysed]),
        flag_counts=dict(sorted(counts.items())),
        revisit=_revisit(turns),
    )


def score_transcript(transcript: Transcript, rubric: Rubric | None = None, source: str | None = None) -> Report:
    """Every learner turn scored in its context, and the conversation summarised."""
    rubric = rubric or load_rubric()
    analysed = analyse_transcript(transcript)
    turns = [score_turn(ctx, s, i, rubric) for i, ctx, s in analysed]
    return Report(
        source=source,
        persona=transcript.persona,
        turns=turns,
        summary=summarise(transcript, analysed, turns, rubric),
    )


__all__ = ["score_turn", "score_transcript", "criterion_scores", "turn_feedback"]
