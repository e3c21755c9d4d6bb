"""Self-disclosure: does a turn share something of the speaker's own, and how deep (0-4)?"""

from __future__ import annotations

import re
from functools import lru_cache

from .questions import is_question
from .text import sentences

FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|i'll|my|me|mine|myself|we|we're|we've|our|us)\b")
# 'I' sentences that are about the listener or the talk, not about oneself.
LISTENER_ONLY = re.compile(
    r"^(?:(?:oh|ah|yeah|well|so|ok|okay|and|but|honestly|totally|right|sure|absolutely|wow|haha|lol|hmm|mm|yes|no|cool|nice)[,!.\s]+)*(?:i (?:see|hear|get|understand|know|agree|bet|guess|wonder|imagine|was wondering|'?m curious|am curious|'?d love to|would love to|'?m sorry|am sorry|can see|can imagine|can tell|appreciate|hope|think so|don't know|dunno|mean)|"
    r"(?:let|tell|help) me|i'?m (?:listening|here|all ears|glad you|so sorry)|that makes me)\b"
)
DEPTH4 = re.compile(
    r"\b(?:died|dying|death|passed away|passed last|funeral|grief|griev\w*|miscarr\w*|cancer|tumou?r|chemo|diagnos\w*|terminal|"
    r"surgery|hospitali[sz]ed|depress\w*|suicid\w*|self[- ]harm|overdos\w*|addict\w*|alcoholi\w*|rehab|relaps\w*|sober|sobriety|"
    r"abuse\w*|abusive|assault\w*|trauma\w*|ptsd|affair|cheated on|infertil\w*|ivf|never told anyone|haven'?t told anyone|"
    r"don'?t tell (?:people|anyone)|nobody knows|no one knows|bankrupt\w*|homeless|breakdown|panic attacks?|eating disorder|"
    r"bipolar|psychiatric|in therapy for|attempted)\b"
)
DEPTH3 = re.compile(
    r"\b(?:nearly quit|almost quit|thought about quitting|fraud|impostor|imposter|divorc\w*|separat\w*|marriage|break ?up|broke up|"
    r"my (?:partner|wife|husband|ex|girlfriend|boyfriend) and i|argu\w*|fight(?:ing)? all the time|therapy|therapist|counsell?ing|"
    r"burn\w* ?out|burnt out|breaking point|(?:really |so |terribly |genuinely )?(?:scared|afraid|terrified|frightened) (?:that|of|i)|"
    r"lost my job|laid off|got fired|was fired|redundan\w*|debt|money worries|can'?t sleep|couldn'?t sleep|insomnia|lonely|loneliness|"
    r"isolated|cry|cried|crying|in tears|failing|failed|falling apart|hate myself|ashamed|shame|worthless|not good enough|"
    r"estranged|don'?t speak to|custody|struggl\w* (?:badly|a lot|with (?:my|anxiety|money|mental))|mental health|anxiety|"
    r"dark place|rock bottom|(?:my|our) (?:dad|mum|mom|mother|father|son|daughter|kid|parent)s? (?:is|was|has been|got) (?:sick|ill|unwell)|"
    r"carer|caring for my|miserable|heartbroken|devastated)\b"
)
DEPTH2 = re.compile(
    r"\b(?:nervous|anxious|awkward|struggl\w*|rough|hard time|tough time|stress\w*|embarrass\w*|worr\w*|frustrat\w*|overwhelm\w*|"
    r"exhausted|tired|drained|insecure|intimidat\w*|out of my depth|messed up|screwed up|mistake|regret\w*|felt (?:like|so|really|a bit|pretty|very|lost|stupid|useless|left out|overlooked|invisible|awful|bad|terrible|guilty|small)|"
    r"i feel (?:like|so|really|a bit|pretty|very|lost|stuck|left out)|hurt|upset|sad|lonely|homesick|miss (?:my|home|them|her|him)|"
    r"scared|afraid|terrified|panick\w*|freak\w* out|doubt\w*|unsure of myself|self-conscious|shy|introvert\w*|"
    r"first time|new to|didn'?t know anyone|don'?t know anyone|hard for me|difficult for me|took me (?:a while|ages|years)|"
    r"honestly|to be honest|truth is|admit|confess|secretly|proud|relieved|excited|gutted|disappointed|annoyed|angry|"
    r"hated|hate|cried|lost|stuck|bored|burn)\b"
)
DEPTH1 = re.compile(
    r"\b(?:love|loved|like|liked|enjoy\w*|prefer\w*|hate|fan of|into|favou?rite|rather|fun|interesting|boring|dull|"
    r"think|thought|find|found|reckon|believe|guess|opinion|honestly|hobby|hobbies|weekend|passion\w*|dream|hope|wish|"
    r"i'?m (?:a big|a huge|not a|more of)|can'?t stand|obsessed|addicted to|miss|excited|curious|surprised|impressed|"
    r"learn\w*|trying to|training for|getting into|started|picked up|took up|been (?:doing|learning|trying|getting))\b"
)
SELF_FACT = re.compile(
    r"\b(?:i|i'm|im|i've|ive|i'd|i was|my|we|we're|our)\b"
)


@lru_cache(maxsize=4096)
def own_sentences(text: str) -> tuple[str, ...]:
    """Statements in which the speaker says something about themselves."""
    out = []
    for s in sentences(text):
        if is_question(s) and not re.search(r"\b(?:i|i'm|i've|my)\b.*\b(?:too|as well|also)\b", s):
            continue
        if FIRST_PERSON.search(s) and not LISTENER_ONLY.match(s):
            out.append(s)
    return tuple(out)


def sentence_depth(sentence: str) -> int:
    if DEPTH4.search(sentence):
        return 4
    if DEPTH3.search(sentence):
        return 3
    if DEPTH2.search(sentence):
        return 2
    if DEPTH1.search(sentence):
        return 1
    return 0


@lru_cache(maxsize=4096)
def depth(text: str) -> int:
    """How deep the speaker's own sharing goes (0 when they share nothing of themselves)."""
    return max((sentence_depth(s) for s in own_sentences(text)), default=0)


@lru_cache(maxsize=4096)
def deepest_sentence(text: str) -> str | None:
    own = own_sentences(text)
    if not own:
        return None
    return max(own, key=sentence_depth)


def shares_something(text: str) -> bool:
    """Whether the speaker gives anything of their own: a fact, a view, a feeling."""
    return bool(own_sentences(text))
