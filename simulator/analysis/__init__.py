"""The signals of one learner turn in its context: the partner's last turn and the
learner's own earlier turns. Rules and lexicons only: no network, no model, microseconds.

`analyze_turn` never raises on any string; each phenomenon lives in its own module.
"""

from __future__ import annotations

import re

from ..schemas import Signals, Turn, TurnContext
from . import disagreement, disclosure, listening, moves, questions
from .text import content_stems, overlap, quote, sentences, stem, word_count

# Words that point back at something already said: in a question that opens a turn, at what they said.
ANAPHORA = re.compile(r"\b(?:that|this|it|there|those|these|they|them|he|she|him|her|his|hers|yours|theirs|the same|the ones?|that one|what happened|and then|why|how come|how so|like what)\b")
# The partner wrapping up: agreeing to a plan, thanking, or on their way out.
CLOSING = re.compile(
    r"^(?:(?:oh|ah|ha|haha|right|well|yes|yeah|ok|okay)[,!.\s]+)*(?:deal|great|perfect|sounds good|sounds great|agreed|thanks|thank you|cheers|"
    r"of course|absolutely|definitely|will do|no problem|done|lovely|brilliant|that works|works for me|"
    r"(?:that|this|it)(?:'d| would|'ll| will|'s| is)? (?:be |sound )?(?:perfect|great|lovely|fine|good|brilliant|amazing|ideal|helpful|useful)|"
    r"[\w ,]{1,30}\b(?:works|is fine|suits me|is good)\W*$)|\b(?:thanks|thank you|cheers)\b"
)
LEAVING = re.compile(
    r"\b(?:i (?:should|must|need to|have to|'ve got to|'d better|better) (?:go|get back|head|run|let you|find|grab|dash)|i'?d better|nice (?:meeting|to meet|chatting|talking)|"
    r"catch you later|see you|speak (?:then|soon)|talk (?:soon|later)|i'?ll let you|dash off|(?:have|got|gotta) to (?:run|go)|gotta (?:run|go)|must dash)\b"
)
# Asking after the learner ('How are you doing?', "How's yours been?", 'What do you do?').
SOCIAL_INQUIRY = re.compile(
    r"\bhow(?:'s| is| are| have| has| was| were)? (?:you|your|yours|things|life|everything|it going)\b|\bwhat (?:do|did|about) you\b|\bwhat'?s new\b|\b(?:you|u) (?:ok|okay|alright|all right|good)\b"
)
# Saying the same happened to them too: engagement even without their words.
SAME_TOO = re.compile(
    r"\b(?:(?:exactly|just) the same|same here|same (?:with|for) me|me too|so do i|so did i|so am i|i do too|i did too|the same thing|"
    r"(?:done|did|do|felt|feel|been|had|went through|go through) (?:exactly |just |much )?the same)\b"
)
# They confirm what the learner just said ('Yeah, exactly that.'): the thread is shared, not theirs to lose.
CONFIRMS = re.compile(r"^(?:(?:yeah|yes|yep|oh|god|honestly)[,!.\s]+)*(?:exactly|that'?s (?:it|right|exactly it|it exactly)|spot on|precisely|you got it)\b")
# A suggestion on their problem: advice perhaps, but not a change of subject.
SUGGESTS = re.compile(r"^(?:(?:look|so|ok|okay|well)[,\s]+)*(?:what if you|have you (?:tried|thought about|considered)|why don'?t you|you (?:should|could|might want to)|maybe (?:you|try)|try\b)")
APOLOGY = re.compile(r"\b(?:sorry|apologi[sz]e|my bad|i shouldn'?t have)\b")
HISTORY_WINDOW = 24  # earlier turns the analysis looks back over
# Verbs too light to carry a subject: sharing 'look' or 'take' with them is not sharing their topic.
_LIGHT = frozenset(stem(w) for w in "look looks looking looked seem seems seemed seeming sound sounds sounded sounding take takes taking took taken "
                   "give gives giving gave given put puts putting keep keeps keeping kept find finds finding found use uses used using "
                   "let lets letting mean means meant meaning happen happens happened bring brings bringing brought show shows showed stuff".split())
# A verb before 'to' only carries the verb after it: 'trying to figure out', 'planning to move'.
_CATENATIVE = re.compile(r"\b(?:try|tries|tried|trying|need|needs|needed|needing|start|starts|started|starting|begin|begins|began|beginning|"
                         r"manage|manages|managed|managing|hope|hopes|hoped|hoping|plan|plans|planned|planning|decide|decides|decided|deciding) to\b", re.I)


def _topical(a: str, b: str) -> frozenset[str]:
    """The content two texts share, light verbs left out: what a reply can be said to take up."""
    return overlap(_CATENATIVE.sub("to", a), _CATENATIVE.sub("to", b)) - _LIGHT


