"""What an LLM persona's reply may contain: the rules the guard applies, sentence by sentence.

Derived once per turn from the persona and the rapport state: the names that are the
persona itself, the ladder items deeper than the state's openness (each reduced to the
words only it would use, so a paraphrase is caught too), what it said lately (no
repeats), and the phrases of an assistant, a coach, or a model obeying an injection.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..ladder import stem
from ..schemas import Persona
from .base import ReplyRequest

MAX_WORDS = 80  # a spoken turn, not an essay; the sentence in progress may finish
MIN_REPEAT_WORDS = 4  # shorter sentences ("Yes." "Right.") may repeat
RECENT_REPLIES = 12  # the persona's replies checked for repeats (bounded: long talks stay fast)

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n")

# Labels that are the persona talking (stripped) vs. anyone else (the reply stops there).
SELF_LABELS = frozenset({"assistant", "ai", "model", "partner", "persona", "bot", "character", "me"})
NOT_LABELS = frozenset(
    """honestly well look note okay ok so anyway listen ps also seriously basically truth
    question answer fine right yes no sorry hi hello hey and but because""".split()
)
# Out of character: an assistant, a coach, or a model obeying an injected instruction.
OUT_OF_CHARACTER = re.compile(
    r"\bas an? (ai|language model|assistant|chatbot)\b|\b(ai|large language|language) model\b"
    r"|\bi'?m (just |only )?an? (ai|assistant|chatbot|bot|program)\b|\bgreat question\b"
    r"|\bhere (are|is) (some|a few|my|three|five|\d+) (tips|suggestions|ways|steps|ideas|pointers|strategies)\b"
    r"|\btips (for|on|to)\b|\bhow (can|may) i (help|assist)\b|\b(happy|glad) to (help|assist)\b"
    r"|\bhope (this|that) helps\b|\bfeel free to (ask|reach out)\b|\bsystem prompt\b"
    r"|\bmy (instructions|prompt|guidelines|programming)\b|\b(full|top|perfect) (marks|score)\b"
    r"|\b\d{1,3} ?(/|out of) ?(5|10|100)\b|\b(your|a) (score|grade|rating) (is|of)\b|\brubric\b"
    r"|\bin character\b|\brole-?play\b|\bthe learner\b|\btrust level\b|\bopenness\b|\bladder\b",
    re.I,
)
# Introducing oneself by name: a model that forgets who it plays says someone else's.
INTRODUCES_SELF = re.compile(
    r"\b(?:[Mm]y name is|[Cc]all me|(?:[Hh]i|[Hh]ey|[Hh]ello)[,!.]?(?: there[,!.]?)? I'?m)\s+([A-Z][a-z]+)\b"
)
INTRO_OPENING = re.compile(r"\b(?:my name|call me|(?:hi|hey|hello)[,!.]?(?: there[,!.]?)? i'?m)\b", re.I)
OUT_OF_CHARACTER_WORDS = frozenset(
    stem(w)
    for w in """ai assistant model language tips suggestions assist help helps question
    prompt instructions guidelines system marks score grade rating rubric character roleplay
    learner openness ladder certainly full perfect""".split()
)
# Openings of the out-of-character phrases: a sentence is held back while it ends in one.
_ADVICE = ("tips", "suggestions", "ways", "steps", "ideas", "pointers", "strategies")
RISKY_PHRASES = (
    "as an ai", "as a language model", "i'm an ai", "i am an ai", "i'm just an ai", "great question",
    "how can i help", "how may i help", "hope this helps", "hope that helps", "feel free to",
    "happy to help", "glad to help", "full marks", "top marks", "out of 10", "out of 100",
    "my instructions", "system prompt", "my name is", "call me",
    *(f"{hi}{there} i'm" for hi in ("hi", "hey", "hello") for there in ("", " there")),
    *(f"here {verb} {some} {what}" for verb in ("are", "is") for some in ("some", "a few", "my") for what in _ADVICE),
)
_RISKY_PREFIXES = frozenset(p[:i] for p in RISKY_PHRASES for i in range(2, len(p) + 1))
STOPWORDS = frozenset(
    """a about after again all also am an and any are as at be because been before being but by
    can could did do does doing don't down each even ever for from get got had has have having he
    her here hers him his how i i'd i'll i'm i've if in into is it it's its just know like me more
    most much my myself no not now of off oh on once one only or other our out over really said
    say she so some still such than that that's the their them then there these they thing think
    this those though through to too up very was we were what when where which while who why will
    with would yes you your yeah well maybe honestly bit lot kind sort something""".split()
)


def content_stems(text: str) -> frozenset[str]:
    """Stems of the words that carry meaning (no stop words, nothing under three letters)."""
    return frozenset(stem(w) for w in WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 2)


@dataclass(frozen=True)
class DeepItem:
    """A ladder line the persona may not reveal yet, as the stems only it would use."""

    depth: int
    text: str
    stems: frozenset[str]


@dataclass(frozen=True)
class GuardRules:
    """What this reply may contain: derived from the persona and the state, once per turn."""

    names: frozenset[str]  # lower-cased labels that are the persona itself
    deeper: tuple[DeepItem, ...] = ()
    said: tuple[str, ...] = ()  # normalised sentences the persona said lately, sorted
    max_words: int = MAX_WORDS
    triggers: frozenset[str] = field(default=OUT_OF_CHARACTER_WORDS)


_VOCAB_CACHE: dict[tuple[int, int], tuple[Persona, tuple[DeepItem, ...]]] = {}


def deeper_items(persona: Persona, openness: int) -> tuple[DeepItem, ...]:
    """The ladder lines deeper than `openness`, each reduced to the stems that set it apart
    from everything the persona may say now (its bio, setting and the allowed rungs)."""
    key = (id(persona), openness)
    cached = _VOCAB_CACHE.get(key)
    if cached and cached[0] is persona:
        return cached[1]
    allowed_text = [persona.bio, persona.setting, persona.role, persona.voice, persona.opening_line,
                    *persona.ask_back, *persona.outcome.lines]
    allowed_text += [line for r in persona.reactions.model_dump().values() for line in r]
    allowed_text += [line for t in persona.topics for d, lines in t.ladder.items() if d <= openness for line in lines]
    allowed = content_stems(" ".join(allowed_text))
    items = tuple(
        DeepItem(depth=d, text=line, stems=content_stems(line) - allowed)
        for topic in persona.topics
        for d, lines in sorted(topic.ladder.items())
        if d > openness
        for line in lines
    )
    if len(_VOCAB_CACHE) > 64:
        _VOCAB_CACHE.clear()
    _VOCAB_CACHE[key] = (persona, items)
    return items


def rules_for(request: ReplyRequest, max_words: int = MAX_WORDS) -> GuardRules:
    """The guard's rules for the reply to this request."""
    persona = request.persona
    first = persona.name.split()[0]
    names = frozenset({persona.name.lower(), first.lower(), persona.id.lower()}) | SELF_LABELS
    deeper = deeper_items(persona, request.state.openness)
    recent = [t for t in request.history if t.speaker == "partner"][-RECENT_REPLIES:]
    said = tuple(sorted({normal_form(s) for t in recent for s in split_sentences(t.text)}))
    triggers = OUT_OF_CHARACTER_WORDS.union(*(item.stems for item in deeper)) if deeper else OUT_OF_CHARACTER_WORDS
    return GuardRules(names=names, deeper=deeper, said=said, max_words=max_words, triggers=triggers)


