"""Questions: which sentences ask, whether they invite a story, how many distinct ones.

A question is judged by its form (who is asked what, in which clause) and, where the
partner's last turn is known, by what it does there: an echo of their words used as a
springboard ('Two jobs? Try a dissertation...') asks nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import content_stems, overlap, sentences

_LEAD = r"^(?:(?:so|and|but|oh|ah|ok|okay|wait|hey|well|right|now|then|also|hmm|haha|lol|um|like|cool|nice|wow|sorry|and so|out of curiosity|just curious|honestly|genuinely|seriously|actually|anyway|anyways|btw|by the way|also|plus|sure|hbu|wbu|and you|how about you|what about you)[,\s]+)*"
_AUX = r"(?:do|does|did|is|are|was|were|have|has|had|can|could|would|will|should|shall|may|might|am|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|haven't|hasn't|won't|wouldn't|can't|couldn't|shouldn't|you're|you've|u)"
_WH = r"(?:what|what's|how|how's|why|where|where's|where'd|when|when's|whens|who|who's|whos|which|whats|hows)"
_SUBJECT = r"(?:you|i|we|they|he|she|it|there|that|this|these|those|anyone|anybody|someone|somebody|everyone|your|yours|the|my|mine|our|ours|his|her|hers|their|theirs)"

ASK_START = re.compile(_LEAD + r"(?:" + _WH + r"|" + _AUX + r")\b")
# Unpunctuated (texted) questions need a real question shape: 'how was the trip', 'did u go'.
TEXTED_ASK = re.compile(
    _LEAD
    + r"(?:" + _WH + r" (?:(?!(?:i|we|they|he|she|it)\b)\w+ )?(?:" + _AUX + r"|you|your)\b|"
    # a wh-word carrying its own 'is' asks whatever follows: 'whats the plan', 'whens the training'
    r"(?:what's|whats|how's|hows|where's|wheres|when's|whens|who's|whos) \w+|"
    + _AUX + r" " + _SUBJECT + r"\b|(?:\w+ ){0,2}(?:how|why)$)"
)
INVITATION = re.compile(
    _LEAD
    + r"(?:tell me (?:more|about|what|how|why)|(?:kindly |please )?let me know (?:what|how|why)\b(?!(?: [\w'-]+){0,6} (?:go|goes|went|turns? out|works? out|gets? on)\b)|walk me through|talk me through|describe|i'?d love to (?:hear|know)|"
    r"i'?m curious (?:about|what|how|why)|i wonder (?:what|how|why)|help me understand|say more|go on(?! then\b|,? (?:show|give|send|have|take|grab)\b))"
)
# Yes/no or one-word questions that start like open ones.
CLOSED_WH = re.compile(
    _LEAD
    + r"(?:what (?:time|day|year|date|company|team|department|firm|school|size|age|number|level|grade|role|title|floor|city|town|country|part of town)\b|"
    r"what (?:breed|brand|make|model|colou?r|flavou?r)\b|"
    # a category for one thing ('What kind is it?', 'what sort of dog is he?'); 'what kind of people do you look for?' invites more
    r"what (?:kind|sort|type)(?: of [\w-]+)? (?:is|was|are|were|'s) (?:it|that|this|he|she|they|yours)\b|"
    # asking for a thing by name: 'which models do you use?', 'what are you playing next?', 'what software are you on?'
    r"(?:what|which) (?:\w+ )?(?:do|did|are|were|would) (?:you|u|they|we) (?:\w+ )?(?:use|using|play|playing|fly|flying|drive|driving|read|reading|watch|watching|"
    r"listen(?:ing)? to|drink|drinking|eat|eating|move to|moved to|switch(?:ed)? to|go with|code in|run on|running|run|running on)\b|"
    r"what (?:software|language|tool|tools|app|apps|platform|stack|system|version|car|phone|game|book|show|film|movie|song|band)s? (?:do|did|are|were|is|was)\b|"
    r"what'?s (?:the|your) best (?:address|email|number|time|day|date|contact|place)\b|what'?s (?:your|the|his|her|their) [\w'-]+'s name\b|"
    # asking for a name: 'what's yours called?', 'what are they called?'
    r"what(?:'s| is| was| are| were)? (?:[\w'-]+ ){0,3}(?:called|named)\b|"
    r"what'?s (?:your|the|his|her|their|its) (?:name|role|title|team|company|job|number|email|handle|budget|deadline|timeline|date)\b|"
    r"what (?:do|did) you (?:do)\b(?! (?:when|with|about|there|next|after|then))|"
    r"how (?:many|much|long|old|often|far|big|soon)\b|where|when|whens|who|which|whos|who's|where's|wheres|"
    # Proposals: 'what if we...', 'how about Tuesday?' expect a yes or a no.
    r"what if (?:we|i|you|they|the|our|your|it|that|this|he|she|someone|somebody)\b|how about\b|what about (?:if|we|i)\b|"
    # a measure asked for: "what's your average time per room?"
    r"what(?:'s| is| was| are| were) (?:the|your|their|his|her) (?:average|typical|usual|median|total|minimum|maximum|rough)\b)"
)
# 'What's the pay?', 'what's your star sign?': a short noun after the verb asks for one fact.
WHATS_FACT = re.compile(
    _LEAD + r"what(?:'s| is| was| are| were) (?:the|your|his|her|their|its|my|our) (?!\w+est\b|best|worst|most|favou?rite part)[\w-]+(?: (?!like\b)[\w-]+)?\W*$"
)
# A wh-question that offers its own answers to pick from: "What's catching you - the start or the top-out?"
OFFERED = re.compile(r"^[^-:]*\b(?:what|which|who|where)\b[^-:]*(?:\s-\s|:\s)(?:the |a |an |your |my )?[\w' -]{1,30}\bor\b[\w' -]{1,30}\?$")
# A wh-question that offers its own answer: 'What is it, a bad back?'
_ADVERBIAL = r"(?:that|this|these|those|back|then|now|in|at|on|when|though|again|exactly|honestly|really|just|if|by|from|over|during|after|before|since|so far|these days|anyway|anyways|actually|originally|in the end|first|mate|love)\b"
CANDIDATE = re.compile(_LEAD + r"(?:what|who|where|which)\b[^,:]{0,30}, (?!" + _WH + r"\b|" + _AUX + r"\b|" + _ADVERBIAL + r")[\w' -]{1,30}\?$")
OPEN_AUX = re.compile(
    _LEAD
    + r"(?:can|could|would|will|do) you (?:be willing to |be able to |mind )?(?:tell|say|talk|walk|describe|share|explain|help me understand|telling|sharing|explaining|saying)\b|"
    + _LEAD
    + r"(?:do|would) you (?:want to|wanna|care to) (?:tell|talk(?! about (?:it|this|that)\b)|say|share)\b|"
    + _LEAD
    + r"(?:can|could|may|might) i ask (?:what|how|why)\b|"
    # permission to ask a wh-question: 'Is it okay if I ask how you did the heel hook?', 'Would it be awful to ask how...?'
    + _LEAD
    + r"(?:(?:is|would|will) it (?:be )?(?:\w+ )?(?:ok|okay|alright|all right|awful|rude|weird|cheeky|too much|cool|fine)|(?:do|would) (?:you|u) mind) "
    r"(?:if i ask|(?:me )?(?:to )?ask(?:ing)?) (?:you )?(?:what|how|why)\b"
)
SHORT_OPEN = re.compile(_LEAD + r"(?:and then|then what|like what|such as|how so|how come|in what way|meaning|why not|why|how|(?:[\w'-]+ ){1,6}(?:how|why|in what way))\W*\??$")
# 'Where are we on the audit?': a request for the state of things, not for a place.
STATUS = re.compile(_LEAD + r"where (?:are|were|do) (?:we|you|things|they) (?:stand )?(?:on|with|at with)\b")
TAG = re.compile(
    r"(?:,|^)\s*(?:right|yeah|no|eh|innit|you know|ya know|huh|yes|correct|am i right|ok|okay|true|"
    # a negative tag on one's own statement: 'isn't it?', 'haven't i?', 'didn't you?'
    r"(?:isn't|aren't|wasn't|weren't|haven't|hasn't|hadn't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|shouldn't) (?:i|you|we|they|he|she|it|there|that))\s*\?+$"
)
# Questions nobody is meant to answer: a stance word ('Honestly? Nights.'), a challenge
# ('You think that's bad?'), a reported thought ('and I think, is this it?').
RHETORICAL = re.compile(
    r"^(?:(?:oh|ha|haha|so|and|but)[,\s]+)*(?:honestly|seriously|frankly|truthfully|really|srsly|literally)\W*$|"
    r"^(?:(?:oh|ha|haha|so|and|but|wow)[,\s]+)*(?:you|u) (?:think|reckon|call) (?:that|this)\b|"
    r"^(?:(?:oh|so|and|but|well)[,\s]+)*what (?:do|did|would) you (?:want|expect) me to (?:do|say)\b|"
    r"\b(?:i|we) (?:think|thought|ask(?:ed)? (?:myself|ourselves)|said to myself|was like|went),\s*(?:" + _WH + r"|" + _AUX + r")\b[^,]*(?:,[^,]*)?\?$|"
    r"^(?:who cares|what's the point|how hard can it be|what else is new|who knew)\b|"
    # incredulity and exasperation: 'who even does that?', 'so what are we supposed to do?'
    r"^(?:(?:oh|so|and|but|like|seriously|honestly)[,\s]+)*(?:who|what|why|how) even\b|"
    r"\bwhat (?:am i|are we|was i|were we) (?:even )?(?:supposed|meant) to (?:do|say)\b"
)
CONFIRM = re.compile(_LEAD + r"(?:is|does|would|will|how does|how's|was) (?:that|this)(?: \w+)?(?: \w+)? (?:ok|okay|alright|all right|fair|fine|work|sound|make sense|suit|good)\b")
JOINED = re.compile(r"(?:,\s*and|;|\band\b)\s+(?:" + _WH + r"|(?:do|does|did|is|are|was|were|have|has|can|could|would|will)\s+(?:you|they|we|it|he|she|i)\b)")
# Marks a sentence as the previous one said again another way: 'What made you quit? Like, was it the job or the city?'
ELABORATION = re.compile(r"^(?:like|i mean|as in|you know|meaning)\b")
_INTERJECTION = re.compile(
    r"\b(?:oh|ah|mate|man|dude|love|wow|god|gosh|omg|wait|really|hang on|sorry|what|whoa|huh|eh|jeez|blimey|crikey|heck|"
    r"arre|arrey|aiyo|aiyoh|aiya|ayy|yoh|haibo|eish|ag|ach|och|hai|ya allah|wallah|mon dieu|dios mio|ostia)\b"
)
_CLAUSE_SPLIT = re.compile(r"\s*[,;:]\s+|\s+-\s+")
_ABOUT_THEM = re.compile(r"^(?:you|you're|you've|you'll|you'd|your|u|ur)\b(?! (?:know|see|mean|know what i mean)\b)")
# After a question, a new one that does not open with a question word: 'You are married?', 'Any blockers? Anything you need?'
FURTHER_ASK = re.compile(
    _LEAD + r"(?:(?:any|anything|anyone|anybody|anywhere)\b\s+\w+|(?:you|u)(?:'re|'ve| are| were| still| live| work| have| had| got)\b\s+\w+)"
)


# A surprised echo that opens a turn ('Is it?', 'Did you really?', '40??'): a reaction, not a question to answer.
REACTION = re.compile(
    r"^(?:(?:oh|ah|really|wait|what|huh)[,\s]+)*(?:(?:is|was|are|were|did|do|does|has|have|had|can|could|would|will)(?:n't)? "
    r"(?:it|he|she|they|you|u|we|that|there|i)(?: (?:really|now|not|though|tho))?|\d[\d,.%k]*|(?:who,? )?(?:me|us|mine|moi|myself))\W*\?\W*$"
)


def _bare(sentence: str) -> str:
    return sentence.rstrip("?.! ").strip()


@lru_cache(maxsize=8192)
def clause(sentence: str) -> str:
    """The clause that carries the question: 'First two weeks: how are you finding it?' -> the second."""
    if ASK_START.match(sentence) or INVITATION.match(sentence) or OPEN_AUX.match(sentence):
        return sentence
    parts = _CLAUSE_SPLIT.split(sentence)
    for i, part in enumerate(parts[1:], start=1):
        if ASK_START.match(part) or INVITATION.match(part) or OPEN_AUX.match(part):
            return ", ".join(parts[i:])
    return sentence


def is_question(sentence: str) -> bool:
    """A sentence that asks: a '?', an invitation ('tell me about'), or a texted question."""
    if RHETORICAL.search(sentence):
        return False
    if sentence.endswith("?"):
        if TAG.search(sentence):
            # 'You're at Brennan, right?': a fact about them put to them to confirm is asked; 'Great city, right?' is not
            parts = _CLAUSE_SPLIT.split(TAG.sub("", sentence))
            return len(sentence.split()) <= 2 and not TAG.match(sentence) or len(parts) >= 1 and bool(_ABOUT_THEM.match(parts[-1]))
        return True
    if INVITATION.match(sentence):
        return True
    if sentence.endswith((".", "!")):
        return False
    # Texted questions without '?': 'how was the trip', 'did u go', '..., when is it, can i come'.
    last = _CLAUSE_SPLIT.split(sentence)[-1]
    return bool(TEXTED_ASK.match(last)) and len(last.split()) <= 16 and len(sentence.split()) <= 40


def is_open(sentence: str) -> bool:
    """Invites a story or explanation rather than a yes/no or a word or two."""
    q = clause(sentence)
    if INVITATION.match(q) or OPEN_AUX.match(q) or SHORT_OPEN.match(q):
        return True
    head = re.split(r"\s+-\s+", q)[0]
    if head != q and SHORT_OPEN.match(head):
        return True  # 'Busy how - more tickets, or something else?': the candidates only illustrate
    if STATUS.match(q):
        return True
    if CLOSED_WH.match(q) or WHATS_FACT.match(q) or CANDIDATE.match(q) or OFFERED.search(q):
        return False
    return bool(re.match(_LEAD + r"(?:what|what's|whats|how|how's|hows|why)\b", q)) or bool(
        re.search(r"\b(?:what|how|why) (?:was|is|did|does|do|has|made|makes|would|were|about|happened|led|got)\b", q)
        and not re.match(_LEAD + _AUX + r"\b", q)
    )


def clauses(sentence: str) -> tuple[str, ...]:
    """The distinct questions inside one sentence: 'What was it like, and how did they take it?' is two.

    An either-or ('..., or would you rather...') stays one question."""
    pieces = [p.strip() for p in JOINED.split(sentence)]
    if len(pieces) == 1:
        return (sentence,)
    heads = [m.group(0).lstrip(",; ").removeprefix("and").strip() for m in JOINED.finditer(sentence)]
    first = clause(pieces[0])
    out = [first] if ASK_START.match(first) or INVITATION.match(first) or OPEN_AUX.match(first) else []
    out += [f"{h} {p}".strip() for h, p in zip(heads, pieces[1:])]
    return tuple(out) or (sentence,)


@lru_cache(maxsize=4096)
def questions(text: str) -> tuple[str, ...]:
    """The normalised sentences of a text that ask something (form only, no context)."""
    return tuple(s for s in sentences(text) if is_question(s))


_STATEMENT_FORM = re.compile(_LEAD + r"(?:you|u|he|she|they|it|that|i|we)(?:'re|'ve|'ll|'d|'s)? (?!(?:mean|think|reckon|know)\b)\w+")


def is_echo(sentence: str, partner: str | None) -> bool:
    """Their own words handed back with a '?' ('Two jobs?', 'Knee surgery?'): a reaction, not a question."""
    # a statement of theirs put back as a question, the person turned: 'You told Mam before you told me?'
    declarative = sentence.endswith("?") and len(sentence.split()) <= 10 and bool(_STATEMENT_FORM.match(sentence))
    if not partner or ASK_START.match(sentence) or INVITATION.match(sentence) or SHORT_OPEN.match(sentence) or len(sentence.split()) > 6 and not declarative:
        return False
    mine = content_stems(_INTERJECTION.sub(" ", sentence))
    return bool(mine) and overlap(sentence, partner) >= mine


@lru_cache(maxsize=4096)
def asked(text: str, partner: str | None = None) -> tuple[str, ...]:
    """The distinct questions the turn puts to the partner, in context.

    Left out: an echo of their words before anything else ('A panic attack? When?'); an 'or ...?',
    an 'is that okay?', a 'like, was it X or Y' or an 'I'd love to hear...' that only finishes or
    restates the question before it; a fragment right after a
    question that offers candidate answers ('...at the bootcamp? Something you'd rather
    talk about?'); a two-word lead-in re-asked at once ('Different how? What's their way?')."""
    sents = sentences(text)
    flags = [is_question(s) for s in sents]
    out: list[str] = []
    for i, s in enumerate(sents):
        if not flags[i]:
            continue
        if i + 1 < len(sents) and (is_echo(s, partner) or i == 0 and REACTION.match(s)):
            continue  # 'A panic attack? When?', 'Is it? I hadn't noticed.': a reaction, what matters comes next
        after_question = i > 0 and flags[i - 1] and bool(out) and out[-1] == sents[i - 1]
        if after_question and (
            s.startswith("or ")
            or ELABORATION.match(s)
            or CONFIRM.match(s)
            or INVITATION.match(s) and not s.endswith("?")
            or not (ASK_START.match(s) or INVITATION.match(s) or OPEN_AUX.match(s) or FURTHER_ASK.match(s) and s.endswith("?"))
        ):
            continue
        if out and out[-1] == sents[i - 1] and len(_bare(out[-1]).split()) <= 2 and is_open(out[-1]) and is_open(s):
            out[-1] = s  # the lead-in was the same question, asked again in full
            continue
        out.append(s)
    return tuple(out)


def question_clauses(text: str, partner: str | None = None) -> tuple[str, ...]:
    """Every distinct question of the turn, one clause each (for form and count)."""
    return tuple(c for q in asked(text, partner) for c in clauses(q))


def count_questions(text: str, partner: str | None = None) -> int:
    """Distinct questions: an either-or question is one; a rephrasing right after is not new."""
    return len(question_clauses(text, partner))


@lru_cache(maxsize=4096)
def only_asks(text: str, partner: str | None = None) -> bool:
    """Every sentence of substance is a question: no acknowledgment, no sharing.

    A stock 'Love that!' or an evasive 'Oh, this and that.' is not substance; a real answer
    to a question the partner just asked is."""
    from .listening import BACKCHANNEL, is_generic_ack, is_greeting

    qs = asked(text, partner)
    if not qs:
        return False
    sents = sentences(text)
    partner_asked = bool(partner) and any(is_question(s) for s in sentences(partner or ""))
    rest = [s for s in sents if s not in qs and not is_question(s)]
    # A greeting ('Hi Lena.') opens the turn without acknowledging or sharing anything; 'Oh, just this and that.'
    # declines to answer.
    return all(
        EVASIVE.search(s)
        or (is_generic_ack(s) or BACKCHANNEL.match(s) or is_greeting(s) and not s.endswith("?") or not content_stems(s) and (not partner_asked or len(s.split()) <= 4))
        for s in rest
    )


# Answers that decline to answer: 'long story', 'this and that', 'just seeing what's out there'.
EVASIVE = re.compile(
    r"^(?:(?:oh|ah|um|uh|well|meh|eh|ha|haha)[,.\s]+)*(?:(?:it'?s |it is )?(?:a )?long story|this and that|same old|nothing (?:much|special|interesting|exciting|to tell)|not much(?: to tell)?|(?:me,? )?nothing interesting|"
    r"you know how it is|don'?t ask|it'?s complicated|bits and bobs|the usual|(?:just )?(?:seeing|having a look at|looking at) what'?s (?:out there|around|on offer))\b"
)


# Questions about the conversation or the learner's own conduct, requests and proposals:
# they build on the partner only through the partner's own words, never through 'this' or 'it'.
META = re.compile(
    _LEAD
    + r"(?:(?:am|was|did|have|had|do) i\b|(?:are|were|did|have|should|shall|can|could|may) we\b|"
    r"(?:is|was|has|does|did|would|will) (?:this|that|it) (?:\w+ ){0,2}?(?:ok|okay|alright|all right|fine|fair|useful|helpful|clear|right|feel|felt|land|landing|work|help|suit|make sense|too|be (?:ok|okay|alright|all right|fine|enough))\b|"
    r"(?:is|would|will) it (?:be )?(?:ok|okay|alright|all right|fine|possible|help)\b|is there any (?:way|chance)\b|"
    r"(?:can|could|may|might|shall) i\b|will you\b|(?:would|will|could|can) you (?!(?:\w+ )?(?:tell|say|talk|walk|describe|share|explain)\b)[^?]*\b(?:by|this|next|tomorrow|tonight|today|before|after)\b|"
    r"would (?:a|an|the|\w+day|tomorrow|tonight|next)\b[^?]*\b(?:work|suit|help|do)\b|"
    r"what if (?:we|i|you|the|our|your|it|that|this|someone|somebody)\b|how about\b|shall\b|let'?s\b|"
    # a time put forward ('Six-ish?', 'Thursday at 10?') or a plan offered ('Want to do the drills Thursday?')
    r"(?:(?:around|about|at|say|maybe|like|or) )?(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:-?ish)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday)(?:-?ish)?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:morning|afternoon|evening|night|at \d{1,2}(?::\d\d)?))?|tomorrow|tonight|next week)\W*$|"
    r"(?:do you |d'you |you )?(?:want|wanna|fancy) (?:to )?(?!me\b|us\b)\w+[^?]*\b(?:\w+day|tomorrow|tonight|at \d|next week|this week|weekend)\b|(?:are|were) (?:you|we) (?:ok|okay|alright|all right|good|fine) (?:with|if)\b|"
    r"(?:is|would|could|will) (?:that|this|it) (?:even |really |ever )?(?:be )?(?:possible|an option|on the table|doable|feasible|allowed|enough)\b|"
    # Requests and offers: 'Would your lead be open to a call?', 'Would you mind copying me in?', 'Should I bring...?', 'Could Sam do mornings?'
    r"(?:would|will|could|can|might) (?:you|u|your \w+|they|he|she|\w+) (?:\w+ )?be (?:open|up for|willing|able|keen|interested|free|around|available)\b|"
    r"(?:would|do) (?:you|u) mind\b|(?:should|must|do) i\b|(?:would|will) (?:that|this|it) (?:do|work|suit)\b|"
    r"(?:can|could|would|will) (?:you|u) (?:please |possibly |maybe |just )?(?:send|forward|copy|introduce|connect|email|pass|put me|review|cover|swap|bring|ping|call|ring|text|sign|do (?:that|this|it))\b|"
    r"(?:could|can|would) (?!(?:you|u|i|we|it|that|this|there|they|he|she)\b)\w+ (?:do|take|cover|work|start|join|come)\b)"
    r"|\b(?:from your side|this conversation|this chat|am i being|too pushy|how (?:is|was) (?:this|that) (?:landing|going|for you)|"
    r"if (?:that'?s|that is|it'?s|it is|this is) (?:ok|okay|alright|all right|fine|cool)|"
    r"(?:want|like|rather) (?:to |we )?(?:talk about (?:it|this|that)|keep going|carry on|go on|continue|stop|talk about something else|change the subject))\b|\b(?:suit|suit you|work for you)\W*$"
)
# The narrower kind: a check on the conversation or on the learner's own conduct.
CHECK = re.compile(
    _LEAD
    + r"(?:(?:am|was|did|have|had) i (?:\w+ )?(?:too|being|talking|rambling|going on|oversharing|overstep\w*|upset|offend\w*|out of line|say something|said something|come across|coming across|making (?:this|it) about me)\b|(?:are|were) we (?:ok|okay|good|alright|all right)\b|"
    r"(?:is|was|has|does|did) (?:this|that|it) (?:\w+ ){0,2}?(?:ok|okay|alright|all right|fine|useful|helpful|clear|feel|felt|land|landing|too|way too)\b|"
    r"(?:is|would) it (?:be )?(?:ok|okay|alright|all right|fine) (?:if|to)\b|(?:are|were) you (?:ok|okay|alright|all right|good|fine) (?:with|if)\b)"
    r"|\b(?:from your side|this conversation|this chat|am i being|too pushy|how (?:is|was) (?:this|that) (?:landing|going|for you)|"
    r"(?:want|like|rather) (?:to |we )?(?:talk about (?:it|this|that)|keep going|carry on|go on|continue|stop|talk about something else|change the subject))\b"
    # Elliptical checks on what the learner just said: 'Too much?', 'Bit heavy?', 'TMI?', 'Overshare?'
    r"|^(?:(?!how\b|what\b|not\b|so\b)\w+[,.!]?\s+)?(?:(?:was|is) (?:that|this|it) )?(?:a (?:bit|little|wee) |(?:a )?bit |way |far |just )?(?:too|over the top|heavy|intense|grim|dark|morbid|tmi|overshare|oversharing)"
    r"(?: (?:much|heavy|far|soon|deep|personal|long|intense|dark|full-on|full on|forward|nosy|nosey|blunt|grim|morbid|raw|real|weird|random|info|information))?\W*$"
)


def is_check(question: str) -> bool:
    """A check on the conversation itself ('Was that too much?'), not a new subject."""
    return bool(CHECK.search(clause(question)))


def is_meta(question: str) -> bool:
    """A request, a proposal or a check on the conversation, not a question about their story."""
    return bool(META.search(clause(question)))
