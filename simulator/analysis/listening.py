"""Listening: real reflections (simple, complex) versus performed acknowledgment."""

from __future__ import annotations

import re
from functools import lru_cache

from .text import content_stems, overlap, sentences, words

# Acknowledgments that carry no content of the partner's: fine as a backchannel, hollow as a pivot.
# Leading interjections, the acknowledgment itself, and what may trail it: a vocative ('mate', 'my darling') or the
# acknowledgment again ('Lovely, lovely.', 'Lekker, lekker.').
_ACK_LEAD = r"^(?:(?:oh|ah|ahh|ooh|wow|yeah|yes|yep|ya|yah|ja|aye|haha|lol|lmao|ha|hah|hmm|mm|right|ok|okay|sure|so|well|omg|oh no|no|aw|aww|ag|ach|och|eish|oof|god|gosh)[,!.\s]+)*"
_ACK_CORE = (
    r"(?:totally|fair|absolutely|definitely|for sure|100\s?%|a hundred percent|i hear you|i hear ya|i feel you|i get (?:it|that|you)|"
    r"got it|gotcha|love that|i love that|love it|so (?:interesting|cool|true)|that'?s (?:so |really |very |super )?(?:interesting|great|cool|awesome|amazing|fascinating|wild|crazy|fair|nice|lovely|fun|neat|good|true|rough|tough|sweet|cute|funny|hilarious|wonderful|brilliant|impressive|adorable)|"
    r"how (?:interesting|cool|nice|fun|lovely)|(?:that |it )?sounds (?:so |really )?(?:great|amazing|lovely|fun|interesting|cool|awesome|fascinating)|interesting|fascinating|amazing|awesome|cool|nice|great|wow|no way|fair enough|"
    r"i (?:totally |completely )?(?:understand|agree)|makes sense|that makes sense|i see|i know right|right right|sure sure|yeah yeah|true|same|ok cool|very cool|brilliant|lovely|fab|neat|"
    # Slang verdicts across Englishes ('Sick.', 'Classic.', 'Mint.', 'Lekker.'), stock sympathy ('Shame.', 'That sucks.'),
    # and stock understanding ('Totally understand!', 'Ja, I know.', 'Fair play.'): none carries a word of theirs.
    r"(?:that'?s |how |so |too |very |well )?(?:sick|classic|class|legend|legendary|mint|lush|ace|quality|dope|rad|sweet|epic|noice|iconic|lekker|wicked|savage|"
    r"gorgeous|stunning|fantastic|incredible|beautiful|magic|unreal|insane|mad|deadly)(?=\W*$|[,!.])|nice one|good stuff|good for (?:you|u)|good on (?:you|ya|ye|u)|fair play(?: to (?:you|ya|ye))?|"
    r"(?:i )?(?:love|loving|adore) (?:that|this|it|them|those|these)(?: for (?:you|u))?|"
    r"(?:ag |oh |what a |such a |that'?s a |that'?s such a )?(?:shame|pity|bummer)|unlucky|(?:that|it|which) (?:really |so )?sucks|(?:that'?s|that is|how|so) (?:so |really |very )?(?:sad|hard|a pain|rough|tough)(?=\W*$|[,!.])|"
    r"(?:i )?(?:totally |completely |fully |100% |honestly )?(?:understand|get it|understood)(?=\W*$|[,!.])|i know(?:,? i know)?(?=\W*$|[,!.])|sure look|ah sure|fair dos|fair do'?s)"
)
_ACK_TAIL = r"man|mate|dude|bro|bruv|pal|love|hun|babe|darling|my darling|my dear|dear|girl|sis|fam|boss|buddy|lad|my friend|haha|lol|though|tho"
GENERIC_ACK = re.compile(_ACK_LEAD + _ACK_CORE + r"(?:[,!.\s]+(?:" + _ACK_TAIL + "|" + _ACK_CORE + r"))*\W*$")
# The same acknowledgments at the opening of a longer sentence: 'omg thats so cool my sister...'
ACK_OPENING = re.compile(_ACK_LEAD + _ACK_CORE + r"\b")
FILLER = re.compile(
    r"^(?:(?:omg|oh my god|aw|aww|ooh|oh|ah|wow|yeah|yes|yep|yup|no|nope|haha|hah|lol|ha|hmm|hm|mm|right|ok|okay|sure|so|well|cool|nice|great|good|interesting|gotcha|got it|i see|alright|fine|wait|hey|hi|hello|hiya|thanks|thank you|um|uh|and|anyway|anyways)[,!.\s]*)+$"
)
PIVOT = re.compile(
    r"\b(?:anyway|anyways|anyhow|by the way|btw|on another note|on a different note|changing the subject|moving on|random question|unrelated|"
    r"speaking of which|enough about that|but yeah|so yeah|but anyway|regardless|"
    # Agenda and aside markers: 'while I've got you', 'quick one', 'second thing'.
    r"while i'?ve got you|while i have you|before i forget|quick (?:one|question)|(?:second|next|other|one more) thing(?=\s*[,:;—–-]|\W*$| (?:before|while|i (?:wanted|meant|need)|to (?:mention|ask|say)))|switching gears|changing gears|"
    # Dismissing what they said on the way to something else.
    r"let'?s not (?:get into|go into|go there|dwell on|talk about)|never ?mind|forget (?:about )?(?:that|it)|(?:leaving|setting|putting) (?:that|this|all that) aside|"
    r"aside from that|be that as it may|that'?s (?:beside|not) the point)\b"
)
REFLECT_START = re.compile(
    r"^(?:(?:so|and|oh|ah|okay|ok|right|hmm|wow|yeah)[,\s]+)*(?:"
    r"so you|so your|so it'?s|so it was|so the|so for you|so what|so they|so he|so she|"
    r"(?:it |that )?sounds like|(?:it |that )?sounds (?:as if|as though)|that sounds|it sounds|"
    r"(?:it |that )?seems (?:like|as if|that)|you seem|"
    r"you'?re (?:saying|telling me|feeling|worried|frustrated|tired|proud|scared|excited|torn|not sure|caught|stuck|in|still|really|basically|kind of|kinda)|"
    r"you (?:must|must've|must have|feel|felt|sound|really|still|kind of|kinda|care|want|need|miss|loved|love|hate|wanted|were|had|went|moved|started|spent|got|did|didn't|don't|do)\b|"
    r"you'?ve (?:been|got(?! (?:a |an )?(?:fair |good |valid |real )?point)|had)|"
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
    r"bittersweet|mixed|conflicted|gutted|devastat\w*|heartbreak\w*|thrill\w*|joy|happy|glad|hope\w*|hopeless|helpless|drowning|sick of|fed up|"
    r"brutal|rough|lot to carry|a lot on your plate|on your own|by yourself|weight|toll|not knowing|uncertainty|limbo|"
    r"frighten\w*|terrif\w*|dread\w*|panic\w*|on fumes|running on empty|no sleep|shattered|knackered|wiped|worn out|"
    r"keep(?:s|ing)? (?:him|her|them|you) close|miss(?:es|ed|ing)? (?:him|her|them|it)|shut out|left out|taken for granted|ignored|dismissed|"
    r"hold(?:ing)? your breath|hang on|keep(?:ing)? (?:yourself|you) going|romance|love|pride|lonel\w*|longing|nostalg\w*)\b"
)
MEANING = re.compile(
    r"\b(?:matters?|more than|less than|rather than|instead of|not just|not really about|really about|underneath|deep down|"
    r"(?:not|n't|wasn't|isn't) (?:only|just|simply|really)|isn'?t (?:a|an|the|about)\b|\b(?:isn'?t|wasn'?t|is not|was not|'s not)\b[^,.]{0,40}, it(?:'s| is| was)\b|(?:less|more) about|less (?:the|that|like|about|a|an)\b.{0,60}\bmore|more like\b.{0,60}\bless|(?:is|was|'s) (?:a bit |kind of |sort of |almost )like (?!that\b|this\b)|it'?s not (?:that|about)|not that\b.{0,60}\bit'?s|"
    r"what you (?:want|need|care|miss)|important to you|the hard part|the real|actually about|part of you|for you it'?s|"
    r"both|and yet|at the same time|even though|but also)\b"
)
GENERIC_EMPATHY = re.compile(r"^(?:(?:oh|ah|wow|aw|aww|man|gosh|yikes|ugh)[,!.\s]*)*(?:that|it) (?:must be|must have been|sounds|is|was|'s) (?:so |really |very |pretty )?(?:hard|tough|difficult|rough|bad|awful|terrible|great|nice|cool|fun|interesting|crazy|wild|frustrating|stressful)\W*$")