def analyze_turn(ctx: TurnContext) -> Signals:
    """Every flag of the vocabulary this turn shows, with evidence and disclosure depth."""
    text = ctx.text if isinstance(ctx.text, str) else str(ctx.text)
    history = ctx.history[-HISTORY_WINDOW:]
    partner = ctx.partner_last
    earlier = [t.text for t in history if t.speaker == "user"]
    found: dict[str, str] = {}

    def flag(name: str, evidence: str | None) -> None:
        if evidence is not None and name not in found:
            found[name] = quote(text, evidence) if evidence in sentences(text) else evidence

    sents = sentences(text)
    recent = _recent_partner(history)
    heard = f"{partner} {recent}" if partner else None
    qs = questions.asked(text, heard)
    n_questions = questions.count_questions(text, heard)
    said = " ".join(t.text for t in history if t.speaker == "partner")
    partner_depth = _partner_depth(history)
    exchange = max([partner_depth, *(disclosure.depth(t.text) for t in history)], default=0)
    own_depth = disclosure.depth(text)
    shares = disclosure.shares_something(text)

    # Questions: form, stacking, follow-up.
    for q in qs:
        for c in questions.clauses(q):
            flag("open_question" if questions.is_open(c) or _returned_open(c, partner) else "closed_question", q)
    if n_questions >= 2:
        flag("question_stacking", qs[0] if len(qs) == 1 else " ".join(qs[:2]))
    attack = disagreement.attack_sentence(text, partner)
    refl = listening.reflection(text, partner, recent, said)
    if refl and (disagreement.attack_sentence(refl[1], partner) or refl[0] == "simple" and attack):
        refl = None  # 'You're just not pulling your weight': a verdict on them, not their experience handed back
    pivot = _pivot_sentence(text, partner, recent)
    if partner:
        flag("follow_up_question", _follow_up(text, qs, partner, recent, earlier, pivot, refl, said))
        flag("topic_switch", _topic_switch(text, qs, partner, recent, pivot, refl, earlier, said))
    if earlier and questions.only_asks(text, partner) and questions.only_asks(earlier[-1], _partner_before_last_user(history)):
        flag("interview_style", qs[0])

    # Listening.
    if refl:
        flag(f"{refl[0]}_reflection", refl[1])
    flag("performative_listening", _performative(text, partner, recent, earlier, pivot, refl, "follow_up_question" in found))

    # Disclosure, calibrated to the partner.
    ref = partner_depth
    if shares and own_depth >= 1:
        deep = disclosure.deepest_sentence(text)
        if own_depth >= 3 and own_depth >= ref + 2:
            flag("oversharing", deep)
        elif _is_personal(text) and not moves.rush_sentence(text):  # sharing as a pitch is not calibration
            flag("calibrated_disclosure", deep)
    if partner and own_depth == 0 and not refl:
        flag("under_disclosure", _under_disclosure(text, partner, history, earlier))

    # Other moves.
    partner_turns = tuple(t.text for t in history if t.speaker == "partner")
    one_up = moves.one_up_sentence(text, partner)
    share = _talk_share(text, history)
    dominates = moves.is_dominating(text, partner, share)
    # Shared ground is met at their scale: not in a competing story, a far deeper one, or a monologue.
    if not (one_up or "oversharing" in found or dominates):
        flag("common_ground", moves.common_ground_sentence(text, partner, partner_turns[:-1]))
    flag("one_upping", one_up)
    if dominates:
        flag("dominating", sents[0] if sents else text[:200])
    flag("unsolicited_advice", moves.advice_sentence(text, partner))
    rush = moves.rush_sentence(text, partner) or moves.ask_sentence(text, partner)
    if rush and (not _connected_before(history) or moves.dismissive_rush(text)):
        flag("efficiency_rush", rush)
    flag("efficiency_rush", moves.brush_off_rush(text, partner))
    flag("you_statement_attack", attack)
    flag("i_statement", disagreement.i_statement_sentence(text, partner, tuple(t.text for t in history)))
    flag("acknowledges_view", disagreement.acknowledgment_sentence(text, partner, tuple(t.text for t in history)))
    flag("check_in", moves.check_in_sentence(text))
    flag("follow_through", moves.follow_through_sentence(text, partner_turns))

    ordered = [f for f in _ORDER if f in found]
    return Signals(
        flags=ordered,
        evidence={f: found[f] for f in ordered},
        disclosure_depth=own_depth,
        partner_depth=partner_depth,
        exchange_depth=max(exchange, own_depth),
        question_count=n_questions,
        word_count=word_count(text),
        talk_share=round(share, 3),
        partner_anchor=anchor(partner, [t.text for t in reversed(history) if t.speaker == "partner"][1:2]) if partner else None,
    )


from ..schemas import FLAGS as _ORDER  # noqa: E402  (flag order of the vocabulary table)


# Their question handed back: 'Yours?', 'And you?', 'hbu'.
RETURNED = re.compile(r"^(?:(?:and|so|what about|how about)[,\s]+)*(?:you|yours|u|urs|yourself|hbu|wbu)\W*$")


def _returned_open(question: str, partner: str | None) -> bool:
    """'Yours?' after their 'How was the weekend?' asks what they asked: as open as theirs was."""
    if not partner or not RETURNED.match(question):
        return False
    theirs = questions.questions(partner)
    return bool(theirs) and questions.is_open(theirs[-1])


def _partner_depth(history: list[Turn]) -> int:
    """The deeper of the partner's last two turns: the depth the learner calibrates to."""
    partner_turns = [t.text for t in history if t.speaker == "partner"][-2:]
    return max((disclosure.partner_depth(t) for t in partner_turns), default=0)


def _recent_partner(history: list[Turn]) -> str:
    """The partner's turn before their last: a thread often runs over both."""
    turns = [t.text for t in history if t.speaker == "partner"]
    return turns[-2] if len(turns) >= 2 else ""


def _partner_before_last_user(history: list[Turn]) -> str | None:
    """What the partner said just before the learner's previous turn."""
    users = [i for i, t in enumerate(history) if t.speaker == "user"]
    if not users:
        return None
    before = [t.text for t in history[: users[-1]] if t.speaker == "partner"]
    return before[-1] if before else None


def _thread(partner: str, recent: str) -> str:
    """What a reply can build on: their last turn, and the one before when the last was only 'I can try.'"""
    return f"{partner} {recent}" if _minimal(partner) else partner


def _partner_asked(partner: str) -> bool:
    """Their turn asks the learner something (a tag like 'That's you, right?' included)."""
    return any(s.endswith("?") or questions.is_question(s) for s in sentences(partner))


def _minimal(partner: str) -> bool:
    """A reply with nothing new of theirs in it: 'I can try.', 'Kind of, yeah.'"""
    return not _partner_asked(partner) and len(content_stems(partner)) <= 2 and disclosure.partner_depth(partner) <= 1


def _wrapped_up(partner: str) -> bool:
    """They agreed to a plan, thanked, or are on their way out: nothing of theirs is left open."""
    sents = sentences(partner)
    if not sents or LEAVING.search(" ".join(sents)) or HEADING_OFF.search(" ".join(sents)):
        return True
    closes = CLOSING.search(sents[0]) or CLOSING.search(partner) or ACCEPTS.match(sents[-1])
    return not _partner_asked(partner) and bool(closes) and word_count(partner) <= 12


# On their way elsewhere: "I'm gonna grab a drink", "I'm off to find my friend".
HEADING_OFF = re.compile(
    r"\bi'?m (?:gonna|going to|just going to|off to|about to) (?:go and |go |just )?(?:(?:grab|get|find|top up|refill) (?:a |another |some |my |me a |the |our )?"
    r"(?:drink|coffee|tea|beer|wine|bite|snack|food|plate|refill|friends?|colleagues?|boss|seat|table|bathroom|loo|toilet)|"
    r"head (?:off|out|back|home|over)|shoot off|make a move|get going|dash)\b"
)


# A short turn that ends by settling it: 'It fits. Barely. Fine.'
ACCEPTS = re.compile(r"^(?:fine|ok|okay|alright|all right|sure|fair enough|agreed|deal|done)\W*$")


