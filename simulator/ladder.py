"""Reading a persona's disclosure ladder: which topic a learner's words address, and which
rung a line the persona already said came from. Pure lookups over the persona's data, shared
by the offline engine (what to say next) and the debrief (what I had just told you).
"""

from __future__ import annotations

import re

from .schemas import Persona, Topic, Turn

_WORD = re.compile(r"[a-z0-9']+")
# Longest first, so "ing" is tried before "s"; a stem keeps at least three letters.
_SUFFIXES = ("ingly", "ation", "ities", "ness", "ment", "ions", "ings", "ion", "ing", "ies", "ied",
             "ers", "est", "ed", "er", "es", "ly", "s", "y", "e")


def stem(word: str) -> str:
    """A crude stem ("promoted", "promotion" -> "promot"), enough to match keywords."""
    word = word.lower().strip("'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def stems(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text.lower())}


def keyword_hits(topic: Topic, text: str, text_stems: set[str] | None = None) -> int:
    """How many of the topic's keywords the text mentions (phrases whole, words by stem)."""
    lowered = text.lower()
    text_stems = stems(text) if text_stems is None else text_stems
    hits = 0
    for keyword in topic.keywords:
        key = keyword.lower().strip()
        if " " in key:
            hits += key in lowered
        else:
            hits += _mentions(stem(key), text_stems)
    return hits


def _mentions(key: str, text_stems: set[str]) -> bool:
    """A keyword stem matches a word with the same stem, or (both long enough) one that
    begins with it or that it begins with: "famil(ies)" and "fami(ly)" meet."""
    if key in text_stems:
        return True
    return len(key) >= 4 and any(
        len(s) >= 4 and (s.startswith(key) or key.startswith(s)) for s in text_stems
    )


def topics_addressed(persona: Persona, text: str, prefer: Topic | None = None) -> list[Topic]:
    """The topics the text mentions, most keywords first; ties go to `prefer` (the topic in
    play), then to the persona's order."""
    text_stems = stems(text)
    scored = [(keyword_hits(t, text, text_stems), t is not prefer, i, t) for i, t in enumerate(persona.topics)]
    return [t for hits, _, _, t in sorted(scored, key=lambda s: (-s[0], s[1], s[2])) if hits]


def locate(persona: Persona, text: str) -> tuple[Topic, int] | None:
    """The topic and depth of the deepest ladder line the text contains, if any."""
    found: tuple[Topic, int] | None = None
    for topic in persona.topics:
        for depth, lines in topic.ladder.items():
            if (found is None or depth > found[1]) and any(line in text for line in lines):
                found = (topic, depth)
    return found


def topic_in_play(persona: Persona, history: list[Turn]) -> tuple[Topic, int] | None:
    """The ladder topic (and depth) of the persona's most recent turn that came from one."""
    for turn in reversed(history):
        if turn.speaker == "partner" and (spot := locate(persona, turn.text)):
            return spot
    return None


def deepest_said(topic: Topic, said: str) -> int:
    """The deepest rung of this topic already said (-1 when none)."""
    return max((d for d, lines in topic.ladder.items() if any(x in said for x in lines)), default=-1)
