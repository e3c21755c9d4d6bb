"""Keeps an LLM persona in character while its reply streams.

A model writes words; the rapport state decides what they may reveal. The guard sits
between the two, sentence by sentence: it strips name labels and stage directions, stops
where the model starts writing someone else's lines (the learner's, a list, a chat-template
token), drops sentences that sound like an assistant or a coach, that obey an injected
instruction, or that reveal ladder items deeper than the state's openness, and caps length.

Text streams out token by token; only a sentence that looks risky (it mentions words from
the persona's deeper ladder items, or an assistant's stock phrases) is held back until it is
complete and judged. A held sentence that is dropped after part of it was shown is closed
with an ellipsis: the persona stops itself mid-thought, as people do.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from ..ladder import stem
from ..schemas import Persona
from .base import ReplyRequest

MAX_WORDS = 80  # a spoken turn, not an essay; the sentence in progress may finish
HARD_WORDS_FACTOR = 1.5  # past this many times MAX_WORDS a sentence is cut mid-way
MAX_ASIDE_CHARS = 160  # an opening bracket unclosed for this long is a stray character
MIN_REPEAT_WORDS = 4  # shorter sentences ("Yes." "Right.") may repeat
RECENT_REPLIES = 12  # the persona's replies checked for repeats (bounded: long talks stay fast)

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_OPENERS = {"*": "*", "(": ")", "[": "]", "<": ">", "{": "}"}
_TEMPLATE_TOKEN = re.compile(r"turn|\||^/?s$|eos|bos|inst|sys", re.I)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_MAYBE_MARKER = re.compile(r"\n[ \t]*(?:\d{1,3}[.)]?|[-•#>])?")  # could still become a list line
_LIST_LINE = re.compile(r"\n[ \t]*(?:[-•#>]|\d+[.)])[ \t]")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n")
_LABEL = re.compile(r"^\s*[\"'“]?\s*([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}|[a-z]+)\s*(?:\([^)]*\))?\s*:\s*")
_STAGE_ACTION = re.compile(r"^\w+(s|ed|ing)$")

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
    "my instructions", "system prompt",
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
    return frozenset(stem(w) for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 2)


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


class GuardReport(BaseModel):
    """What the guard changed in one reply, for logs and tests."""

    labels_stripped: int = 0
    asides_removed: int = 0
    dropped: list[tuple[str, str]] = Field(default_factory=list, description="(reason, sentence)")
    stopped: str | None = Field(None, description="why the reply ended early, if it did")
    trimmed: bool = Field(False, description="a sentence was cut off after part of it streamed")
    leaked_depths: list[int] = Field(default_factory=list)


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
    said = tuple(sorted({_normal(s) for t in recent for s in split_sentences(t.text)}))
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
    for m in _SENTENCE_END.finditer(text + " "):
        parts.append(text[start : m.end()].strip())
        start = m.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def drop_reason(sentence: str, rules: GuardRules, seen: set[str]) -> str | None:
    """Why a complete sentence must not be said, or None when it may. `seen` holds this
    reply's sentences so far: any repeat within a reply goes; across turns, only longer ones."""
    if OUT_OF_CHARACTER.search(sentence):
        return "out of character"
    if (depth := leaked_depth(sentence, rules)) is not None:
        return f"reveals depth {depth}"
    norm = _normal(sentence)
    if norm in seen or (len(norm.split()) >= MIN_REPEAT_WORDS and _has_prefix(rules.said, norm, whole=True)):
        return "repeats itself"
    if not _WORD.search(sentence.lower()):
        return "no words"
    return None


def _label_undecided(cur: str) -> bool:
    """Whether the start of a sentence could still become a name label ("Maya Reyes:")."""
    head = cur.lstrip()
    words = [w for w in head.split() if _WORD.search(w.lower())]
    return ":" not in head and len(words) <= 3 and bool(re.fullmatch(r"[\"'“]?[\w .'-]*", head))