def _builds_on(question: str, thread: str, before: tuple[str, ...], refl: tuple[str, str] | None, said: str = "") -> bool:
    """The question takes up their content: their words, a pointer back at them, or it follows
    a sentence of the learner's that did ('Eight years and it still gets you. What got you started?')."""
    if questions.is_meta(question):
        # A request or proposal takes up their turn only through more than a name or a word of theirs.
        return len(_topical(questions.META.sub(" ", question), thread)) >= 2
    shared = _topical(question, thread)
    shifted = bool(shared) and all(_owner_shift(w, question, thread) for w in shared)
    if shared and not shifted:
        return True
    bare = questions.clause(question)
    if len(bare.split()) <= 4 and content_stems(bare) <= content_stems(thread) and not shifted and not re.search(r"\belse\b", bare) and not any(
        _unanchored_person(w, thread) for w in re.findall(r"[a-z]+", bare)
    ):
        return True  # 'since when?', 'complicated how' (not 'What else?': a prompt to go on, whatever they said)
    # a sentence of theirs taken up leads into the question; a stock 'Totally, moving is so much.' does not
    lead_in = len(before) <= 3 and any(_topical(s, thread) and not listening.token_ack(s) or refl and s == refl[1] for s in before[-2:])
    if lead_in:
        return True
    if RECIPROCAL.search(question) and _partner_asked(thread):
        return True  # their question turned back to them: 'Which one's yours?'
    if _same_person(question, thread, before):
        return True  # 'What's helped her so far?' about the 'she' of their turn
    # Before it only acknowledgments, an echo, or an apology for the learner's own last turn: nothing else to point at.
    acks_only = all(listening.is_generic_ack(s) or GENERIC_EMPATHY.match(s) or questions.is_echo(s, thread) or APOLOGY.match(s) for s in before)
    if not acks_only or SOCIAL_INQUIRY.search(question) and not ABOUT_THAT.search(question):
        return False  # 'How are you?' asks after them in general; 'How are you feeling about that?' asks after what they said
    if ELLIPTIC.match(bare) and len(content_stems(thread)) >= 3 and not _partner_asked(thread):
        return True  # 'Which school?', "What's the pay?": a bare 'which' or 'the' can only mean the thing they just told of
    # A pointer back ('How did that go?') or a question with no subject of its own ('Can you tell me what's going on?'),
    # unless the sentence names a subject of its own that the pointer can refer to.
    # The question and what leads into it, not the candidate answers after it ('What's catching you on it - the start or the top-out?').
    main = question if questions.clause(question) != question else re.split(r"\s+-\s+|:\s", question)[0]
    own = content_stems(main) - content_stems(f"{thread} {said}") - _LIGHT
    # 'that jacket' with a noun of the learner's own names a new thing; a bare 'that' points back at theirs.
    # 'What did he say?' points back only if their turn has a he (or a 'my dad') for it to point at.
    pointer = any(
        not (m.group(0) in _DEMONSTRATIVES and _next_word_own(question, m.end(), own)) and not _unanchored_person(m.group(0), thread)
        for m in ANAPHORA.finditer(question)
    )
    return pointer and len(own) <= 2 or not own and questions.is_open(question) and not re.search(r"\belse\b", question)


_DEMONSTRATIVES = frozenset(("that", "this", "those", "these"))
ABOUT_THAT = re.compile(r"\b(?:about|with|after|since|over) (?:all )?(?:that|this|it)\W*$")
# A question too short to name its own subject: 'Which school?', 'What are the hours?', 'Whose idea?'
ELLIPTIC = re.compile(r"^(?:(?:and|so|oh|ah|wait|ok|okay)[,\s]+)*(?:(?:which|whose|what) (?!else\b|other\b|now\b|then\b|next\b|about\b|for\b|if\b|so\b|though\b|happened\b)[a-z-]+|what(?:'s| is| are| was| were) the [a-z-]+(?: like)?)\W*$")


def _next_word_own(question: str, at: int, own: frozenset[str] | set[str]) -> bool:
    """The word after a demonstrative is one the learner brings ('that jacket' when they never said jacket)."""
    nxt = re.match(r"\s+([a-z][a-z'-]*)", question[at:])
    return bool(nxt) and bool(content_stems(nxt.group(1)) & own)


def _owner_shift(stem_: str, question: str, thread: str) -> bool:
    """The shared word belongs to someone else in their turn and to them in the question: 'for my husband's job'
    then 'what is your job?' asks about something new."""
    w = re.escape(stem_) + r"\w*"
    theirs = thread.lower()
    return bool(
        re.search(r"\b(?:your|ur) (?:\w+ )?" + w, question)
        and re.search(r"\b(?:his|her|their|\w+'s) (?:\w+ )?" + w, theirs)
        and not re.search(r"\b(?:my|our) " + w, theirs)
    )


# Turning their question back to them.
RECIPROCAL = re.compile(r"\b(?:yours|what about you|how about you|hbu|wbu)\b")
_PERSONS = (re.compile(r"\b(?:she|her|hers)\b"), re.compile(r"\b(?:he|him|his)\b"))
# The people their turn can name without a pronoun: 'My dad had sixty cows' and then 'Where was his place?'
_NAMED = (
    re.compile(r"\b(?:mum|mom|mother|mam|wife|daughter|sister|girlfriend|gf|gran|granny|grandma|nan|nana|aunt|auntie|niece|fiancee|stepmum|stepdaughter|lady|woman|girl)\b"),
    re.compile(r"\b(?:dad|father|husband|son|brother|boyfriend|bf|grandad|granddad|grandpa|grandfather|uncle|nephew|fiance|stepdad|stepson|guy|man|lad|boy)\b"),
)


def _unanchored_person(word: str, thread: str) -> bool:
    """A 'he' or 'she' with nobody of that kind in their turn to refer to."""
    theirs = " ".join(sentences(thread))
    return any(p.fullmatch(word) and not (p.search(theirs) or named.search(theirs)) for p, named in zip(_PERSONS, _NAMED))


def _same_person(question: str, thread: str, before: tuple[str, ...]) -> bool:
    """The question's 'she' or 'he' can only be the one in their turn (by pronoun, or named as 'my dad'):
    the learner's own lead-in names nobody so."""
    theirs = " ".join(sentences(thread))
    return any(
        p.search(question) and (p.search(theirs) or named.search(theirs)) and not any(p.search(s) or named.search(s) for s in before)
        for p, named in zip(_PERSONS, _NAMED)
    )


GENERIC_EMPATHY = listening.GENERIC_EMPATHY


def _follow_up(text: str, qs: tuple[str, ...], partner: str, recent: str, earlier: list[str], pivot: str | None, refl: tuple[str, str] | None, said: str = "") -> str | None:
    """The first question that builds on what they just said (not one after a pivot, not a stock repeat)."""
    sents = _body(text)
    thread = _thread(partner, recent)
    asked_before = {q for t in earlier[-4:] for q in questions.questions(t)}
    for q in qs:
        i = sents.index(q)
        if pivot and i >= sents.index(pivot):
            break
        if q.removeprefix("and ") in {a.removeprefix("and ") for a in asked_before}:
            continue
        marker = listening.PIVOT.search(q)
        if marker and len(q[: marker.start()].split()) <= 2:
            break  # 'Also unrelated, but...', 'Quick one: ...': announced as a new subject, and so is what follows it
        if (questions.is_check(q) or moves.check_in_sentence(q)) and not (_topical(q, thread) or refl and i and sents[i - 1] == refl[1]):
            continue  # 'Was that too much?': about the conversation, not about what they said
        if _reasks(q, earlier):
            continue  # 'Anything else blocking you?' after 'What's blocking you?': the learner's own line again
        if _builds_on(q, thread, sents[:i], refl, said):
            return q
    return None