# Acknowledgment words that also answer a question ('Sure.', 'Yes.'): an answer, not a formula.
ANSWER_WORD = re.compile(r"^(?:(?:oh|ah|well)[,\s]+)*(?:sure|yes|yeah|yep|yup|ok|okay|fine|no|nope|alright|of course|course|good|perfect|agreed|deal)(?:[,\s]+(?:sure|yes|yeah|ok|okay|fine|good))*\W*$")
# A verdict ('So good.', 'Amazing!'): after their question ('Is it good?', 'How was it?') an answer, not a formula.
VERDICT = re.compile(
    r"^(?:(?:oh|ah|so|yeah|yes|yep|haha|honestly)[,!.\s]+)*(?:so |really |very |super |pretty )?"
    r"(?:good|great|amazing|awesome|lovely|nice|fun|cool|brilliant|fab|neat|fine|wild|crazy|rough|tough|(?:i )?love(?:d)? (?:it|that))\W*$"
)
# 'I know.' to their 'Why didn't you tell me?': conceding their point, not a formula.
CONCEDE = re.compile(r"^(?:(?:oh|ah|yeah|yes|ja|aye|god|i know)[,!.\s]+)*(?:i know|i understand|i get it|fair|fair enough|true)\W*$")
# What an acknowledgment never is: thanks, a bare interjection, the pivot word itself.
NOT_ACK = re.compile(r"^(?:(?:oh|ah|um|uh|hmm|wait|hey|hi|hello|anyway|anyways|thanks|thank you|cheers|sorry|and|so)[,!.\s]*)+$")
# Reflection openers that interpret rather than repeat: what follows is a guess at their meaning.
INTERPRET = re.compile(
    r"^(?:(?:so|and|oh|ah|okay|ok|right|hmm|wow|yeah)[,\s]+)*(?:(?:it |that )?sounds|(?:it |that )?seems|you seem|(?:it|that) must|no wonder|"
    # 'Feels like asking for help would mean...', 'it can feel like you pay for the permission'
    r"(?:it |that )?(?:can |could |might |must |probably )?feels? (?:like|as if|as though)\b|"
    r"i (?:guess|imagine|bet|suspect) (?:you|that|it)|in other words|what i'?m hearing|i'?m hearing|if i'?(?:ve|m) (?:got|understand|hearing)|"
    # naming what they carry: 'I hear the fear', 'I can hear how tired you are' (not the stock 'I hear you')
    r"i (?:can )?hear (?:the|your|how|what|that you)\b)"
)
_LEAD_WORDS = r"^(?:(?:so|and|oh|ah|okay|ok|right|hmm|wow|yeah|wait|sorry|well)[,\s]+)*"
# 'You're working two jobs', 'you said you were nervous': the partner's situation put back to them.
SECOND_PERSON = re.compile(
    _LEAD_WORDS
    + r"(?:you'(?:re|ve|d)\b(?! (?:wrong|being|right|just|overthinking|got to|got a point|a point)\b)|you (?! ?(?:are|were) (?:right|wrong|being)\b)(?:are|were|was|had|have|did|said|mentioned|told me|feel|felt|want|wanted|need|needed|care|cared|"
    r"miss|missed|love|loved|hate|hated|seem|sound|must|really|still|clearly|obviously|kind of|kinda|got|went|came|built|made|spent|lost|found|took|put|\w+ed)\b|"
    r"your \w+(?: \w+)? (?:is|was|has|had|were|are|matters?)\b)"
)
QUOTING = re.compile(_LEAD_WORDS + r"you (?:said|mentioned|told me)\b")
# '-ing' subject and a verdict: 'Walking into a new school is a lot', 'Running it alone sounds brutal'.
GERUND_SUBJECT = re.compile(_LEAD_WORDS + r"\w{2,}ing\b[^.;]{3,90}?\b(?:is|was|sounds|must|seems|can'?t be|would be|'s)\b")
# 'So the title matters less...', 'so coming back wasn't...': a summary, unless it is the learner's own next step.
SO_SUMMARY = re.compile(r"^(?:(?:and|oh|ah|okay|ok|right|hmm|wow|yeah|ha|haha|lol|oof|aw|aww|god|gosh|damn)[,!\s]+)*so,? (?!i\b|i'm|i've|i'd|i'll|we'll|we'd|let's|let me|anyway|yeah|what|how|why|where|when|who|do|did|can|could|would|should|will|is|are|with)")
# A plan, not a summary of them: 'so going forward, you flag it', 'so coffee at 12 then'.
PLAN = re.compile(r"\b(?:going forward|from now on|next time|then\W*$|then \W|tomorrow|tonight|at \d|gonna|going to|will|'ll|let'?s)\b")
# A summary of them after a comma: '..., so you basically had two jobs'.
SO_YOU = re.compile(r"^(?:and )?so,? (?:you|u)(?:'re|'ve| are| were| had| have| basically| must| still| never| kind of)\b")
FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|we|we're|we've|our|us)\b")
FINITE = re.compile(r"\b(?:is|was|are|were|am|has|have|had|do|does|did|will|would|can|could|should|shall|may|might|must)\b|'(?:re|ve|ll|d)\b|n't\b")
DISMISSIVE = re.compile(r"(?<!not )\b(?:nothing|no big deal|so what|big whoop|try)\b")  # 'First year's nothing': a one-up, not a reflection
SINGULAR_ME = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine)\b")
_INTERJECTIONS = frozenset("oh ah wow yeah yes yep haha lol ha hmm right ok okay sure so well omg".split())
_CLAUSE = re.compile(r"\s*[,;:]\s+|\s+-\s+")
# Telling them what to do is not telling them what they said: 'you need to go direct', 'you should...'
DIRECTIVE = re.compile(
    r"(?:^|[,;:-]\s*)(?:(?:so|and|but|look|honestly|ok|okay)[,\s]+)*you (?:really |just |seriously )?(?:need to|need (?:a|an|some|more)\b|have to|should|ought to|gotta|must (?!be\b|have been|'ve been|feel))"
    # the advice announced: 'the trick is you gotta...', 'what you need is...'
    r"|\b(?:the trick is|the key is|the secret is|what you (?:need|want|should do) is)\b|\byou (?:gotta|have got to|'ve got to)\b"
)
_FRONTED = re.compile(r"\s*[;:]\s+|\s+-\s+")
# A clause of one's own: a subject and its verb ('you need to...', "here's the thing").
_OWN_CLAUSE = re.compile(r"^(?:(?:ok|okay|so|and|but|look)[,\s]+)*(?:i|you|we|they)\s+(?!know\b)[a-z]+|^here'?s\b")
# Greeting someone by the name they gave is not handing their words back.
_GREETING = re.compile(r"^(?:(?:oh|ah|well)[,\s]+)*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening|day)|nice to meet|pleasure|welcome)\b")