def _has_prefix(ordered: tuple[str, ...], text: str, whole: bool = False) -> bool:
    """Whether a sorted tuple holds `text` (whole) or a string beginning with it."""
    i = bisect_left(ordered, text)
    return i < len(ordered) and (ordered[i] == text if whole else ordered[i].startswith(text))


def _ends_in_risky_opening(norm: str) -> bool:
    """Whether the text ends with the start of an out-of-character phrase ("... here are")."""
    words = norm.split()
    return any(" ".join(words[-n:]) in _RISKY_PREFIXES for n in range(1, min(len(words), 4) + 1))


def _normal(sentence: str) -> str:
    return " ".join(_WORD.findall(sentence.lower()))


def clean_raw(raw: str, final: bool) -> tuple[str, str, bool, int]:
    """Split raw model text into (clean text, tail still undecided, stop?, asides removed).

    Removes stage directions (*smiles*, [laughs], short (asides)), markup and tags; stops at a
    blank line, a list, or a chat-template token. Newlines are kept: they end a sentence."""
    out: list[str] = []
    asides = 0
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch in _OPENERS:
            if raw.startswith("**", i):
                i += 2  # bold markup: keep the words, lose the stars
                continue
            close = raw.find(_OPENERS[ch], i + 1)
            if close == -1:
                if not final and len(raw) - i <= MAX_ASIDE_CHARS:
                    return "".join(out), raw[i:], False, asides
                if final and ch != "(":
                    asides += 1
                    break  # an unclosed direction at the end: drop it
                i += 1  # a stray bracket
                continue
            inner = raw[i + 1 : close]
            if ch == "<" and _TEMPLATE_TOKEN.search(inner):
                return "".join(out), "", True, asides
            kept = _aside_kept(ch, inner)
            asides += kept is None
            out.append(kept or " ")
            i = close + 1
            continue
        if ch == "\n":
            rest = raw[i:]
            if not final and _MAYBE_MARKER.fullmatch(rest):
                return "".join(out), rest, False, asides
            if _BLANK_LINE.match(rest) or _LIST_LINE.match(rest):
                return "".join(out), "", True, asides
        if ch not in "`_#":
            out.append(ch)
        i += 1
    return "".join(out), "", False, asides


def _aside_kept(opener: str, inner: str) -> str | None:
    """What of a bracketed span to keep: emphasis (*really*) and long asides stay, stage
    directions (*smiles*, [laughs], (pauses)) and tags go."""
    words = inner.split()
    if opener == "*" and len(words) == 1 and not _STAGE_ACTION.match(words[0].lower()):
        return inner
    if opener == "(" and len(words) > 6:
        return f"({inner})"
    return None


