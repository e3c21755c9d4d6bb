"""Questions: which sentences ask, whether they invite a story, how many distinct ones."""

from __future__ import annotations

import re
from functools import lru_cache

from .text import sentences

_LEAD = r"^(?:(?:so|and|but|oh|ah|ok|okay|wait|hey|well|right|now|then|also|hmm|haha|lol|um|like|cool|nice|wow|sorry|and so|out of curiosity|just curious|honestly|genuinely|seriously|actually)[,\s]+)*"
_AUX = r"(?:do|does|did|is|are|was|were|have|has|had|can|could|would|will|should|shall|may|might|am|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|haven't|hasn't|won't|wouldn't|can't|couldn't|shouldn't|you're|you've|u)"
_WH = r"(?:what|what's|how|how's|why|where|where's|when|who|who's|which|whats|hows)"

ASK_START = re.compile(_LEAD + r"(?:" + _WH + r"|" + _AUX + r")\b")
INVITATION = re.compile(
    _LEAD
    + r"(?:tell me (?:more|about|what|how|why)|walk me through|talk me through|describe|i'?d love to (?:hear|know)|"
    r"i'?m curious (?:about|what|how|why)|i wonder (?:what|how|why)|help me understand|say more|go on)"
)
# Yes/no or one-word questions that start like open ones.
CLOSED_WH = re.compile(
    _LEAD
    + r"(?:what (?:time|day|year|date|company|team|department|firm|school|kind of (?:company|car|dog|job)|size|age|number|level|grade|role|title|floor|city|town|country|part of town)\b|"
    r"what'?s (?:your|the) (?:name|role|title|team|company|job|number|email|handle|budget|deadline|timeline|date)\b|"
    r"what (?:do|did) you (?:do)\b(?! (?:when|with|about|there|next|after|then))|"
    r"how (?:many|much|long|old|often|far|big|soon)\b|where|when|who|which|whos|who's|where's)"
)
OPEN_AUX = re.compile(
    _LEAD
    + r"(?:can|could|would|will|do) you (?:tell|say|talk|walk|describe|share|explain|help me understand)\b|"
    + _LEAD
    + r"(?:do|would) you (?:mind (?:telling|sharing|explaining|saying)|want to (?:tell|talk|say|share))\b"
)
SHORT_OPEN = re.compile(_LEAD + r"(?:and then|then what|like what|such as|how so|how come|in what way|meaning|why not|why|how)\W*\??$")
TAG = re.compile(
    r"(?:,|^)\s*(?:right|yeah|no|eh|innit|isn't it|aren't you|don't you|didn't you|isn't that|wasn't it|you know|ya know|huh|yes|correct|am i right|ok|okay|true)\s*\?+$"
)
EITHER_OR = re.compile(r"\bor\b")
JOINED = re.compile(r"(?:,\s*(?:and|or)?|;|\band\b)\s+(?:" + _WH + r"|(?:do|does|did|is|are|was|were|have|has|can|could|would|will)\s+(?:you|they|we|it|he|she))\b")


def _bare(sentence: str) -> str:
    return sentence.rstrip("?.! ").strip()


def is_question(sentence: str) -> bool:
    """A sentence that asks: a '?', an invitation ('tell me about'), or a texted question."""
    if sentence.endswith("?"):
        return not TAG.search(sentence) or len(sentence.split()) <= 2 and not TAG.match(sentence)
    if INVITATION.match(sentence):
        return True
    # Texted questions without '?': 'how was the trip', 'did you go'.
    return bool(ASK_START.match(sentence)) and not sentence.endswith((".", "!")) and len(sentence.split()) <= 14


def is_open(sentence: str) -> bool:
    """Invites a story or explanation rather than a yes/no or a word or two."""
    if INVITATION.match(sentence) or OPEN_AUX.match(sentence) or SHORT_OPEN.match(sentence):
        return True
    if CLOSED_WH.match(sentence):
        return False
    return bool(re.match(_LEAD + r"(?:what|what's|whats|how|how's|hows|why)\b", sentence)) or bool(
        re.search(r"\b(?:what|how|why) (?:was|is|did|does|do|has|made|makes|would|were|about|happened|led|got)\b", sentence)
        and not re.match(_LEAD + _AUX + r"\b", sentence)
    )


def sub_questions(sentence: str) -> int:
    """Distinct questions inside one sentence: 'What was it like, and how did they take it?' is two."""
    pieces = JOINED.split(sentence)
    if len(pieces) == 1 or not (ASK_START.match(pieces[0]) or INVITATION.match(pieces[0])):
        return 1
    return 1 + len(JOINED.findall(sentence))


@lru_cache(maxsize=4096)
def questions(text: str) -> tuple[str, ...]:
    """The normalised sentences of a text that ask something."""
    return tuple(s for s in sentences(text) if is_question(s))


def count_questions(text: str) -> int:
    """Distinct questions: an either-or question is one; a rephrasing right after is not new."""
    qs = questions(text)
    return sum(sub_questions(q) for q in qs)


@lru_cache(maxsize=4096)
def only_asks(text: str) -> bool:
    """Every sentence of substance is a question: no acknowledgment, no sharing."""
    from .listening import is_filler

    qs = questions(text)
    if not qs:
        return False
    rest = [s for s in sentences(text) if s not in qs]
    return all(is_filler(s) for s in rest)