def _reasks(question: str, earlier: list[str]) -> bool:
    """The question asks again what the learner's own last question asked: its words were the learner's first."""
    mine = content_stems(questions.clause(question))
    before = {w for t in earlier[-2:] for q in questions.questions(t) for w in content_stems(q)}
    return bool(mine) and mine <= before


def _engages(sents: tuple[str, ...], context: str, refl: tuple[str, str] | None) -> bool:
    """Some sentence takes up their content: their words, a reflection, or their view acknowledged."""
    if refl:
        return True
    return any(not listening.is_generic_ack(s) and (_topical(s, context) or SAME_TOO.search(s) or _points_back(s)) for s in sents) or any(
        disagreement.acknowledgment_sentence(s) for s in sents
    )


def _points_back(sentence: str) -> bool:
    """A reaction that only points at what they said, with no subject of its own: 'Who even does that??'"""
    return len(sentence.split()) <= 5 and bool(ANAPHORA.search(sentence)) and not content_stems(sentence)


# Asking after the learner without a 'how': 'Is everything okay with you?', 'you?', 'and you?'
WELLBEING = re.compile(r"\b(?:are|is) (?:you|u|everything|things|all) (?:\w+ )?(?:ok|okay|alright|all right|good|fine)\b|^(?:and |what about |how about )?(?:you|u|yourself)\W*$")


# Answers that decline to answer: 'long story', 'this and that', 'you know how it is'.
EVASIVE = re.compile(
    r"\b(?:(?:a |it'?s a |it is a )?long story|this and that|same old|nothing (?:much|special|exciting|interesting)|not much|you know how it is|don'?t ask|it'?s complicated|bits and bobs|the usual|"
    # a shrug for an answer: 'Idk, just kind of ended up there.', 'No reason really.', 'It just happened.'
    r"just (?:kind of |sort of |kinda |sorta )?(?:ended up|fell into|drifted into|happened)|(?:it )?just (?:sort of |kind of )?happened|no (?:real )?reason|who knows|dunno|idk|no idea)\b"
)


def _brush_off(sents: tuple[str, ...], partner: str, context: str) -> str | None:
    """They asked about the learner; a word or two back ('Fine.'), then a question on something else."""
    about_me = _question_about_learner(partner)  # an open question about them: 'How does it feel being the boss?'
    asked_me = any(SOCIAL_INQUIRY.search(q) or WELLBEING.search(q) for q in questions.questions(partner)) or bool(about_me) and questions.is_open(about_me)
    if not asked_me or len(sents) < 2 or questions.is_question(sents[0]):
        return None
    evasive = bool(EVASIVE.search(sents[0]))  # 'Oh, it's a long story.': declining to answer, however many words
    if not evasive and (len(sents[0].split()) > 4 or len(content_stems(sents[0])) > 1 or listening.FEELING.search(sents[0]) or overlap(sents[0], context) and not listening.is_greeting(sents[0])):
        return None  # 'A bit tired.' is an answer; 'Fine.' or 'This and that.' is not
    rest = sents[1:]
    if _engages(rest, partner, None) or not any(questions.is_question(s) and not RETURNED.match(s) and not RECIPROCAL.search(s) for s in rest):
        return None
    if any(not questions.is_question(s) and disclosure.sentence_depth(s) >= 1 for s in rest):
        return None  # the short answer goes on into something of their own: an answer after all
    return rest[0]


def _topic_switch(text: str, qs: tuple[str, ...], partner: str, recent: str, pivot: str | None, refl: tuple[str, str] | None, earlier: list[str], said: str = "") -> str | None:
    """Moving off what they just said without taking it up: an explicit pivot, a brush-off, a stock
    'Love that!' then something else, or questions on a new subject. Not when they had closed it."""
    sents = _body(text)
    if not sents or _wrapped_up(partner) and (not pivot or content_stems(partner)) or _settles(partner, earlier):
        return None
    context = f"{partner} {recent}"
    brush = _brush_off(sentences(text), partner, context)  # a bare 'Morning.' is the brush-off's short answer
    if brush:
        return brush
    if pivot:
        i = sents.index(pivot)
        # Their question answered first ('Yeah, 3pm now. Btw...'): the pivot comes after taking their turn up.
        answered = _partner_asked(partner) and any(content_stems(x) and not listening.is_generic_ack(x) for x in sents[:i])
        then = " ".join(sents[i : i + 2])
        # After taking up what they said, a check on the conversation is not a new subject.
        checks = _engages(sents[:i], context, refl) and _only_checks_in(sents[i:])
        # 'Sorry, you only mentioned a bus. Anyway...': owning one's own long turn hands the floor back.
        # Their turn only reacted to the learner's own story ('Sorry to hear that, pal.') and the learner answered that first
        # ('It was. Anyway...'): the pivot leaves nothing of theirs. An opening 'Anyway.' waves their reaction off.
        replied = any(content_stems(x) and not listening.is_generic_ack(x) or _AFFIRMS.match(x) for x in sents[:i])
        # So too when their turn only reflected the learner's own story back ("That's its own kind of grief, isn't it."):
        # the topic was the learner's, and the learner answered before moving on.
        owned = (replied or any(APOLOGY.search(x) for x in sents[:i])) and (
            _reacts_to_learner(partner, earlier, recent) or _reacts_to_learner(partner, [" ".join(sents[:i])], recent)
            or bool(earlier) and _reflects_learner(partner, earlier[-1])
        )
        return None if APOLOGY.search(then) or answered or checks or owned else pivot
    if _reacts_to_learner(partner, earlier, recent):
        return None  # the floor was the learner's story and they only reacted to it: moving on leaves nothing of theirs
    asked_before = bool(earlier) and bool(questions.questions(earlier[-1]))
    if _minimal(partner) and not asked_before:
        return None  # they only reacted to the learner's own story: the floor was the learner's
    thread = _thread(partner, recent)
    rest = sents[1:]
    builds = any(_builds_on(q, thread, sents[: sents.index(q)], refl, said) for q in qs)
    if qs and all(GO_ON.match(questions.clause(q)) for q in qs):
        return None  # 'What else?', 'Anything else on your mind?': a hollow prompt perhaps, but it leaves them the floor
    # A stock 'Love that!' and then a question of one's own (a tag question too): the clear case. Statements after it may
    # be a story like theirs or a view on theirs, which engage without sharing their words.
    if rest and (qs or any(questions.TAG.search(s) for s in rest)) and not builds and (listening.stock_ack(sents[0], _partner_asked(partner)) or listening.token_ack(sents[0])) and not set(re.findall(r"[a-z']+", sents[0])) <= _PLAIN_ACK and not _engages(rest, context, refl) and not _only_checks_in(rest) and not (
        SUGGESTS.match(rest[0]) or CONFIRMS.match(" ".join(sentences(partner))) or _takes_up_offer(partner, rest)
    ):
        return rest[0]
    # A stock 'That's amazing.' and then a story of one's own, far deeper than theirs and sharing nothing of it:
    # their news left for the learner's.
    if rest and not qs and listening.stock_ack(sents[0], _partner_asked(partner)) and not _SYMPATHY.search(sents[0]) and not any(_PARALLEL.search(x) for x in rest) and not _engages(rest, context, refl) and not _partner_asked(partner) and (
        max(disclosure.sentence_depth(x) for x in rest) >= disclosure.partner_depth(partner) + 2
    ):
        return rest[0]
    # Only questions, none on what they just told: a new subject. Not when they asked something
    # (a reply to their question is the brush-off's case), nor after any reaction or sharing of one's own,
    # nor in the learner's first turn after a light opening of theirs ('Come and have a look!'): no topic yet to leave.
    opener = not earlier and disclosure.partner_depth(partner) <= 1
    if not opener and qs and not builds and not _partner_asked(partner) and questions.only_asks(text, partner) and not _engages(sents, context, refl) and not any(questions.is_meta(q) for q in qs):
        continues = any(overlap(q, t) for q in qs for t in earlier[-2:])  # still on the learner's own line
        if not continues:
            return qs[0]
    return None


