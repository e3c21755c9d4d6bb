"""The partner's words, turned so the learner can say them back in a rewrite.

"I don't want you doing more nights" becomes "you don't want me doing more nights";
"Bit stressed, honestly" becomes "you're a bit stressed"; a long clause is cut where a clause
ends, not mid-phrase. Pure string functions: the rewrite quality lives here, in one place.
"""

from __future__ import annotations

import re

from .analysis.disclosure import IRREGULAR_PAST
from .analysis.text import STOPWORDS

# First person (theirs) -> second person, and second person (the learner) -> first person.
_TO_YOU = {
    "i": "you", "i'm": "you're", "im": "you're", "i've": "you've", "ive": "you've", "i'd": "you'd",
    "i'll": "you'll", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
    "we": "you", "we're": "you're", "we've": "you've", "we'd": "you'd", "we'll": "you'll",
    "our": "your", "ours": "yours", "us": "you", "ourselves": "yourselves",
}
_TO_ME = {
    "you're": "I'm", "youre": "I'm", "ur": "I'm", "you've": "I've", "you'd": "I'd", "you'll": "I'll",
    "your": "my", "yours": "mine", "yourself": "myself", "u": "me",
}
# After a swapped subject the verb follows it: "I was" -> "you were", "you are" -> "I am".
_AFTER_YOU = {"am": "are", "was": "were"}
_AFTER_I = {"are": "am", "were": "was"}
# "you" is the subject when what follows reads as its verb; otherwise it is "me".
_SUBJECT_NEXT = re.compile(
    r"(?:are|were|have|had|can|could|will|would|should|shall|might|must|may|do|did|don't|didn't|"
    r"can't|won't|wouldn't|couldn't|shouldn't|haven't|hadn't|aren't|weren't|always|never|just|"
    r"really|still|also|only|even|know|knew|think|thought|said|say|want|wanted|need|needed|"
    r"seem|seemed|get|got|go|went|make|made|take|took|keep|kept|feel|felt|look|looked|mean|"
    r"meant|see|saw|told|tell|asked|ask|put|left|let|like|liked|love|loved|\w+ed)$"
)
# After these, "you" opens a clause and is its subject: "the system that you set up".
_CLAUSE_OPENER = re.compile(
    r"(?:that|who|which|if|when|whenever|because|cos|and|but|or|so|than|as|since|until|while|"
    r"where|before|after|unless|though|although|[,;:.!?-]+)$"
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|am|be|been|being|has|have|had|do|does|did|can|could|will|would|shall|"
    r"should|may|might|must|got|gets|get|went|goes|go|made|makes|feel|feels|felt|keeps?|kept|"
    r"took|takes?|said|says|thinks?|thought|knows?|knew|wants?|needs?|loves?|hates?|likes?|"
    r"came|comes|left|lost|found|told|tells|gave|gives|saw|sees|seems?|means?|meant|runs?|ran|"
    r"works?|lives?|\w+ed|\w+(?:'s|'re|'ve|'d|'ll|'m|n't)|" + IRREGULAR_PAST + r")\b"
)
_PRONOUN_VERB = re.compile(r"\b(?:I|you|he|she|they|we)\s+(?!and\b|or\b|too\b|both\b|all\b)[a-z]", re.I)
_SUBJECT_LED = re.compile(r"^(?:you|you're|you've|you'd|you'll|i|i'm|they|they're|he|she|it|it's|there|we)\b")
# A feeling or state with its subject dropped: "Bit stressed", "Pretty tired", "Exhausted".
_STATE = re.compile(
    r"^(?:(?:a )?bit|a little|pretty|really|so|very|quite|kind of|kinda|sort of|not|too|totally|"
    r"completely|absolutely|properly|rather|fairly|super|dead|bloody|still)\b|^\w+(?:ed|ing)$",
    re.I,
)
_TRAILING = re.compile(
    r"(?:,\s*(?:honestly|to be honest|tbh|ngl|really|though|you know|i guess|i suppose|i think|"
    r"if i'?m honest|mate|man|sir|ma'am|love|lol|haha|like))+\s*$",
    re.I,
)
# Words that open their sentence but not what they said: "Because I swapped...", "Hey, sorry...".
_LEADING = re.compile(
    r"^(?:(?:because|cos|coz|'cause|hey|hi|hello|er|erm|um|uh|well|so|and|but|look|listen|honestly|anyway|"
    r"oh|ah|yeah|yes|no|okay|ok)\b[,.!\s-]*)+",
    re.I,
)
_FILLER = re.compile(r",?\s+(?:er|erm|um|uh|like),(?=\s)", re.I)
# An instruction to the learner: "Ask me properly next week" -> "to ask you properly next week".
_IMPERATIVE = re.compile(
    r"^(?:ask|tell|give|send|call|ring|text|email|come|bring|take|leave|let|try|go|look|check|remind|"
    r"keep|stop|don't|just)\b(?!')",
    re.I,
)
_CLAUSE_END = re.compile(r",|;|\s-\s|\s(?=(?:and|but|because|so|when|while|which|though|until|since)\s)")


# Sentence openers that lose their capital mid-sentence; any other capital may be a name ("Ruby").
_STARTERS = frozenset(
    "the a an it its it's that this these those there they they're he she his her him them some one "
    "no nobody everyone everybody everything nothing something someone anyone all most mostly both "
    "each every if when what why how who which so and but or because as then now just still only "
    "not never always honestly actually really well yes yeah no nah sorry thanks maybe probably "
    "half last next bit pretty very quite kind sort kinda totally completely absolutely properly "
    "rather fairly super dead bloody too after before since during until in on at for with from by "
    "about over under through behind better worse two three four five six seven eight nine ten "
    "twenty first second third ask let come give tell send call try go look keep wet".split()
) | STOPWORDS


