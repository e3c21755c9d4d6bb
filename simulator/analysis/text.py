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
# A quoted question inside a sentence ("the same 'was I dumped?' feeling") does not end it.
_QUOTE_TAIL = re.compile(r"^['\"]\s*[a-z]")
# Texting spellings of contractions, so 'dont' and 'u' read like "don't" and 'you'.
# Only unambiguous forms: 'ill', 'were', 'its', 'id' are real words too.
_TEXTING = {
    "dont": "don't", "didnt": "didn't", "doesnt": "doesn't", "cant": "can't", "wont": "won't", "isnt": "isn't",
    "arent": "aren't", "wasnt": "wasn't", "werent": "weren't", "havent": "haven't", "hasnt": "hasn't",
    "wouldnt": "wouldn't", "couldnt": "couldn't", "shouldnt": "shouldn't", "im": "i'm", "ive": "i've",
    "youre": "you're", "youve": "you've", "theyre": "they're", "thats": "that's", "whats": "what's",
    "hows": "how's", "wheres": "where's", "whos": "who's", "u": "you", "ur": "your", "ya": "you", "r": "are",
}
_TEXTING_WORD = re.compile(r"\b(?:" + "|".join(sorted(_TEXTING, key=len, reverse=True)) + r")\b")

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
    honestly literally basically anyway ah um uh hmm wow cool nice great good since else anyone anybody
    anything someone somebody everyone everybody everything nothing nobody sorry please thanks thank next last
    idk tbh ngl imo imho lol lmao omg btw haha hahaha hehe within anywhere everywhere nowhere
    seeing saying doing""".split()
)


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Lower-case, straight quotes, trimmed to what the analysis reads."""
    return text[:ANALYSED_CHARS].translate(_QUOTES).lower()


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(untext(normalise(text))))


def word_count(text: str) -> int:
    """Words in the whole text (not just the analysed part): talk share is about length."""
    return len(text.split())


@lru_cache(maxsize=4096)
def raw_sentences(text: str) -> tuple[str, ...]:
    """Sentences as written (for quoting evidence), each keeping its closing punctuation."""
    merged: list[str] = []
    for s in (s.strip() for s in _SENTENCE.findall(text[:ANALYSED_CHARS].translate(_QUOTES))):
        if merged and _QUOTE_TAIL.match(s):
            merged[-1] = f"{merged[-1]} {s}"
        else:
            merged.append(s)
    return tuple(s for s in merged if _WORD.search(s.lower()))


@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[str, ...]:
    """Normalised sentences, parallel to raw_sentences (so '?' still marks a question)."""
    return tuple(untext(s.lower()) for s in raw_sentences(text))


def untext(sentence: str) -> str:
    """Texting spellings written out ('dont' -> "don't", 'u' -> 'you'): the patterns read one register."""
    return _TEXTING_WORD.sub(lambda m: _TEXTING[m.group(0)], sentence)


def quote(text: str, sentence: str) -> str:
    """The sentence as the speaker wrote it, given its normalised form."""
    for norm, raw in zip(sentences(text), raw_sentences(text)):
        if norm == sentence:
            return raw
    return sentence


def stem(word: str) -> str:
    """A crude stem, enough to match 'teaching' with 'teach' and 'moved' with 'move'."""
    word = word.split("'")[0]
    for suffix in ("ations", "ation", "ings", "ing", "edly", "ously", "ous", "ness", "ies", "ied", "ed", "es", "ly", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= (2 if suffix in ("ies", "ied") else 3) and not (suffix == "s" and word.endswith("ss")):
            base = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                return base + "y"  # cried -> cry, parties -> party
            if suffix in ("ing", "ed", "ings") and len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # running -> run, stopped -> stop
            return base
    return word


@lru_cache(maxsize=4096)
def content_stems(text: str) -> frozenset[str]:
    """The stems of a text's content words (no stop words, no numbers-only)."""
    return frozenset(stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 2 and not w.isdigit())


def overlap(a: str, b: str) -> frozenset[str]:
    """Content stems two texts share; a compound shares its head ('class' and 'classroom')."""
    sa, sb = content_stems(a), content_stems(b)
    shared = sa & sb
    for x in sa - shared:
        if len(x) >= 5 and any(len(y) >= 5 and (y.startswith(x) or x.startswith(y)) for y in sb):
            shared |= {x}
    return shared
