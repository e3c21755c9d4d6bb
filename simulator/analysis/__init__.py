"""The signals of one learner turn in its context: the partner's last turn and the
learner's own earlier turns. Rules and lexicons only: no network, no model, microseconds.

`analyze_turn` never raises on any string; each phenomenon lives in its own module.
"""

from __future__ import annotations

import re

from ..schemas import Signals, Turn, TurnContext
from . import disagreement, disclosure, listening, moves, questions
from .text import content_stems, overlap, quote, sentences, word_count

ANAPHORA = re.compile(r"\b(?:that|this|it|then|there|those|these|they|them|he|she|him|her|his|hers|theirs|the (?:move|change|job|role|team|trip|talk|project|launch|review|meeting|kids?|family|course|switch|new)|what happened|and then|why|how come|how so|like what)\b")
HISTORY_WINDOW = 24  # earlier turns the analysis looks back over


def analyze_turn(ctx: TurnContext) -> Signals:
    """Every flag of the vocabulary this turn shows, with evidence and disclosure depth."""
    text = ctx.text if isinstance(ctx.text, str) else str(ctx.text)
    history = ctx.history[-HISTORY_WINDOW:]
    partner = ctx.partner_last
    earlier = [t.text for t in history if t.speaker == "user"]
    found: dict[str, str] = {}

    def flag(name: str, evidence: str | None) -> None:
        if evidence is not None and name not in found:
            found[name] = quote(text, evidence) if evidence in sentences(text) else evidence

    sents = sentences(text)
    qs = questions.questions(text)
    n_questions = questions.count_questions(text)
    partner_depth = _partner_depth(history)
    exchange = max([partner_depth, *(disclosure.depth(t.text) for t in history)], default=0)
    own_depth = disclosure.depth(text)
    shares = disclosure.shares_something(text)

    # Questions: form, stacking, follow-up.
    for q in qs:
        flag("open_question" if questions.is_open(q) else "closed_question", q)
    if n_questions >= 2:
        flag("question_stacking", qs[0] if len(qs) == 1 else " ".join(qs[:2]))
    refl = listening.reflection(text, partner)
    engages = _engages(text, partner, refl is not None)
    pivot = _pivot_sentence(text, partner)
    if partner:
        for q in qs:
            if _builds_on(q, partner) and not (pivot and sents.index(q) > sents.index(pivot)):
                flag("follow_up_question", q)
                break
        if pivot or not engages and not _answers_partner(text, partner):
            flag("topic_switch", pivot or (qs[0] if qs else sents[0] if sents else text))
    if questions.only_asks(text) and earlier and questions.only_asks(earlier[-1]):
        flag("interview_style", qs[0])

    # Listening.
    if refl:
        flag(f"{refl[0]}_reflection", refl[1])
    perf = _performative(text, partner, earlier, engages, pivot)
    flag("performative_listening", perf)

    # Disclosure, calibrated to the partner.
    ref = partner_depth
    if shares:
        deep = disclosure.deepest_sentence(text)
        if own_depth >= 3 and own_depth >= ref + 2:
            flag("oversharing", deep)
        elif _is_personal(text):
            flag("calibrated_disclosure", deep)
    if partner and not shares and not refl:
        asked_me = _asked_about_learner(partner)
        deflects = bool(qs) and not refl
        shared_before = any(disclosure.shares_something(t) for t in earlier)
        if asked_me or (partner_depth >= 2 and deflects and not shared_before):
            flag("under_disclosure", qs[0] if qs else (sents[0] if sents else text))

    # Other moves.
    flag("common_ground", moves.common_ground_sentence(text, partner))
    flag("one_upping", moves.one_up_sentence(text, partner))
    share = _talk_share(text, history)
    if moves.is_dominating(text, partner, share):
        flag("dominating", sents[0] if sents else text[:200])
    flag("unsolicited_advice", moves.advice_sentence(text, partner))
    rush = moves.rush_sentence(text)
    if rush and not _connected_before(history):
        flag("efficiency_rush", rush)
    flag("you_statement_attack", disagreement.attack_sentence(text))
    flag("i_statement", disagreement.i_statement_sentence(text, partner))
    flag("acknowledges_view", disagreement.acknowledgment_sentence(text))
    flag("check_in", moves.check_in_sentence(text))
    flag("follow_through", moves.follow_through_sentence(text))

    ordered = [f for f in _ORDER if f in found]
    return Signals(
        flags=ordered,
        evidence={f: found[f] for f in ordered},
        disclosure_depth=own_depth,
        partner_depth=partner_depth,
        exchange_depth=max(exchange, own_depth),
        question_count=n_questions,
        word_count=word_count(text),
        talk_share=round(share, 3),
        partner_anchor=anchor(partner, [t.text for t in reversed(history) if t.speaker == "partner"][1:2]) if partner else None,
    )


from ..schemas import FLAGS as _ORDER  # noqa: E402  (flag order of the vocabulary table)