def to_second_person(phrase: str) -> str:
    """Their words turned towards them: 'I moved here in June' -> 'you moved here in June',
    and what they said of the learner turned back: 'I don't want you to' -> 'you don't want me to'."""
    tokens = re.findall(r"[\w']+|[^\w\s]+|\s+", phrase.replace("\u2019", "'"))
    out: list[str] = []
    last_subject = ""  # "you" or "i" while the next word may be that subject's verb
    for i, token in enumerate(tokens):
        low = token.lower()
        if token.isspace():
            out.append(token)
            continue
        if last_subject == "you" and low in _AFTER_YOU:
            out.append(_AFTER_YOU[low])
        elif last_subject == "i" and low in _AFTER_I:
            out.append(_AFTER_I[low])
        elif low in _TO_YOU:
            out.append(_TO_YOU[low])
        elif low == "you":
            following = next((t.lower() for t in tokens[i + 1:] if not t.isspace()), "")
            before = next((t.lower() for t in reversed(tokens[:i]) if not t.isspace()), "")
            subject = _SUBJECT_NEXT.match(following) or not before or _CLAUSE_OPENER.match(before)
            out.append("I" if subject else "me")
        elif low in _TO_ME:
            out.append(_TO_ME[low])
        else:
            out.append(token)
        last_subject = "you" if low in ("i", "we") else "i" if out[-1] == "I" else ""
    text = "".join(out).strip()
    first = re.split(r"[\s',.;:!?-]", text, maxsplit=1)[0].lower()
    if text[:2] in ("I ", "I'") or (first not in _STARTERS and first not in ("you", "your", "yours")):
        return text
    return text[:1].lower() + text[1:]


def clip(phrase: str, limit: int = 12) -> str:
    """At most about `limit` words, cut where a clause ends when one is near."""
    words = phrase.split()
    if len(words) <= limit + 2:
        return phrase
    head = " ".join(words[:limit])
    ends = [m.start() for m in _CLAUSE_END.finditer(head) if len(head[: m.start()].split()) >= 4]
    return head[: ends[-1]].rstrip(" ,;-") if ends else head + "..."


def you_clause(their_words: str) -> str:
    """What they said, as the learner would put it back to them: a clause when it has one,
    'you're a bit stressed' for a dropped subject, the phrase itself for a noun phrase."""
    theirs = _FILLER.sub("", _LEADING.sub("", their_words.strip().rstrip(".!")))
    words = clip(to_second_person(_TRAILING.sub("", theirs)))
    words = _TRAILING.sub("", words)  # a cut can end on "..., honestly" too
    if _IMPERATIVE.match(words):
        return "to " + words[:1].lower() + words[1:]
    if _SUBJECT_LED.match(words) or not _STATE.match(words):
        return words
    return "you're " + ("a " if words.lower().startswith("bit ") else "") + words


def mention(their_words: str | None) -> str:
    """'you said you moved here in June' for a clause, 'you mentioned the Penrose matter' for a phrase."""
    if not their_words:
        return "you said that"
    words = you_clause(their_words)
    clause = _SUBJECT_LED.match(words) or _FINITE.search(words) or _PRONOUN_VERB.search(words) or words.startswith("to ")
    return f"you {'said' if clause else 'mentioned'} {words}"


_PLAN = re.compile(r"\b(?:you|we)(?:'ll| will|'re| are)? (?:going to|gonna|planning|thinking of|thinking about|hoping to|about to|want to|wanna|plan to)\b|\byou'll\b|\byou will\b")
_PAST = re.compile(
    r"\b(?:you|we|he|she|they|it|i)\s+(?:\w+\s+)?(?!got\b)(?:\w+[^e\W]ed|\w+ied|" + IRREGULAR_PAST + r")\b(?!')"
    r"|\b(?:was|were|had)\b|\blast (?:week|year|month|time|night|summer|winter|spring|autumn|fall)\b"
    r"|\bago\b|\byesterday\b",
    re.I,
)
_SOMEONE = re.compile(
    r"^(?:your (?:mum|mom|mother|dad|father|parents?|partner|wife|husband|son|daughter|kids?|children|boy|girl|lad|"
    r"brother|sister|nan|gran|grandma|grandad|grandpa|friend|boss|manager|team|colleague|ex|family|aunt|uncle|cousin)|"
    r"he|she|they|he's|she's|they're)\b"
)
_ONGOING = re.compile(r"^(?:you're|you've been|you have been|you feel|you keep|you still|you can't|you don't|you've got)\b")


def fitting_question(their_words: str | None) -> str:
    """An open follow-up that fits what they said: someone close to them, a plan, a past event,
    something ongoing, a thing they named, or a view of theirs."""
    if not their_words:
        return "what's that been like?"
    words = you_clause(their_words)
    if _SOMEONE.match(words):
        return "how has that been for you?"
    if _PLAN.search(words):
        return "what's drawing you to that?"
    if _PAST.search(words):
        return "what was that like?"
    if _ONGOING.match(words):
        return "how has that been?"
    if not mention(their_words).startswith("you said"):
        return "what's the story there?"
    return "what's behind that?"