def leaked_depth(sentence: str, rules: GuardRules) -> int | None:
    """The depth of the deepest forbidden ladder item this sentence reveals, if any: it shares
    three of the item's own stems, or two when that is half of them."""
    found = content_stems(sentence)
    depths = [
        item.depth
        for item in rules.deeper
        if (hits := len(item.stems & found)) >= 3 or (hits >= 2 and hits * 2 >= len(item.stems))
    ]
    return max(depths) if depths else None


def find_leaks(text: str, rules: GuardRules) -> list[int]:
    """Depths of forbidden ladder items a whole text reveals (for tests and checks)."""
    return sorted({d for s in split_sentences(text) if (d := leaked_depth(s, rules)) is not None})


def split_sentences(text: str) -> list[str]:
    """Sentences of a finished text."""
    parts, start = [], 0
    for m in SENTENCE_END.finditer(text + " "):
        parts.append(text[start : m.end()].strip())
        start = m.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def wrong_name(sentence: str, rules: GuardRules) -> str | None:
    """The name the persona introduces itself by, when it is not its own ("Hi, I'm Alex")."""
    m = INTRODUCES_SELF.search(sentence)
    return m.group(1) if m and m.group(1).lower() not in rules.names else None


def drop_reason(sentence: str, rules: GuardRules, seen: set[str]) -> str | None:
    """Why a complete sentence must not be said, or None when it may. `seen` holds this
    reply's sentences so far: any repeat within a reply goes; across turns, only longer ones."""
    if OUT_OF_CHARACTER.search(sentence):
        return "out of character"
    if (depth := leaked_depth(sentence, rules)) is not None:
        return f"reveals depth {depth}"
    if (name := wrong_name(sentence, rules)) is not None:
        return f"calls itself {name}"
    norm = normal_form(sentence)
    if norm in seen or (len(norm.split()) >= MIN_REPEAT_WORDS and has_prefix(rules.said, norm, whole=True)):
        return "repeats itself"
    if not WORD.search(sentence.lower()):
        return "no words"
    return None


def has_prefix(ordered: tuple[str, ...], text: str, whole: bool = False) -> bool:
    """Whether a sorted tuple holds `text` (whole) or a string beginning with it."""
    i = bisect_left(ordered, text)
    return i < len(ordered) and (ordered[i] == text if whole else ordered[i].startswith(text))


def ends_in_risky_opening(norm: str) -> bool:
    """Whether the text ends with the start of an out-of-character phrase ("... here are")."""
    words = norm.split()
    return any(" ".join(words[-n:]) in _RISKY_PREFIXES for n in range(1, min(len(words), 4) + 1))


def normal_form(sentence: str) -> str:
    return " ".join(WORD.findall(sentence.lower()))
