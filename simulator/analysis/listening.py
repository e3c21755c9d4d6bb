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
    r"(?:very|really|so) (?:good|nice)|excellent|superb|splendid|terrific|marvell?ous|fabulous|i (?:totally |completely )?(?:understand|agree)|makes sense|that makes sense|i see|i know right|right right|sure sure|yeah yeah|true|same|ok cool|very cool|brilliant|lovely|fab|neat|"
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
    r"while i'?ve got you|while i have you|before i forget|quick (?:one|question|thing)|(?:second|next|other|one more) thing(?=\s*[,:;—–-]|\W*$| (?:before|while|i (?:wanted|meant|need)|to (?:mention|ask|say)))|switching gears|changing gears|"
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
    r"(?:not|n't|wasn't|isn't) (?:only|just|simply|really)|isn'?t (?:a|an|the|about)\b|\b(?:isn'?t|wasn'?t|is not|was not|'s not)\b[^,.]{0,40}, it(?:'s| is| was)\b|(?:less|more) about|less (?:the|that|like|about|a|an)\b.{0,60}\bmore|more like\b.{0,60}\bless|(?:is|was|'s) (?:a bit |kind of |sort of |almost )like (?!that\b|this\b)|(?:it|that|this)'?s not (?:really |even |just |only )?(?:that|about)|not that\b.{0,60}\bit'?s|"
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
    r"^(?:(?:so|and|oh|ah|okay|ok|right|hmm|wow|yeah|now|then|honestly)[,\s]+)*(?:(?:it |that )?sounds|(?:it |that )?seems|you seem|(?:it|that) must|no wonder|"
    # 'Feels like asking for help would mean...', 'it can feel like you pay for the permission'
    r"(?:it |that )?(?:can |could |might |must |probably )?feels? (?:like|as if|as though)\b|"
    r"(?:it|that|this)(?:'s| is|s) (?:not|never) (?:really |even |just |only )?about\b|(?:it|that|this)(?:'s| is) (?:really|actually) about\b|"
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
# '-ing' subject and what it does to them: 'failing stats would wreck your whole plan'
GERUND_CONSEQUENCE = re.compile(_LEAD_WORDS + r"\w{2,}ing\b[^.;,]{3,60}?\b(?:would|could|will|means|meant)\b[^.;]*\b(?:you|your|u|ur)\b")
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
    r"|\b(?:the trick is|the key is|the secret is|what you (?:need|want|should do|do|have to do|gotta do|need to do) is|all you (?:do|have to do|need to do|gotta do) is)\b|\byou (?:gotta|have got to|'ve got to)\b"
)
_FRONTED = re.compile(r"\s*[;:]\s+|\s+-\s+")
# A clause of one's own: a subject and its verb ('you need to...', "here's the thing").
_OWN_CLAUSE = re.compile(r"^(?:(?:ok|okay|so|and|but|look)[,\s]+)*(?:i|you|we|they)\s+(?!know\b)[a-z]+|^here'?s\b")
# Greeting someone by the name they gave is not handing their words back.
_GREETING = re.compile(r"^(?:(?:oh|ah|well)[,\s]+)*(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening|day)|nice to meet|pleasure|welcome)\b")


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


# A stock acknowledgment stretched over a word of theirs: 'Oh, totally, moving is so much.', 'Wow, Lisbon, so cool.'
_TOKEN_VERDICT = re.compile(
    r"^(?:[\w'-]+,? ){0,2}?(?:(?:is|are|was|sounds|must be|can be|'s)\s+)?(?:so |really |very |such |super |pretty |totally )?"
    r"(?:much|a lot|hard|tough|fun|great|nice|cool|rough|lovely|amazing|exciting|interesting|big|huge|crazy|wild)(?: (?:a )?(?:thing|deal|step|change))?\W*$"
)


def token_ack(sentence: str) -> bool:
    """A stock acknowledgment and their topic named with a stock verdict, nothing more of theirs taken up."""
    m = ACK_OPENING.match(sentence)
    if not m or ANSWER_WORD.match(sentence):
        return False
    rest = sentence[m.end() :].lstrip(" ,!.-")
    return 1 <= len(content_stems(rest)) <= 2 and not re.match(r"(?:it|that|this|which)\b", rest) and bool(_TOKEN_VERDICT.match(rest))


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