def _partner_depth(history: list[Turn]) -> int:
    """The deeper of the partner's last two turns: the depth the learner calibrates to."""
    partner_turns = [t.text for t in history if t.speaker == "partner"][-2:]
    return max((disclosure.depth(t) for t in partner_turns), default=0)


def _builds_on(question: str, partner: str) -> bool:
    if overlap(question, partner):
        return True
    return bool(ANAPHORA.search(question)) and len(content_stems(question)) <= 4


def _engages(text: str, partner: str | None, reflects: bool) -> bool:
    """Whether the turn takes up what the partner just said."""
    if not partner or reflects:
        return True
    if overlap(text, partner):
        return True
    first = sentences(text)[:2]
    return any(ANAPHORA.search(s) for s in first) or bool(disagreement.acknowledgment_sentence(text))


def _answers_partner(text: str, partner: str) -> bool:
    """The partner asked something and the learner answered it (about themselves or the point)."""
    asked = questions.questions(partner)
    if not asked:
        return False
    return disclosure.shares_something(text) or not questions.questions(text)


def _pivot_sentence(text: str, partner: str | None) -> str | None:
    """An explicit pivot ('anyway', 'by the way') followed by something unrelated to them."""
    if not partner:
        return None
    sents = sentences(text)
    for i, s in enumerate(sents):
        if listening.PIVOT.search(s):
            rest = " ".join(sents[i:])
            if not overlap(rest, partner):
                return s
    return None


def _performative(text: str, partner: str | None, earlier: list[str], engages: bool, pivot: str | None) -> str | None:
    sents = sentences(text)
    if not sents:
        return None
    first = sents[0]
    if partner and listening.is_generic_ack(first) and len(sents) >= 2 and (pivot or not _rest_engages(sents[1:], partner)):
        return first
    if partner and re.match(r"^(?:i hear you|i get (?:it|that)|i understand|totally|sure|fair enough|i know)[,.!]?\s*but\b", first):
        return first
    formula = listening.opening_formula(text)
    if formula and any(listening.opening_formula(t) == formula for t in earlier[-4:]):
        return formula
    return None


def _rest_engages(rest: tuple[str, ...], partner: str) -> bool:
    joined = " ".join(rest)
    return bool(overlap(joined, partner)) or any(ANAPHORA.search(s) for s in rest[:1])


def _is_personal(text: str) -> bool:
    """Sharing about one's life, experience or feelings (not only a stance on the issue)."""
    own = disclosure.own_sentences(text)
    stance = re.compile(r"^(?:i (?:think|believe|reckon|disagree|see (?:this|it) differently|don'?t think|would|'d|need|want)|we (?:should|need|could|can|must)|my (?:view|take|position|point) )")
    return any(not stance.match(s) or disclosure.sentence_depth(s) >= 2 for s in own)


def _asked_about_learner(partner: str) -> bool:
    """The partner asked the learner directly about themselves."""
    for q in questions.questions(partner):
        if re.search(r"\b(?:you|your|yourself|u|ur)\b", q) and not re.search(r"\b(?:can|could|would) you (?:pass|help|send|give|hold|grab)\b", q):
            return True
    return False


def _connected_before(history: list[Turn]) -> bool:
    """Whether the learner built any connection earlier: a follow-up, a reflection, shared ground."""
    partner: str | None = None
    for turn in history:
        if turn.speaker == "partner":
            partner = turn.text
            continue
        if partner and (overlap(turn.text, partner) and questions.questions(turn.text) or listening.reflection(turn.text, partner)):
            return True
        if disclosure.depth(turn.text) >= 1 and partner:
            return True
    return False


def _talk_share(text: str, history: list[Turn]) -> float:
    mine = word_count(text) + sum(word_count(t.text) for t in history if t.speaker == "user")
    total = word_count(text) + sum(word_count(t.text) for t in history)
    return mine / total if total else 0.0


_DISCOURSE = re.compile(r"^(?:(?:so|well|honestly|look|yeah|yes|no|oh|um|uh|and|but|i mean|to be honest|tbh|ok|okay|right)[,.!\s]+)+", re.I)


def anchor(partner: str, earlier: list[str] | None = None) -> str | None:
    """The phrase most worth building on: the partner's deepest, most contentful sentence,
    from their last turn or, when that was only a word or two, the one before."""
    from .text import raw_sentences

    for turn in [partner, *(earlier or [])]:
        raws = [_DISCOURSE.sub("", s).rstrip(".!?").strip() for s in raw_sentences(turn) if not s.endswith("?")]
        raws = [s for s in raws if len(s.split()) >= 3]
        if raws:
            break
    else:
        return None
    best = max(raws, key=lambda s: (disclosure.sentence_depth(s.lower()), min(len(s.split()), 10), len(content_stems(s))))
    words_ = best.split()
    return " ".join(words_[:14]) + ("..." if len(words_) > 14 else "")
