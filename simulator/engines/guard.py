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

from pydantic import BaseModel, Field

from .guard_rules import (
    INTRO_OPENING,
    NOT_LABELS,
    OUT_OF_CHARACTER,
    SENTENCE_END,
    WORD,
    GuardRules,
    content_stems,
    drop_reason,
    ends_in_risky_opening,
    find_leaks,
    has_prefix,
    normal_form,
    rules_for,
)

__all__ = ["GuardReport", "GuardRules", "OUT_OF_CHARACTER", "StreamGuard", "find_leaks", "guard_text", "rules_for"]

HARD_WORDS_FACTOR = 1.5  # past this many times MAX_WORDS a sentence is cut mid-way
MAX_ASIDE_CHARS = 160  # an opening bracket unclosed for this long is a stray character
_OPENERS = {"*": "*", "(": ")", "[": "]", "<": ">", "{": "}"}
_TEMPLATE_TOKEN = re.compile(r"turn|\||^/?s$|eos|bos|inst|sys", re.I)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_MAYBE_MARKER = re.compile(r"\n[ \t]*(?:\d{1,3}[.)]?|[-•#>])?")  # could still become a list line
_LIST_LINE = re.compile(r"\n[ \t]*(?:[-•#>]|\d+[.)])[ \t]")
_LABEL = re.compile(r"^\s*[\"'“]?\s*([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}|[a-z]+)\s*(?:\([^)]*\))?\s*:\s*")
_STAGE_ACTION = re.compile(r"^\w+(s|ed|ing)$")


class GuardReport(BaseModel):
    """What the guard changed in one reply, for logs and tests."""

    labels_stripped: int = 0
    asides_removed: int = 0
    dropped: list[tuple[str, str]] = Field(default_factory=list, description="(reason, sentence)")
    stopped: str | None = Field(None, description="why the reply ended early, if it did")
    trimmed: bool = Field(False, description="a sentence was cut off after part of it streamed")
    leaked_depths: list[int] = Field(default_factory=list)


def _label_undecided(cur: str) -> bool:
    """Whether the start of a sentence could still become a name label ("Maya Reyes:")."""
    head = cur.lstrip()
    words = [w for w in head.split() if WORD.search(w.lower())]
    return ":" not in head and len(words) <= 3 and bool(re.fullmatch(r"[\"'“]?[\w .'-]*", head))


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
            m = SENTENCE_END.search(self._cur)
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
            if _label_undecided(self._cur):  # "Inês: Tom" could still be "Inês: Tom:"
                return
        cur = self._cur
        if self.done or self._risky(cur):
            return
        cut = cur.rfind(" ")
        if cut > self._cur_shown and WORD.search(cur[:cut].lower()):
            self._show(cur[self._cur_shown : cut], glue=self._cur_shown > 0)
            self._cur_shown = cut

    def _risky(self, cur: str) -> bool:
        """Whether the sentence in progress could still be dropped: it uses a trigger word, or
        it begins like a sentence already said."""
        if content_stems(cur) & self.rules.triggers or OUT_OF_CHARACTER.search(cur) or INTRO_OPENING.search(cur):
            return True
        norm = normal_form(cur)
        if ends_in_risky_opening(norm):
            return True
        if norm and any(s.startswith(norm) for s in self._seen):
            return True
        return len(norm) > 3 and has_prefix(self.rules.said, norm)

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
        self._seen.add(normal_form(sentence))
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