def is_greeting(sentence: str) -> bool:
    """'Morning.', 'Hi Sam.': a greeting, not an answer or a reflection."""
    return bool(_GREETING.match(sentence) or re.match(r"^(?:morning|evening|afternoon)\b", sentence))


def is_filler(sentence: str) -> bool:
    """A backchannel with nothing of substance: 'Oh nice.', 'Right, okay.'"""
    return bool(FILLER.match(sentence.rstrip("?")))


def is_generic_ack(sentence: str) -> bool:
    return bool(GENERIC_ACK.match(sentence)) or is_filler(sentence)


def stock_ack(sentence: str, partner_asked: bool = False) -> bool:
    """A generic acknowledgment ('Love that!', 'I hear you.', 'Right.') with no content of theirs.

    'Sure.' or 'Fine.' (an answer or an agreement), a 'thanks' or a bare 'oh' is not one."""
    if NOT_ACK.match(sentence) or ANSWER_WORD.match(sentence) or partner_asked and (VERDICT.match(sentence) or CONCEDE.match(sentence)):
        return False
    return is_generic_ack(sentence) or bool(re.match(r"^(?:no worries|no problem|all good|sure thing|fair|good|ok(?:ay)? cool)\W*$", sentence))


# A laugh at their joke, or the reply to their thanks or apology ('Ha.', 'No worries.'): a fitting response, not
# a stock acknowledgment of their content.
LAUGH = re.compile(r"^(?:(?:oh|ah|ha|haha|hah|hehe|lol|lmao)[,!.\s]*)+$")
BACKCHANNEL = re.compile(r"^(?:(?:oh|ah|ha|haha|hah|hehe|lol|lmao|no worries|no problem|no bother|all good|not at all)[,!.\s]*)+$")