# Sympathy answers their content ('That's rough.'); a story told alongside theirs ('I failed mine twice') is a parallel.
_SYMPATHY = re.compile(r"\b(?:rough|tough|hard|sad|shame|pity|bummer|sucks|awful|terrible|horrible|sorry|oof|ugh|yikes|brutal|grim)\b")
_PARALLEL = re.compile(r"\b(?:mine|too|as well|also|same|similar|me neither|so did i|so have i|like you)\b")


# A prompt to go on, with no subject of its own: 'What else?', 'Anything else on your mind?', 'Go on?'
GO_ON = re.compile(r"^(?:(?:and|so|ok|okay|right)[,\s]+)*(?:what else|anything else|is there anything else|what other|go on|and then|tell me more)\b(?!\s+(?:about|do|did|have)\b)")


# They offer or commit to something: "I'll show you.", 'I could spot you.', 'Want me to...?'
OFFER = re.compile(
    r"\b(?:(?:i'?ll|i will|i can|i could|happy to|want me to|shall i|let me) (?:\w+ )?(?:show|send|teach|introduce|spot|help|take|bring|email|text|call|ring|"
    r"check|ask|put|walk|lend|drop|save|meet|join|come)|(?:do|would) you (?:want|like|fancy) to (?:\w+ )?(?:together|with me))\b",
    re.I,
)


def _takes_up_offer(partner: str, rest: tuple[str, ...]) -> bool:
    """'Great. I'm here Tuesdays after seven. Friday?' after their 'I'll show you': settling their offer, not leaving it."""
    return bool(OFFER.search(partner)) and bool(moves.follow_through_sentence(" ".join(rest), (partner,)))


def _settles(partner: str, earlier: list[str]) -> bool:
    """They took up the learner's proposal ('Split it? That's generous. Yeah, okay, Thursday works.'): their only
    questions repeat the learner's words, and their turn ends agreeing. Nothing of theirs is left open."""
    sents = sentences(partner)
    if not earlier or not sents or sents[-1].endswith("?") or not CLOSING.match(sents[-1]) and not ACCEPTS.match(sents[-1]) or not any(q.endswith("?") for q in sents):
        return False
    return all(questions.is_echo(q, earlier[-1]) or len(q.split()) <= 3 and overlap(q, earlier[-1]) for q in sents if q.endswith("?"))


def _reflects_learner(partner: str, mine: str) -> bool:
    """Their turn hands the learner's own story back, with nothing asked: the learner's topic, not theirs."""
    story = [s for s in sentences(mine) if not questions.is_question(s)]
    return sum(word_count(s) for s in story) >= 8 and not _partner_asked_directly(partner) and listening.reflection(partner, mine) is not None


def _partner_asked_directly(partner: str) -> bool:
    """A real question, not a tag on their own remark ('..., isn't it.')."""
    return any(s.endswith("?") and not questions.TAG.search(s) for s in sentences(partner))


def _reacts_to_learner(partner: str, earlier: list[str], recent: str) -> bool:
    """Their turn only reacts to the learner's own long turn ('Wow. That does sound difficult.', 'Sounds grim.'):
    no question, nothing new or personal of theirs, and what they react to was the learner's story, not theirs reflected."""
    if not earlier or _partner_asked(partner) or word_count(partner) > 12 or disclosure.partner_depth(partner) >= 2:
        return False
    story = [s for s in sentences(earlier[-1]) if not questions.is_question(s)]
    return sum(word_count(s) for s in story) >= 20 and not listening.reflection(earlier[-1], recent or None)


def _only_checks_in(rest: tuple[str, ...]) -> bool:
    """What follows is an apology or a check on the conversation, not a new subject."""
    asks = [s for s in rest if questions.is_question(s)]
    return any(APOLOGY.search(s) for s in rest) or bool(asks) and all(questions.is_check(q) for q in asks)


# A written message's frame: 'Hi Tom,', 'Dear Dr Patel,', 'hey sam!!' above it; 'Best,', 'Cheers,', 'Ana', 'x' below it.
SALUTATION = re.compile(r"^(?:hi|hello|hey|hiya|heya|dear|morning|good (?:morning|afternoon|evening)|afternoon|evening|yo)\b[\w '.-]{0,30}[,!.]*$")
SIGN_OFF = re.compile(
    r"^(?:(?:best|best wishes|all the best|cheers|thanks|thank you|many thanks|thanks again|kind regards|regards|warm regards|warmly|love|"
    r"speak soon|talk soon|take care|see you soon|x+)\b[\w ,.!-]{0,20}|[\w.'-]+(?: [\w.'-]+)?\W*)$"
)


def _body(text: str) -> tuple[str, ...]:
    """The sentences of a turn without a written message's salutation and sign-off, which say nothing to them."""
    sents = sentences(text)
    if len(sents) > 1 and SALUTATION.match(sents[0]) and len(sents[0].split()) <= 5:
        sents = sents[1:]
    if "\n" in text:
        while len(sents) > 1 and SIGN_OFF.match(sents[-1]) and not questions.is_question(sents[-1]) and len(sents[-1].split()) <= 4:
            sents = sents[:-1]
    return sents