# Putting their self-judgment right is reassurance, not their words handed back: "You're not an idiot.",
# "You're not making trouble, you're doing exactly what I'd want."
REASSURES = re.compile(
    _LEAD_WORDS + r"(?:no,? )?(?:you'?re|you are|you were|ur|you (?:are|were)n't|you aren't|you weren't) (?:not |never |no )?"
    r"(?:(?:a|an|some|the) (?!bit\b|little\b)[\w-]+(?: [\w-]+)?\W*$|(?:being|making|causing|asking for|overreacting|crazy|stupid|dramatic|selfish|silly|mad|wrong to)\b|[\w-]+, (?:you'?re|you are)\b)"
)
# Agreeing with their verdict ('Waste of beer is right.') or settling their choice ('Tuesday it is.'): no reflection.
AGREES = re.compile(r"\b(?:is|'s) (?:so |dead |exactly )?(?:right|true|spot on|correct|it)\b|\bit is\b|\bindeed\W*$")
# A claim about the world, not about them: 'First jobs are nerve-wracking.', 'Kids are like that.'
GENERIC_CLAIM = re.compile(_LEAD_WORDS + r"(?!(?:the|your|his|her|their|its|my|our|this|that|these|those)\b)(?:\w+ )?\w+s (?:are|can be|tend to|always|never)\b")
# Judging their view sound is acknowledging it, not reflecting them: "your mum's right to worry", "that's a fair reason".
VALIDATES = re.compile(r"\b(?:(?:you'?re|you are|you were) (?:totally |absolutely |quite |completely |dead )?right (?:that|about)\b|(?:is|are|'s|'re|were|was) (?:totally |completely |quite |so )?(?:right|fair|justified|entitled) to\b|that'?s (?:a )?(?:real|fair|good|valid|genuine) (?:reason|point|concern|question)\b)")
_NEGATED = re.compile(r"\b(?:not|never|no|nothing|nobody|none)\b|n't\b")


_TURNED = {"you": "i", "u": "i", "your": "my", "ur": "my", "yours": "mine", "you're": "i'm", "you've": "i've", "you'd": "i'd", "you'll": "i'll", "yourself": "myself"}


def _mirrors(s: str, told: str) -> bool:
    """Their own sentence, the person turned round: 'You just moved here.' to 'I just moved here, still...'"""
    ws = [_TURNED.get(w, w) for w in re.findall(r"[a-z0-9']+", s)]
    if not 3 <= len(ws) <= 12 or ws == re.findall(r"[a-z0-9']+", s):
        return False
    theirs = " ".join(re.findall(r"[a-z0-9']+", told))
    return f" {' '.join(ws)} " in f" {theirs} "


def _restates(s: str, told: str) -> bool:
    """A whole clause of theirs put back, in their words or with the person turned round:
    'You just moved here.' to 'I just moved here', 'His heart isn't what it was, so the flights are off.'"""
    if not told or SINGULAR_ME.search(s) or OUR_SIDE.search(s) or DIRECTIVE.search(s) or s.endswith(("?", "!")) or is_greeting(s):
        return False
    mine = content_stems(s)
    if _mirrors(s, told):
        return True
    if len(mine) < 2 or len(s.split()) > 22:
        return False
    shared = overlap(s, told)
    if len(shared) < 0.75 * len(mine) or AGREES.search(s) or GENERIC_CLAIM.match(s):
        return False
    # the same polarity as what they said: 'The rota isn't unfair' to 'the rota is unfair' contradicts them
    where = [t for t in sentences(told) if overlap(s, t)]
    return bool(_NEGATED.search(s)) == any(_NEGATED.search(t) for t in where)


# Their situation put first, then judged or opened out: 'Two years sober behind a bar - that takes discipline',
# 'Flying back every weekend - you never get a real break', 'Setting three plates - like part of you is still there.'
_RESUMES = re.compile(
    r"^(?:(?:and|honestly|god|man|wow|yeah|so)[,\s]+)*(?:(?:that|this|which|it)(?:'s| is| was| takes| took| sounds| must| would| makes| can| could| feels| seems)\b(?! (?:why|how|when|where|what|great|good|fine|nice|cool|lovely|amazing|awesome|brilliant|perfect)\b)|"
    r"(?:you|your|u|ur|like (?:part of )?you|no wonder|of course|there(?:'s| is) (?:no|nothing|never|little|barely)|(?:i|anyone|anybody|most people|who)(?:'d| would)(?: have|'ve)?)\b)"
)