def performed_ack(sentence: str, partner_asked: bool = False) -> bool:
    """A stock acknowledgment ('Totally.', 'Right.', 'So interesting!'), not a laugh or a 'no worries'."""
    return stock_ack(sentence, partner_asked) and not BACKCHANNEL.match(sentence)


@lru_cache(maxsize=4096)
def formulas(text: str) -> frozenset[str]:
    """The turn's stock pieces: its generic acknowledgments, and the openings of its questions.

    Used again turn after turn, they read as a script ('That's so interesting.', 'What's your
    biggest challenge...')."""
    from .questions import asked, clauses

    found: set[str] = set()
    for s in sentences(text):
        m = ACK_OPENING.match(s)
        if m and not ANSWER_WORD.match(s):
            core = list(words(m.group(0)))
            while len(core) > 1 and core[0] in _INTERJECTIONS:
                core.pop(0)
            found.add(" ".join(core))
    for q in asked(text):
        for c in clauses(q):
            w = [x for x in words(c) if x not in ("and", "so", "but", "oh", "then", "also")]
            if len(w) >= 4:
                found.add("? " + " ".join(w[:4]))
    return frozenset(found)


def _echo_fragment(s: str, context: str) -> bool:
    """Their words handed back without a verb of one's own: 'Quarter past seven, Tuesdays and Thursdays.'"""
    if s.endswith("!") or FIRST_PERSON.search(s) or DISMISSIVE.search(s) or is_greeting(s) or s.startswith("dear "):
        return False
    parts = _CLAUSE.split(s)
    while len(parts) > 1 and not content_stems(parts[0]):
        parts = parts[1:]  # 'Honestly, you'll wonder...': the clause after the discourse word is the one that counts
    first = parts[0]
    if FINITE.search(first) or len(first.split()) > 9 or any(_OWN_CLAUSE.match(p) for p in parts[1:]):
        return False
    if any(is_generic_ack(p.strip(" .!?") + ".") for p in parts[1:]):
        return False  # 'Soil testing, love that.': naming their topic on the way to a stock reaction
    mine = content_stems(s)
    shared = overlap(s, context)
    return len(shared) >= 2 and len(shared) > 0.5 * len(mine)