def _pivot_sentence(text: str, partner: str | None, recent: str = "") -> str | None:
    """An explicit pivot ('anyway', 'by the way') followed by something unrelated to them."""
    if not partner:
        return None
    sents = sentences(text)
    for i, s in enumerate(sents):
        m = listening.PIVOT.search(s)
        head = s[: m.start()].strip(" ,") if m else ""
        if m and m.group(0).startswith("any") and not (not head or _DISCOURSE.fullmatch(head + " ") or s.endswith("?") and not s[m.end() :].strip(" ?") or listening.stock_ack(head + ".")):
            continue  # '...get one anyway.' means 'regardless', not a change of subject
        if m and m.group(0).endswith("yeah") and not all(listening.is_generic_ack(x) for x in sents[:i]):
            continue  # 'So yeah.' after their own story closes the learner's story, not the partner's
        if m:
            after = s[m.end() :]
            if len(after.split()) < 4 and i + 1 < len(sents):
                after = f"{after} {sents[i + 1]}"
            if not _topical(after, f"{partner} {recent}"):
                return s
    return None


# Confirming their reaction to one's story: 'It was.', 'Yeah, it really is.', 'They did, honestly.'
_AFFIRMS = re.compile(r"^(?:(?:yeah|yes|ya|yep|aye|ja|oh|honestly|god)[,!.\s]+)*(?:it|that|he|she|they|i|we) (?:really |honestly |totally |sure )?(?:was|is|were|are|did|does|do|am|have|has)\b")
_PLAIN_ACK = frozenset("oh ah lol haha ha hah ok okay k yeah yep yup yes ya ye yh".split())


def _performative(text: str, partner: str | None, recent: str, earlier: list[str], pivot: str | None, refl: tuple[str, str] | None, follows_up: bool) -> str | None:
    """A stock acknowledgment and then away from them, or the same stock piece turn after turn."""
    sents = _body(text)
    if not sents or not partner:
        return None
    first = sents[0]
    acked = listening.performed_ack(first, _partner_asked(partner)) or pivot and listening.stock_ack(first, _partner_asked(partner)) and not listening.LAUGH.match(first)
    # A laughing 'lol ok' or 'oh yeah' takes it in without performing interest: a plain reply, not a formula.
    acked = acked and not set(re.findall(r"[a-z']+", first)) <= _PLAIN_ACK or listening.token_ack(first)
    if not _wrapped_up(partner) and not CONFIRMS.match(" ".join(sentences(partner))) and len(sents) >= 2 and acked and not _takes_up_offer(partner, tuple(sents[1:])):
        rest = sents[1:]
        # Then away from them: a pivot, a 'but', or a question of one's own. Statements after it may be
        # a story like theirs, which engages without their words: not clear enough to call.
        asks_away = any(questions.is_question(s) for s in rest) and not (refl or follows_up or _engages(rest, _thread(partner, recent), None))
        if pivot or re.search(r"^but\b|\b(?:though|tho|however)\b", rest[0]) or asks_away:
            return first
    if re.match(r"^(?:i hear you|i get (?:it|that)|i understand|totally|sure|fair enough|i know)[,.!]?\s*but\b", first):
        return first
    mine = listening.formulas(text)
    for t in earlier[-3:]:
        again = mine & listening.formulas(t)
        if again:
            return min(again).removeprefix("? ")
    return None


def _is_personal(text: str) -> bool:
    """Sharing about one's life, experience or feelings (not only a stance on the issue)."""
    own = disclosure.own_sentences(text)
    stance = re.compile(r"^(?:i (?:think|believe|reckon|disagree|see (?:this|it) differently|don'?t think|would|'d|need|want)|we (?:should|need|could|can|must)|my (?:view|take|position|point) )")
    return any(disclosure.sentence_depth(s) >= 2 or not (stance.match(s) or _position(s)) for s in own)


def _position(sentence: str) -> bool:
    """A view on the matter in dispute ('I worry kids stop reading', 'where I differ is...'): a stance, not one's life."""
    return bool(disagreement.STRONG_I.search(sentence) or disagreement.I_VIEW.search(sentence)) and not disclosure.STORY_TIME.search(sentence)


def _under_disclosure(text: str, partner: str, history: list[Turn], earlier: list[str]) -> str | None:
    """They asked about the learner, or opened up, and the learner gives nothing of their own back."""
    sents = sentences(text)
    if not sents:
        return None
    opened_up = bool(earlier) and disclosure.depth(earlier[-1]) >= 2  # the learner has only just opened up themselves
    qs = questions.questions(text)
    statements = [s for s in sents if s not in qs]
    asked = _question_about_learner(partner)
    if asked:
        answer = next((s for s in statements if not INTERJECTION.fullmatch(s) and not THANKS.match(s)), None)
        if opened_up:  # asked after what they shared, only taking it back is closing up ('Forget I said that.')
            return answer if answer and NON_ANSWER.search(answer) else None
        if answer is None:
            return qs[0] if qs else sents[0]
        after = statements[statements.index(answer) + 1 :]
        if any(disclosure.sentence_depth(s) >= 1 or len(content_stems(s)) >= 3 and not moves.rush_sentence(s) for s in after if s in disclosure.own_sentences(text)):
            return None  # a brief opener, then something of their own (a plain fact about oneself is an answer too)
        stems = content_stems(answer)
        confirmed = YES_NO.match(answer) and not questions.is_open(asked)  # 'You're the new one?' 'Yes ma.' is an answer
        evasive = not confirmed and (NON_ANSWER.search(answer) or not stems and not listening.ANSWER_WORD.match(answer) and not SHORT_ANSWER.match(answer))  # 'This and that.', 'Not sure.'
        brief = len(stems) <= 2 and len(answer.split()) <= 6  # 'Fine.', "It's alright.", "We'll figure it out."
        # Asked after as a person ('Are you okay?', 'you?' turned back to them): a word or two is no answer.
        inviting = asked == partner or questions.is_open(asked) or HOW_ARE_YOU.search(asked) or WELLBEING.search(asked)
        # A hedge with nothing of one's own in it, then back to asking them: 'Sort of, I suppose. What made you...?'
        hedged = bool(qs) and HEDGED.search(answer) and not FIRST_PERSON_OWN.search(HEDGED.sub(" ", answer))
        if evasive or brief and (inviting or hedged):
            return answer
        return None  # a real answer, even a factual one, is something of their own
    shared_before = any(disclosure.depth(t) >= 1 and not moves.rush_sentence(t) for t in earlier)  # a pitch is not sharing
    # Engaging with what they opened up about, not with any word of their turn.
    opened = " ".join(s for s in sentences(partner) if disclosure.partner_depth(s) >= 2) or partner
    engaged = any(overlap(s, opened) or disagreement.acknowledgment_sentence(s) or len(content_stems(s)) >= 4 for s in statements if not _filler(s))
    engaged = engaged or any(EMPATHY.search(s) for s in statements) and not any(listening.PIVOT.search(s) for s in sents)  # 'Shame, that's tough.': empathising is not closing up
    # "answers with only another question": nothing of one's own beside it
    only_asks = all(_filler(s) or len(s.split()) <= 3 or s not in disclosure.own_sentences(text) for s in statements)
    if qs and only_asks and not engaged and not shared_before and not opened_up and disclosure.partner_depth(partner) >= 2:
        return qs[0]
    return None