_STOCK_VERDICT = re.compile(r"^(?:(?:and|honestly|god|man|wow|yeah|so)[,\s]+)*(?:that|this|it)(?:'s| is| was| sounds| must be)(?: so| really| very| pretty| just| quite)? [\w-]+\W*$")
_REASON = re.compile(r"^(?:(?:honestly|well|and|but)[,\s]+)*(?:because|cos|cause|since|thanks to|after|when)\b")


def _dislocated(s: str, context: str) -> bool:
    parts = _FRONTED.split(s)
    if len(parts) < 2:
        return False
    head, tail = re.sub(_LEAD_WORDS, "", parts[0]), parts[1]
    if not _RESUMES.match(tail) or SINGULAR_ME.search(head) or OUR_SIDE.search(head) or len(head.split()) > 30 or GENERIC_EMPATHY.match(tail):
        return False
    if QUOTING.match(tail) or _STOCK_VERDICT.match(tail) or _REASON.match(head):
        return False  # 'The five-a-side - you said...' recalls; '... - that's rough' is a stock reaction; 'because of X - ' a reason
    shared = overlap(head, context)
    # a phrase naming their situation, or a clause of theirs retold
    return bool(shared) and (not FINITE.search(head) or re.match(r"\w{2,}ing\b", head) is not None or len(shared) >= 2)


# Their experience as the cause, their feeling its object: 'The fever thing scared you', "that's the bit that gets to you".
FELT_BY_THEM = re.compile(
    r"\b(?:scared|scares|frightened|frightens|terrified|hurt|hurts|upset|upsets|stung|stings|shook|shakes|rattled|rattles|spooked|threw|throws|crushed|floored|"
    r"bothered|bothers|gutted|wrecked|wounded|humiliated|embarrassed|got to|gets to) (?:you|u)\b(?! (?:a|an|the|some|any|one|to)\b)|"
    r"\b(?:gets|got|get) (?:to )?(?:you|u)(?:\W*$|,| -| every time| each time| too| most| the most)"
)
# 'I get it now: Rosa got screamed at...': an understanding announced, their account after it.
UNDERSTOOD = re.compile(r"^(?:(?:okay|ok|right|yeah|so|and)[,.\s]+)*i (?:\w+ )?(?:get|got|see|understand|hear)(?: it| that| you| what you'?re saying)?(?: now| this time| finally)?\s*(?:[:;]|\s-\s)")


# 'we're both getting squeezed', 'neither of us could see it': the two sides of it put together
TWO_SIDES = re.compile(r"\b(?:we(?:'re|'ve| are| were)? both|both of us|neither of us)\b")


