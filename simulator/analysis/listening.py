"""Listening: real reflections (simple, complex) versus performed acknowledgment."""

from __future__ import annotations

import re
from functools import lru_cache

from .text import content_stems, overlap, sentences, words

# Acknowledgments that carry no content of the partner's: fine as a backchannel, hollow as a pivot.
GENERIC_ACK = re.compile(
    r"^(?:(?:oh|ah|wow|yeah|yes|yep|haha|lol|ha|hmm|right|ok|okay|sure|so|well|omg)[,!.\s]+)*"
    r"(?:totally|absolutely|definitely|for sure|100\s?%|a hundred percent|i hear you|i hear ya|i feel you|i get (?:it|that|you)|"
    r"got it|gotcha|love that|i love that|love it|so (?:interesting|cool|true)|that'?s (?:so |really |very |super )?(?:interesting|great|cool|awesome|amazing|fascinating|wild|crazy|fair|nice|lovely|fun|neat|good|true|rough|tough)|"
    r"how (?:interesting|cool|nice|fun|lovely)|interesting|fascinating|amazing|awesome|cool|nice|great|wow|no way|fair enough|"
    r"i (?:totally |completely )?(?:understand|agree)|makes sense|that makes sense|i see|i know right|right right|sure sure|yeah yeah|true|same|ok cool|very cool|brilliant|lovely|fab|neat)"
    r"(?:[,!.\s]+(?:i hear you|totally|haha|lol|though|tho|man|mate|dude))*\W*$"
)
FILLER = re.compile(
    r"^(?:(?:oh|ah|wow|yeah|yes|yep|yup|no|nope|haha|hah|lol|ha|hmm|hm|mm|right|ok|okay|sure|so|well|cool|nice|great|good|interesting|gotcha|got it|i see|alright|fine|wait|hey|hi|hello|hiya|thanks|thank you|um|uh|and|anyway|anyways)[,!.\s]*)+$"
)
PIVOT = re.compile(r"\b(?:anyway|anyways|anyhow|by the way|btw|on another note|on a different note|changing the subject|moving on|random question|unrelated|speaking of which|enough about that|but yeah|so yeah|but anyway|regardless)\b")
REFLECT_START = re.compile(
    r"^(?:(?:so|and|oh|ah|okay|ok|right|hmm|wow|yeah)[,\s]+)*(?:"
    r"so you|so your|so it'?s|so it was|so the|so for you|so what|so they|so he|so she|"
    r"(?:it |that )?sounds like|(?:it |that )?sounds (?:as if|as though)|that sounds|it sounds|"
    r"(?:it |that )?seems (?:like|as if|that)|you seem|"
    r"you'?re (?:saying|telling me|feeling|worried|frustrated|tired|proud|scared|excited|torn|not sure|caught|stuck|in|still|really|basically|kind of|kinda)|"
    r"you (?:must|must've|must have|feel|felt|sound|really|still|kind of|kinda|care|want|need|miss|loved|love|hate|wanted|were|had|went|moved|started|spent|got|did|didn't|don't|do)\b|"
    r"you'?ve (?:been|got|had)|"
    r"if i'?(?:ve|m) (?:got|understand|hearing)|in other words|what i'?m hearing|i'?m hearing|let me see if|correct me if|"
    r"what (?:you'?re|you are) (?:saying|describing)|no wonder you|i guess (?:you|that|it)|i imagine (?:you|that|it)|"
    r"(?:it|that) must (?:have been|be|'ve been)|(?:that|it) (?:must|would) (?:feel|have felt)|"
    r"sounds (?:like|as if|exhausting|hard|brutal|rough|lonely|stressful|like a lot)|"
    r"(?:being|having|doing|losing|juggling|moving|starting|working|going)\b.{3,60}\b(?:sounds|must|is a lot|is hard|can't be easy)"
    r")"
)
FEELING = re.compile(
    r"\b(?:frustrat\w*|exhaust\w*|tired|drained|proud|overlook\w*|unseen|invisible|unheard|unappreciated|undervalued|torn|scared|afraid|"
    r"fear\w*|relie\w*|lonely|alone|isolat\w*|anxious|anxiety|nervous|worr\w*|stress\w*|overwhelm\w*|burn\w* out|burnt out|excit\w*|"
    r"hurt|upset|angry|annoy\w*|resent\w*|betray\w*|disappoint\w*|embarrass\w*|ashamed|guilt\w*|sad|grief|griev\w*|"
    r"lost|stuck|trapped|uncertain|unsure|insecure|confus\w*|pressure\w*|responsib\w*|matters?|important|meaningful|mean(?:s|t) a lot|"
    r"valued|seen|heard|recogni\w*|credit|respect\w*|trust\w*|safe|unsafe|alone|belong\w*|purpose|identity|control|"
    r"bittersweet|mixed|conflicted|gutted|devastat\w*|heartbreak\w*|thrill\w*|joy|happy|glad|hope\w*|hopeless|helpless|"
    r"brutal|rough|lot to carry|a lot on your plate|on your own|by yourself|weight|toll|not knowing|uncertainty|limbo)\b"
)
MEANING = re.compile(
    r"\b(?:matters?|more than|less than|rather than|instead of|not just|not really about|really about|underneath|deep down|"
    r"what you (?:want|need|care|miss)|important to you|the hard part|the real|actually about|part of you|for you it'?s|"
    r"both|and yet|at the same time|even though|but also)\b"
)
GENERIC_EMPATHY = re.compile(r"^(?:(?:oh|ah|wow|aw|aww|man|gosh|yikes|ugh)[,!.\s]*)*(?:that|it) (?:must be|must have been|sounds|is|was|'s) (?:so |really |very |pretty )?(?:hard|tough|difficult|rough|bad|awful|terrible|great|nice|cool|fun|interesting|crazy|wild|frustrating|stressful)\W*$")


def is_filler(sentence: str) -> bool:
    """A backchannel with nothing of substance: 'Oh nice.', 'Right, okay.'"""
    return bool(FILLER.match(sentence.rstrip("?")))


def is_generic_ack(sentence: str) -> bool:
    return bool(GENERIC_ACK.match(sentence)) or is_filler(sentence)


@lru_cache(maxsize=4096)
def opening_formula(text: str) -> str | None:
    """The turn's stock opener or closer (a short generic sentence), to spot repetition."""
    sents = sentences(text)
    for s in (sents[0], sents[-1]) if sents else ():
        w = words(s)
        if 1 <= len(w) <= 8 and len(content_stems(s)) <= 2:
            return " ".join(w)
    return None


def reflection(text: str, partner: str | None) -> tuple[str, str] | None:
    """('simple'|'complex', sentence) when the turn reflects the partner's last turn back."""
    if not partner:
        return None
    for s in sentences(text):
        if s.endswith("?") and not re.match(r"^(?:so )?(?:it )?sounds like", s):
            continue
        if not REFLECT_START.match(s) or GENERIC_EMPATHY.match(s):
            continue
        shared = overlap(s, partner)
        new = content_stems(s) - content_stems(partner)
        feeling = FEELING.search(s) and not FEELING.search(partner.lower()) or MEANING.search(s)
        if feeling and (shared or re.search(r"\b(?:that|it|this|all that|you)\b", s)):
            return "complex", s
        if shared and len(new) <= max(1, len(shared) // 2):
            return "simple", s
        if shared and len(new) > len(shared):
            return "complex", s
        if shared:
            return "simple", s
    return None