# A plain yes or no, or a confirmation: an answer to a closed question about oneself.
YES_NO = re.compile(r"^(?:(?:oh|ah|um|well|ha)[,\s]+)*(?:yes|yeah|yep|yup|yah|ya|ja|aye|yebo|no|nope|nah|that'?s (?:me|right|it|the one)|correct|indeed|i am|i did|i do|i have|i was)\b")
# Empathy with what they shared, even in stock words: 'Shame, that's tough.', 'Oh no, I'm sorry.', 'That sounds exhausting.'
EMPATHY = re.compile(
    r"\b(?:(?:that|this|it)(?:'s| is| was| must be| must have been| sounds?)(?: so| really| pretty| quite| such)? (?:tough|hard|rough|awful|terrible|brutal|horrible|a lot|heavy|exhausting|grim|rubbish|crap|shit|gutting|sad|scary|unfair|a nightmare|a blow)|"
    r"(?:i'?m|im) (?:so |really |very )?sorry|ag shame|^shame\b|eish|that sucks|poor (?:you|thing|love|pet|bugger)|sounds (?:like )?(?:a lot|tough|hard|rough|awful|exhausting|brutal)|must (?:be|have been) (?:\w+ )?(?:hard|tough|awful|rough|exhausting|a lot)|"
    r"my heart goes out|thinking of you|bless (?:you|him|her))")
# Answers that decline to answer: not knowing, waving it away, taking it back.
NON_ANSWER = re.compile(
    r"^(?:(?:oh|ah|um|uh|well|meh|eh|me|who me|ha|haha|lol)[,.?!\s—-]+)*(?:idk|dunno|i don'?t know|not sure|no idea|who knows|whatever|nothing much|not much|this and that|same old|same as ever|"
    # Waving oneself off as not worth telling: 'Oh, me, nothing interesting.', 'Not much to tell really.'
    r"(?:nothing (?:interesting|exciting|special|to (?:tell|report|say)|worth (?:telling|mentioning))|not (?:much|a lot|a whole lot) to (?:tell|say|report)|(?:i'?m |my life'?s |it'?s )?(?:pretty |really |very )?boring(?: stuff)?)"
    r"(?=(?: really| tbh| honestly| to be honest| lol| haha| at all| i'?m afraid)?\W*$)|"
    r"never mind|forget (?:it|about it|i said (?:that|anything))|(?:it )?doesn'?t matter|it'?s nothing|don'?t worry about (?:it|me))\b"
    r"|\b(?:forget i said (?:that|anything)|never mind|ignore me|don'?t worry about (?:it|me))\b"
)
# A short reply that is an answer all the same: 'Not yet.', 'Twice.', 'Not really.'
SHORT_ANSWER = re.compile(r"^(?:(?:oh|ah|well|um)[,\s]+)*(?:not yet|not really|not at all|never|once|twice|sometimes|always|often|a (?:few|couple of) times|a (?:bit|little)|loads|kind of|sort of)\W*$")
HEDGED = re.compile(r"\b(?:sort of|kind of|kinda|i suppose|i guess|i think|maybe|probably|possibly|in a way|more or less|not exactly|not really|\w+-?ish|sometimes|depends|it depends|a bit)\b")
FIRST_PERSON_OWN = re.compile(r"\b(?:i|i'?m|i'?ve|my|me|we|we'?re|our)\b")


# Thanks for a compliment before the answer: 'Thank you, is kind.'
THANKS = re.compile(r"^(?:(?:oh|ah|aw|ha|haha)[,!\s]+)*(?:thank you|thanks|cheers|ta)\b[^.?!]{0,20}$")
# Laughter, apology, a gasp: nothing said yet, in answer or otherwise.
INTERJECTION = re.compile(r"(?:(?:oh|ah|aw|aww|ha|haha|hah|hehe|lol|lmao|omg|sorry|well|wait|hmm|um|uh|god|gosh|wow|ooh|eh)\W*)+")
# A 'how' that asks after them (not 'how long', 'how many'): an invitation to talk about themselves.
HOW_ARE_YOU = re.compile(r"\bhow(?!\s+(?:long|many|much|old|far|often|come|soon|big)\b)(?:'s)?\b")


def _filler(sentence: str) -> bool:
    """A sentence that carries nothing of one's own: an interjection or a stock 'yeah for sure'."""
    return listening.is_filler(sentence) or listening.is_generic_ack(sentence) or bool(INTERJECTION.fullmatch(sentence))


ABOUT_YOU = re.compile(r"\b(?:you|your|yours|yourself|u|ur|urs)\b")
# Questions with 'you' that are not about the learner's own life: requests, logistics, challenges.
NOT_ABOUT_YOU = re.compile(
    r"\b(?:(?:can|could|would|will) (?:you|u) (?:\w+ ){0,2}?(?:pass|help|send|give|hold|grab|move|swap|sign|check|ask|tell them|stop|turn|keep|make|do|get|let)|"
    r"(?:have|has) (?:you|u) (?:got|a) (?:a )?(?:moment|minute|sec|second)|are (?:you|u) (?:free|using|around|done|ready|busy)|"
    r"(?:is|was) (?:that|this) (?:your|ur)|(?:do|did|have) (?:you|u) (?:even|seriously)|why (?:didn'?t|don'?t|did|do|would|are|were) (?:you|u)|"
    r"(?:do|did) (?:you|u) (?:see|get|read) (?:the|my)|what do you want me to|you know what i mean|"
    r"(?:can|could|would|will) (?:you|u) (?!(?:like|prefer|want|ever|rather|say|describe|tell me about|be up for)\b)[a-z]+|"
    r"(?:did |do )?(?:you|u) want(?:ed)? to (?:talk|catch up|chat|see me|meet|speak)|"
    # What the learner is asking for or proposing in this talk, not about their life: 'What are you actually asking for?'
    r"what (?:are|were|r) (?:you|u) (?:\w+ )?(?:asking|proposing|suggesting|saying|getting at|driving at|after)\b|what (?:do|did) (?:you|u) (?:\w+ )?(?:mean|propose|suggest)\b|"
    r"what'?s (?:your|ur) (?:\w+ )?(?:proposal|suggestion|ask|point|plan here|offer)\b|"
    # Offers and invitations: 'Do you want to try it together?', 'Want me to put you in touch?', 'Can I make it up to you?'
    r"(?:do|would) (?:you|u) (?:want|like|fancy) (?:me )?to\b|\bwant me to\b|(?:can|could|shall|may) i (?!ask (?:you )?(?:what|why|how|where|when|who|if|whether|about)\b)(?:\w+ ){0,4}?(?:you|u)\b|(?:do|would) (?:you|u) fancy\b)"
)
# Asking after the learner's lot without a 'you': 'How are things on nights?', 'How does it feel being the boss?'
HOW_THINGS = re.compile(r"\bhow(?:'s| is| are| have| has)? (?:things|it going|everything|life|work)\b|\bhow (?:does|did|is|was) it feel(?:ing)?\b|"
                        r"\bremind me (?:which|who|what|where)\b|"  # 'Sorry, remind me which booth?': who the learner is
                        r"\bwhy (?:the|all the|such an?) (?:interest|curiosity|questions|fascination)\b|\b(?:why|how come) (?:do |did )?(?:you |u )?ask\b|\bwhat (?:makes|made) (?:you|u) ask\b")