def _feeling_added(s: str, theirs: str) -> bool:
    """A feeling or a meaning the partner did not put into words."""
    said = content_stems(theirs)
    feelings = [m.group(0) for m in FEELING.finditer(s)]
    return any(not (content_stems(f) & said) for f in feelings) or bool(MEANING.search(s))


def _about_us(s: str) -> bool:
    """'You are always too busy for me', 'Your secret is safe with me': the learner in a short first clause."""
    first = re.split(r",|;|\bbut\b", s)[0]
    return len(first.split()) <= 10 and bool(SINGULAR_ME.search(first))


# Their lot called light next to the learner's: 'You're lucky...', 'Your old man went easy on you.', 'At least you...'
LIGHT_LOT = re.compile(
    r"\b(?:(?:you'?re|you are|you were|ur) (?:so |dead |pretty |bloody |very |well )?lucky|count yourself lucky|(?:went|go|going|gone) (?:\w+ )?easy on (?:you|u)|"
    r"(?:you|u) (?:got|get|had|have|'ve got) (?:it |off )?(?:easy|lightly|light)|(?:could|might) (?:have been|be) (?:a lot |much |way |far )?worse|at least (?:you|u|ur|your))\b"
)
# A plan being settled in their turn, and a time, day or place in both: confirming it, not reflecting it.
ARRANGED = re.compile(r"\b(?:i'?ll|we'?ll|come (?:up|over|round|by|to)|meet|see you|perfect|works|suits|shall we|let'?s|how about|booked|book)\b", re.I)
WHEN_WHERE = re.compile(
    r"\b(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)?|\d{1,2}(?:st|nd|rd|th)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|noon|midday|o'?clock|"
    r"(?:half|quarter) (?:past|to) \w+|(?:at|from|by) (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:in|at|on)\b)",
    re.I,
)