class StreamGuard:
    """Feed it the model's chunks; it returns the text that may be shown now."""

    def __init__(self, rules: GuardRules) -> None:
        self.rules = rules
        self.report = GuardReport()
        self.done = False
        self._raw = ""  # raw text not yet cleaned
        self._cur = ""  # clean text of the sentence in progress
        self._cur_shown = 0  # how much of it has been emitted
        self._out: list[str] = []
        self._words = 0
        self._seen: set[str] = set()

    @property
    def text(self) -> str:
        return "".join(self._out)

    @property
    def emitted(self) -> bool:
        return bool(self.text.strip())

    def feed(self, chunk: str) -> str:
        """Take a chunk of the model's reply; return what may be shown now ('' if nothing)."""
        if self.done:
            return ""
        before = len(self._out)
        clean, self._raw, stop, asides = clean_raw(self._raw + chunk, final=False)
        self.report.asides_removed += asides
        self._take(clean)
        if stop:
            self._stop("chat template token, list or blank line")
        return "".join(self._out[before:])

    def finish(self) -> str:
        """The stream ended: judge what is left; return the last text to show."""
        before = len(self._out)
        if not self.done:
            clean, _, stop, asides = clean_raw(self._raw, final=True)
            self.report.asides_removed += asides
            self._take(clean)
            if not self.done:
                sentence, self._cur = self._cur, ""
                self._end_sentence(sentence)
        self._raw = ""
        self.done = True
        return "".join(self._out[before:])

    def _stop(self, why: str) -> None:
        if not self.done:
            sentence, self._cur = self._cur, ""
            self._end_sentence(sentence)
            self.report.stopped = self.report.stopped or why
            self.done = True

    def _take(self, clean: str) -> None:
        self._cur += clean
        while not self.done:
            m = _SENTENCE_END.search(self._cur)
            if not m:
                break
            sentence, self._cur = self._cur[: m.end()], self._cur[m.end() :]
            self._end_sentence(sentence)
        if not self.done:
            self._stream_partial()

    def _stream_partial(self) -> None:
        """Show the sentence in progress up to its last whole word, unless it is risky or
        could still turn out to be a name label, or the reply is over its hard length."""
        if len(self._cur.split()) + self._words > self.rules.max_words * HARD_WORDS_FACTOR:
            sentence, self._cur = self._cur.rstrip() + "…", ""
            self.report.stopped = "length"
            self._end_sentence(sentence)
            self.done = True
            return
        if self._cur_shown == 0:
            if _label_undecided(self._cur):
                return
            self._cur = self._strip_label(self._cur)
        cur = self._cur
        if self.done or self._risky(cur):
            return
        cut = cur.rfind(" ")
        if cut > self._cur_shown and _WORD.search(cur[:cut].lower()):
            self._show(cur[self._cur_shown : cut], glue=self._cur_shown > 0)
            self._cur_shown = cut

    def _risky(self, cur: str) -> bool:
        """Whether the sentence in progress could still be dropped: it uses a trigger word, or
        it begins like a sentence already said."""
        if content_stems(cur) & self.rules.triggers or OUT_OF_CHARACTER.search(cur):
            return True
        norm = _normal(cur)
        if _ends_in_risky_opening(norm):
            return True
        if norm and any(s.startswith(norm) for s in self._seen):
            return True
        return len(norm) > 3 and _has_prefix(self.rules.said, norm)

    def _end_sentence(self, sentence: str) -> None:
        """Judge a complete sentence: show the rest of it, or drop it."""
        shown, self._cur_shown = self._cur_shown, 0
        if shown == 0:
            sentence = self._strip_label(sentence)
        if self.done or not sentence.strip():
            return
        reason = drop_reason(sentence, self.rules, self._seen)
        if reason is not None:
            self.report.dropped.append((reason, sentence.strip()))
            if reason.startswith("reveals"):
                self.report.leaked_depths.append(int(reason.split()[-1]))
            if shown:
                self.report.trimmed = True
                self._show("…", glue=True)
            return
        self._seen.add(_normal(sentence))
        self._show(sentence[shown:].rstrip(), glue=shown > 0)
        self._words += len(sentence.split())
        if self._words >= self.rules.max_words:
            self.report.stopped = self.report.stopped or "length"
            self.done = True

    def _strip_label(self, sentence: str) -> str:
        """Remove the persona's own name label; stop at anyone else's."""
        m = _LABEL.match(sentence)
        if not m or m.group(1).lower() in NOT_LABELS:
            return sentence
        if m.group(1).lower() in self.rules.names:
            self.report.labels_stripped += 1
            return self._strip_label(sentence[m.end() :])
        self.report.stopped = f"another speaker ({m.group(1)})"
        self.done = True
        return ""

    def _show(self, piece: str, glue: bool = False) -> None:
        """Append text to the reply with single spaces between pieces."""
        piece = re.sub(r"\s+", " ", piece)
        if not self._out:
            piece = piece.lstrip().lstrip("\"'“")
        elif not glue and not piece.startswith(" ") and not self._out[-1].endswith(" "):
            piece = " " + piece
        if self._out and self._out[-1].endswith(" "):
            piece = piece.lstrip()
        if piece:
            self._out.append(piece)


def guard_text(text: str, rules: GuardRules) -> tuple[str, GuardReport]:
    """The whole-text form: what a complete reply becomes after the guard."""
    guard = StreamGuard(rules)
    guard.feed(text)
    guard.finish()
    return guard.text.strip(), guard.report