def _kind(s: str, context: str, theirs: str, told: str = "", own_story: bool = False, asked: bool = False) -> str | None:
    """'simple' or 'complex' for one candidate sentence, None when it does not reflect them."""
    if REASSURES.match(s) or VALIDATES.search(s):
        return None
    # A reflection may come after its topic, fronted: 'Dreams about the ICU, years later - sounds like it followed you here.'
    heads = (s, *_FRONTED.split(s)[1:])
    # ...or after a comma: 'Nights and then the school run, so you're basically living on...'
    clauses = (*heads, *_CLAUSE.split(s)[1:])
    # A hedged guess at what they felt: 'The night shifts were probably when you felt most needed.'
    # Their situation named and judged: 'An inspection week sounds like holding your breath.'
    interprets = (
        any(INTERPRET.match(h) for h in (s, *_CLAUSE.split(s)[1:])) or bool(HEDGED_GUESS.search(s)) or _judged(s, context) or _dislocated(s, context)
        or bool(UNDERSTOOD.match(s)) and bool(overlap(_FRONTED.split(s, 1)[-1], context))
        or bool(FELT_BY_THEM.search(s)) and not SINGULAR_ME.search(s[: FELT_BY_THEM.search(s).start()])
    )
    about_them = bool(re.search(r"\b(?:you|your|you're|you've|yours|u|ur)\b", s))
    weighs = _weighs(s)
    summary = any(
        # the learner may come in later ('...it's that you feel alone and I don't notice'), not in the summary's own first clause
        SO_SUMMARY.match(h) and _them_first(h) and not (OUR_SIDE.search(h) and not BOTH_OF_US.search(h))
        # after their question, 'So the lookbook has three lines...' is the learner's answer, unless it is about them
        and not (asked and not about_them)
        for h in heads
    ) or any(SO_YOU.match(h) and not SINGULAR_ME.search(s) for h in clauses[len(heads) :])
    candidate = not DIRECTIVE.search(s) and (
        interprets
        or weighs
        or summary
        # 'You're tired', not 'you are always too busy for me': a short clause on them and the learner is about the two of them
        or SECOND_PERSON.match(s) and (QUOTING.match(s) or not _about_us(s))
        # after a comma, only their state named: 'ok, fair, you're running on no sleep'
        or any(SECOND_PERSON.match(h) and (FEELING.search(h) or FEELS_LIKE.match(h)) and not _about_us(h) and not SINGULAR_ME.search(s[: s.find(h)]) for h in clauses[1:])
        # 'So when he's telling the old stories, he gets to be himself again': a summary of when it is that way for them
        or bool(SO_WHEN.match(s)) and not s.endswith("?") and not SINGULAR_ME.search(s)
        or any(
            REFLECT_START.match(h) and not (asked and not about_them and _SO_LEAD.match(h))
            or GERUND_SUBJECT.match(h) and (about_them or not SINGULAR_ME.search(h)) and _verdict(h)
            or GERUND_CONSEQUENCE.match(h) and not SINGULAR_ME.search(h)
            for h in heads
        )
    )
    echo = not candidate and (_echo_fragment(s, told) or _restates(s, told))
    if not (candidate or echo) or GENERIC_EMPATHY.match(s) or LIGHT_LOT.search(s):
        return None
    if ARRANGED.search(context) and WHEN_WHERE.search(s) and WHEN_WHERE.search(context) and not re.search(r"\b(?:you|u|you're|you've)\b", s):
        return None  # 'Brilliant, Bridge Street at 1 on the 19th.': the plan confirmed, not their experience handed back
    shared = overlap(s, context)
    new = content_stems(s) - content_stems(theirs) - shared
    # 'we're both getting squeezed', 'neither of us could see it': the two sides of it put together
    refers = re.search(r"\b(?:you|your|u|ur|he|she|him|her|they|them)\b", s) or (
        not own_story and bool(TWO_SIDES.search(s)) and bool(FEELING.search(s) or re.search(r"\b(?:neither of us|each other|the other|opposite)\b", s))
    )
    meaning = MEANING.search(s)
    if _feeling_added(s, theirs) and (shared or refers) or candidate and meaning and (shared or refers or meaning.group(0) != "both"):
        return "complex"
    if weighs and (shared or len(content_stems(WEIGHT.sub(" ", s))) >= 2):
        return "complex"  # 'Two rounds of layoffs - that is heavy', "That's a lot to carry up to a microphone."
    if echo or QUOTING.match(s):
        return "simple" if shared or _mirrors(s, told) else None  # their words, handed back or quoted
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


_SO_LEAD = re.compile(r"^(?:(?:and|oh|ah|okay|ok|right|hmm|wow|yeah)[,\s]+)*so\b")
FEELS_LIKE = re.compile(_LEAD_WORDS + r"(?:you|u) (?:\w+ )?(?:feel|felt|must feel|'d feel) (?:like|as if|as though|that)\b")
SO_WHEN = re.compile(r"^(?:(?:and|oh|ah|okay|ok|right|yeah)[,\s]+)*so,? (?:when|whenever|once|every time|as long as) (?:he|she|they|you|u|your|his|her|their)\b")


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
    # what they told, not what they asked: 'Airport, Terminal B.' answers 'Airport or the hotel?'
    told = " ".join([*(t for t in sentences(partner) if not t.endswith("?")), recent]).strip()
    asked = any(t.endswith("?") and not _TAG_END.search(t) and len(t.split()) > 2 for t in sentences(partner))
    best: tuple[str, str] | None = None
    sents = sentences(text)
    for i, s in enumerate(sents):
        if _springboard(s, sents[i + 1] if i + 1 < len(sents) else None, context):
            continue
        if s.endswith("?") and _TAG_END.search(s):
            s = _TAG_END.sub(".", s)  # '..., no?' puts a statement to them for confirmation
        elif s.endswith("?") and not INTERPRET.match(s):
            continue
        kind = _kind(s, context, theirs, told, any(SINGULAR_ME.search(x) for x in sents[:i]), asked)
        if kind == "complex":
            return kind, s
        if kind and best is None:
            best = (kind, s)
    return best