# 'What was it like?' after naming the learner's own work asks about them without saying 'you'.
ABOUT_IT = re.compile(r"\b(?:what was (?:it|that) like|how (?:was|did) (?:it|that) (?:go|feel)?|what'?s going on with)\b")
# 'How was the weekend?': a time of the learner's own life, asked after without 'you'.
ABOUT_TIME = re.compile(r"\bhow(?:'s| is| was| were| did) (?:the|your|ur) (?:\w+ )?(?:weekend|week|holidays?|break|trip|day|evening|night|summer|christmas|easter|half[- ]term|time off|leave|birthday|move)\b")
TELL_ME = re.compile(r"\b(?:i (?:want|'?d like|need) to know|tell me) (?:what|how|why)\b[^.?!]*\b(?:you|your|u|ur)\b")
TAG_QUESTION = re.compile(r"(?:,\s*|\s)(?:right|yeah|no|eh|innit|correct|yes)\s*\?+$")


def _question_about_learner(partner: str) -> str | None:
    """The partner's question to the learner about themselves (not a request, a tag or a jab);
    the whole turn when they asked by telling ('I want to know what's going on with you')."""
    about = [
        q for q in questions.questions(partner)
        if ABOUT_YOU.search(q) and not NOT_ABOUT_YOU.search(q) and not TAG_QUESTION.search(q) or ABOUT_IT.search(q) and re.search(r"\b(?:your|ur)\b", partner.lower()) or ABOUT_TIME.search(q)
        or HOW_THINGS.search(q) and not re.search(r"\b(?:his|her|their|my|our)\b", q)
    ]
    if about:  # the most inviting of them: 'Can I ask you something? How are you actually doing?'
        return next((q for q in about if questions.is_open(q) or HOW_ARE_YOU.search(q)), about[0])
    return partner if TELL_ME.search(partner.lower()) else None


def _connected_before(history: list[Turn]) -> bool:
    """Whether the learner built any connection earlier: a reflection or something of their own.

    Questions alone do not count: an interrogation is not rapport."""
    partner: str | None = None
    for turn in history:
        if turn.speaker == "partner":
            partner = turn.text
            continue
        if not partner or moves.rush_sentence(turn.text) or moves.ask_sentence(turn.text, partner) or moves.one_up_sentence(turn.text, partner):
            continue  # a pitch, or a story that tops theirs, builds nothing
        mine = disclosure.depth(turn.text)
        refl = listening.reflection(turn.text, partner)
        # A reflection said as a formula ('So you run a depot. That's so interesting.') is not taking them in.
        heard = refl and (refl[0] == "complex" or not any(listening.is_generic_ack(s) or listening.stock_ack(s) for s in sentences(turn.text)))
        if heard or 1 <= mine and not (mine >= 3 and mine >= disclosure.partner_depth(partner) + 2):
            return True
    return False


def _talk_share(text: str, history: list[Turn]) -> float:
    mine = word_count(text) + sum(word_count(t.text) for t in history if t.speaker == "user")
    total = word_count(text) + sum(word_count(t.text) for t in history)
    return mine / total if total else 0.0


_DISCOURSE = re.compile(r"^(?:(?:so|well|honestly|look|yeah|yes|no|oh|um|uh|and|but|i mean|to be honest|tbh|ok|okay|right)[,.!\s]+)+", re.I)


def anchor(partner: str, earlier: list[str] | None = None) -> str | None:
    """The phrase most worth building on: the partner's deepest, most contentful sentence about
    their own life, from their last turn or, when that held only a reply to the learner ("That's
    exactly it.", "Let's sort it.") or a word or two, the one before."""
    from .text import raw_sentences

    fallback = None
    for turn in [partner, *(earlier or [])]:
        raws = [_DISCOURSE.sub("", s).rstrip(".!?").strip() for s in raw_sentences(turn) if not s.rstrip().endswith("?")]
        raws = [s for s in raws if len(s.split()) >= 3 and not _UNMARKED_QUESTION.match(s)]
        content = [s for s in raws if not _REPLY.match(s)]
        if content:
            break
        fallback = fallback or (raws or None)
    else:
        if not fallback:
            return None
        content = fallback
    best = max(content, key=lambda s: (
        disclosure.sentence_depth(s.lower()),
        bool(_OWN.search(s)) and not _TO_LEARNER.match(s),
        min(len(s.split()), 10),
        len(content_stems(s)),
    ))
    words_ = best.split()  # whole, so the rewrite can cut it where a clause ends
    return " ".join(words_[:40]) + ("..." if len(words_) > 40 else "")


# A reply to the learner rather than news of their own: not what a rewrite should build on.
_REPLY = re.compile(
    r"^(?:that'?s|that is|that was|that would|that'd|that does|that sounds|sounds|fair|ok|okay|thanks|thank you|"
    r"cheers|ta|yes|yeah|yep|no|nah|sure|right|exactly|absolutely|totally|let'?s|let me|ha|haha|lol|good|great|"
    r"brilliant|lovely|nice|wow|oh|ah|hm+|mm+|god|aw+|fine|alright|all right|true|same|me too|of course|please|"
    r"deal|done|perfect|cool|wait|hold on|anyway|you'?re right|you'?ve got a point|i know|i see|i get it|"
    r"i hear you|i understand|i will|i'?ll)\b",
    re.I,
)
# A question typed without its question mark: "Did you ever think you'd made the wrong choice".
_UNMARKED_QUESTION = re.compile(
    r"^(?:(?:so|and|but|well|oh|wait)[,\s-]+)*(?:do|does|did|are|is|was|were|have|has|can|could|would|will|"
    r"should|what|why|how|where|when|who|which)\s+(?:you|u|ya)\b",
    re.I,
)
_OWN = re.compile(r"\b(?:i|i'?m|i'?ve|i'?d|my|me|we|we'?re|we'?ve|our|us)\b", re.I)
_TO_LEARNER = re.compile(r"^(?:you|you'?re|you'?ve|your)\b", re.I)
