"""Text plumbing shared by the analysers: normalising, sentences, words, crude stems.

Every function here is pure and cached on its string argument, so analysing a long
transcript re-reads each earlier turn for free.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Analysis looks at most this many characters of a turn: a 1 MB paste is scored on its
# opening, which is all a listener would take in anyway; word counts use the whole text.
ANALYSED_CHARS = 3000

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": " - ", "\u2013": " - ", "\u2026": "..."})
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been
    before being below between both but by can can't could couldn't did didn't do does doesn't doing
    don't down during each even ever every few for from further get gets getting got had hadn't has
    hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how
    how's i i'd i'll i'm i've if in into is isn't it it's its itself just kind know let's like lot
    lots me mean more most much must my myself no nor not now of off oh ok okay on once one only or
    other ought our ours ourselves out over own pretty quite rather really right said same say says
    see she she'd she'll she's should shouldn't so some something sort still such sure than that
    that's the their theirs them themselves then there there's these they they'd they'll they're
    they've thing things think this those though through to too under until up us very was wasn't
    way we we'd we'll we're we've well were weren't what what's when when's where where's which while
    who who's whom why why's will with won't would wouldn't yeah yes yet you you'd you'll you're
    you've your yours yourself yourselves bit gonna wanna gotta go going went come came make made
    tell told ask asked want wanted feel felt thought day time back today also maybe actually
    honestly literally basically anyway ah um uh hmm wow cool nice great good""".split()
)


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Lower-case, straight quotes, trimmed to what the analysis reads."""
    return text[:ANALYSED_CHARS].translate(_QUOTES).lower()


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(normalise(text)))


def word_count(text: str) -> int:
    """Words in the whole text (not just the analysed part): talk share is about length."""
    return len(text.split())


@lru_cache(maxsize=4096)
def raw_sentences(text: str) -> tuple[str, ...]:
    """Sentences as written (for quoting evidence), each keeping its closing punctuation."""
    found = (s.strip() for s in _SENTENCE.findall(text[:ANALYSED_CHARS].translate(_QUOTES)))
    return tuple(s for s in found if _WORD.search(s.lower()))


@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[str, ...]:
    """Normalised sentences, parallel to raw_sentences (so '?' still marks a question)."""
    return tuple(s.lower() for s in raw_sentences(text))


def quote(text: str, sentence: str) -> str:
    """The sentence as the speaker wrote it, given its normalised form."""
    for norm, raw in zip(sentences(text), raw_sentences(text)):
        if norm == sentence:
            return raw
    return sentence


def stem(word: str) -> str:
    """A crude stem, enough to match 'teaching' with 'teach' and 'moved' with 'move'."""
    word = word.split("'")[0]
    for suffix in ("ations", "ation", "ings", "ing", "edly", "ies", "ied", "ed", "es", "ly", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=4096)
def content_stems(text: str) -> frozenset[str]:
    """The stems of a text's content words (no stop words, no numbers-only)."""
    return frozenset(stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 2 and not w.isdigit())


def overlap(a: str, b: str) -> frozenset[str]:
    """Content stems two texts share."""
    return content_stems(a) & content_stems(b)


def first_match(pattern: re.Pattern[str], items: tuple[str, ...]) -> str | None:
    """The first item the pattern finds something in."""
    for item in items:
        if pattern.search(item):
            return item
    return None