def _kind(s: str, context: str, theirs: str) -> str | None:
    """'simple' or 'complex' for one candidate sentence, None when it does not reflect them."""
    # A reflection may come after its topic, fronted: 'Dreams about the ICU, years later - sounds like it followed you here.'
    heads = (s, *_FRONTED.split(s)[1:])
    # ...or after a comma: 'Nights and then the school run, so you're basically living on...'
    clauses = (*heads, *_CLAUSE.split(s)[1:])
    # A hedged guess at what they felt: 'The night shifts were probably when you felt most needed.'
    # Their situation named and judged: 'An inspection week sounds like holding your breath.'
    interprets = any(INTERPRET.match(h) for h in (s, *_CLAUSE.split(s)[1:])) or bool(HEDGED_GUESS.search(s)) or _judged(s, context)
    about_them = bool(re.search(r"\b(?:you|your|you're|you've|yours|u|ur)\b", s))
    weighs = _weighs(s)
    summary = any(
        # the learner may come in later ('...it's that you feel alone and I don't notice'), not in the summary's own first clause
        SO_SUMMARY.match(h) and _them_first(h) and not (OUR_SIDE.search(h) and not BOTH_OF_US.search(h)) for h in heads
    ) or any(SO_YOU.match(h) and not SINGULAR_ME.search(s) for h in clauses[len(heads) :])
    candidate = not DIRECTIVE.search(s) and (
        interprets
        or weighs
        or summary
        # 'You're tired', not 'you are always too busy for me': a short clause on them and the learner is about the two of them
        or SECOND_PERSON.match(s) and (QUOTING.match(s) or not _about_us(s))
        # after a comma, only their state named: 'ok, fair, you're running on no sleep'
        or any(SECOND_PERSON.match(h) and FEELING.search(h) and not _about_us(h) and not SINGULAR_ME.search(s[: s.find(h)]) for h in clauses[1:])
        or any(
            REFLECT_START.match(h)
            or GERUND_SUBJECT.match(h) and (about_them or not SINGULAR_ME.search(h)) and _verdict(h)
            for h in heads
        )
    )
    echo = not candidate and _echo_fragment(s, context)
    if not (candidate or echo) or GENERIC_EMPATHY.match(s) or LIGHT_LOT.search(s):
        return None
    if ARRANGED.search(context) and WHEN_WHERE.search(s) and WHEN_WHERE.search(context) and not re.search(r"\b(?:you|u|you're|you've)\b", s):
        return None  # 'Brilliant, Bridge Street at 1 on the 19th.': the plan confirmed, not their experience handed back
    shared = overlap(s, context)
    new = content_stems(s) - content_stems(theirs) - shared
    refers = re.search(r"\b(?:you|your|u|ur|he|she|him|her|they|them)\b", s)
    meaning = MEANING.search(s)
    if _feeling_added(s, theirs) and (shared or refers) or candidate and meaning and (shared or refers or meaning.group(0) != "both"):
        return "complex"
    if weighs and (shared or len(content_stems(WEIGHT.sub(" ", s))) >= 2):
        return "complex"  # 'Two rounds of layoffs - that is heavy', "That's a lot to carry up to a microphone."
    if echo or QUOTING.match(s):
        return "simple" if shared else None  # their words, handed back or quoted
    if not shared:
        # No words of theirs: only a summary of them that adds something can still reflect.
        if (interprets or summary and not PLAN.search(s)) and refers and new:
            return "complex"
        return None
    if interprets and new:
        return "complex"
    return "simple" if len(new) <= max(1, len(shared) // 2) else "complex"


# The weight of what they carry: "that's a lot to hold", 'that is heavy', "that's a kind of romance".
WEIGHT = re.compile(
    r"\b(?:(?:that|this|it|which)(?:'s| is| sounds| must be| must have been| must feel)|thats|thts)(?: like)? (?:such |quite |really |so |a hell of )?"
    r"(?:a lot|so much|a big thing|a huge|heavy|a heavy|a brutal|brutal|a kind of|a real|a massive|huge|massive)\b|\bis a lot\b"
)
# The weight is the learner's own ('sorry, that was a lot to dump on you'), not theirs.
_OWN_WEIGHT = re.compile(r"\b(?:sorry|apologi[sz]e|dump\w*|drop\w*|unload\w*|offload\w*|vent\w*|rant\w*)\b")


def _them_first(h: str) -> bool:
    """No 'I' in it, or only after it has said something about them."""
    me, them = SINGULAR_ME.search(h), re.search(r"\b(?:you|your|u|ur)\b", h)
    return not me or bool(them) and them.start() < me.start()


def _weighs(s: str) -> bool:
    return bool(WEIGHT.search(s)) and not SINGULAR_ME.search(s) and not _OWN_WEIGHT.search(s)


# 'Six o'clock starts sound brutal': their situation as subject, a judgment of how it is for them (not 'sounds good').
_JUDGED = re.compile(
    _LEAD_WORDS + r"(?!(?:i|we|it|that|this|there|which|what|you|he|she|they)\b)((?:[\w'-]+ ){1,12}?)(?:sounds|sounded|must (?:be|have been|'ve been|feel)|seems) "
    r"(?!(?:good|great|fine|fun|nice|cool|lovely|amazing|perfect|brilliant|ideal|right|fair|sensible|reasonable)\b|like (?:a )?(?:plan|good|great|fun|idea)\b)"
)


def _judged(s: str, context: str) -> bool:
    m = _JUDGED.match(s)
    return bool(m) and bool(overlap(m.group(1), context)) and not SINGULAR_ME.search(m.group(1))


# After a plain 'is', a gerund subject needs a judgment of how it is for them: 'Walking in alone is a lot', not 'Hiring sales now is scale'.
_PLAIN_IS = re.compile(r"\b(?:is|was|'s)\b")


def _verdict(h: str) -> bool:
    m = GERUND_SUBJECT.match(h)
    if not m or not _PLAIN_IS.search(m.group(0)[-4:]):
        return True
    rest = h[m.end() :]
    return bool(FEELING.search(rest) or WEIGHT.search(h) or re.match(r"\s*(?:so |really |very |pretty |quite |a bit )?(?:hard|tough|scary|lonely|exhausting|a lot|huge|big|draining|awful|horrible|nerve|difficult|rough|brutal|intense)", rest))


# 'We' on the learner's side (their team, their product) is not the partner's; 'we both' is the two of them.
OUR_SIDE = re.compile(r"\b(?:we|we've|we're|we'd|our|ours|us)\b")
BOTH_OF_US = re.compile(r"\bboth\b|\b(?:we|us)(?:'ve|'re)? all\b")
HEDGED_GUESS = re.compile(r"\b(?:probably|perhaps|maybe|i bet|i guess|i imagine)\b[^.?!]{0,50}\byou (?:felt|feel|were|are|must|'d|would)\b|\byou (?:probably|perhaps|maybe) (?:felt|feel|were|miss|missed|wanted|want)\b")
_TAG_END = re.compile(r",\s*(?:no|right|yeah|yes|eh|huh|isn't it|wasn't it|don't you|didn't you|aren't you|weren't you)\s*\?+$")


def _springboard(s: str, after: str | None, context: str) -> bool:
    """A word or two of theirs handed back on the way to a question ('Eight weeks. What made you...?'):
    the question is the move, the echo only its lead-in."""
    from .questions import is_question

    return after is not None and is_question(after) and len(s.split()) <= 6 and _echo_fragment(s, context)


def reflection(text: str, partner: str | None, recent: str = "", said: str = "") -> tuple[str, str] | None:
    """('simple'|'complex', sentence) when the turn reflects the partner back to themselves.

    `recent` is their turn before the last (a reflection may gather both); `said` is all
    they have said, so words of theirs from further back do not count as added meaning."""
    if not partner:
        return None
    context = f"{partner} {recent}".strip()
    theirs = f"{context} {said}"
    best: tuple[str, str] | None = None
    sents = sentences(text)
    for i, s in enumerate(sents):
        if _springboard(s, sents[i + 1] if i + 1 < len(sents) else None, context):
            continue
        if s.endswith("?") and _TAG_END.search(s):
            s = _TAG_END.sub(".", s)  # '..., no?' puts a statement to them for confirmation
        elif s.endswith("?") and not INTERPRET.match(s):
            continue
        kind = _kind(s, context, theirs)
        if kind == "complex":
            return kind, s
        if kind and best is None:
            best = (kind, s)
    return best
