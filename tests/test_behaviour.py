"""Personas open up for the right reasons: scripted learners of distinct styles, played
against every persona through the real pipeline (analysis, rubric, rapport, offline engine).

A curious, calibrated learner builds each turn on what the persona just said, shares at most
about as deep as the persona did, checks in, acknowledges the persona's view in a
disagreement and proposes a concrete next step once the trust meter says the moment is
there. It should end with more trust than an interviewer, a performer, an over-sharer and an
attacker, and reach the scenario's outcome where they do not.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.catalog import load_personas
from simulator.engines.scripted import ScriptedEngine
from simulator.ladder import locate
from simulator.rapport import initial_state, replay
from simulator.schemas import FLAGS, Persona, Signals
from simulator.session import Session

PERSONAS = load_personas()
TURNS = 12

# --- the learners ---------------------------------------------------------------------

SHARES = {  # the curious learner's own life, by depth (see tests/data/LABELLING.md)
    1: ["I've always liked hearing the story behind what people do.",
        "I find the first few weeks of anything new the most interesting part.",
        "I think I'm more of a listener than a talker, most days."],
    2: ["I was nervous about something similar when I changed teams last year.",
        "My first month as a team lead was rough, to be honest.",
        "I felt pretty out of my depth when I started my current role."],
    3: ["I nearly quit my last job; I felt like a fraud for most of the first year.",
        "I burnt out two years ago and it took me a long time to say it out loud.",
        "I felt really lonely when I moved here, and I'm still a bit embarrassed about how long that lasted."],
}
REFLECTIONS = ["It sounds like {a}, and that it mattered to you more than people realise.",
               "It sounds like {a}, and that it meant a lot to you.",
               "It seems like {a}, and part of you is still working out how you feel about it.",
               "It sounds like {a}, which must have been a lot to carry."]
FOLLOW_UPS = ["What was it like when {a}?", "How did it feel when {a}?",
              "What do you make of it now that {a}?", "What happened after {a}?"]
ACKNOWLEDGE = "I can see where you're coming from: {a}."
CHECK_INS = ["Is this okay to talk about?", "Is it okay to ask about that, or would you rather we move on?",
             "How is this conversation landing for you so far?", "Am I prying? Tell me if I am."]
NEXT_STEPS = {
    "networking": ["I'd love to keep talking about this: I'll email you tomorrow with that article I mentioned.",
                   "Could I buy you a coffee next week? I'll message you on Monday to find a time."],
    "casual": ["I'd love to help out: shall we say Saturday at ten, and I'll bring the biscuits?",
               "Let me give you my number, and I'll knock on Saturday morning to see if you need a hand."],
    "disagreement": ["How about we sit down on Thursday at two and go through it together? I'll book the room today.",
                     "Let's agree the plan now: I'll write it up tonight and we review it together tomorrow at ten."],
    "manager": ["Let's meet again on Friday at ten to see how it's going; I'll put it in the calendar today.",
                "How about we check in every Monday at nine for the next month? I'll send the invite this afternoon."],
}
_SECOND_PERSON = [(r"\bI was\b", "you were"), (r"\bI wasn't\b", "you weren't"), (r"\bI'm\b", "you're"), (r"\bI am\b", "you are"),
                  (r"\bI've\b", "you've"), (r"\bI'd\b", "you'd"), (r"\bI'll\b", "you'll"), (r"\bI\b", "you"),
                  (r"\b[Mm]y\b", "your"), (r"\bme\b", "you"), (r"\bmyself\b", "yourself"),
                  (r"\b[Ww]e\b", "you"), (r"\b[Oo]ur\b", "your"), (r"\bus\b", "you")]
_LEAD_IN = re.compile(r"^(?:(?:and|but|so|plus|or|oh|um|well|honestly|yeah|okay|right|the truth is|"
                      r"to be honest|which)\b[,\s]*)+", re.IGNORECASE)
_SUBJECT = re.compile(r"^(?:you|your|it|it's|the|there|that|this|she|he|they|[A-Z]\w+)\b")


def echo(reply: str) -> str:
    """The most telling clause of what the persona said, said back in the second person."""
    statements = [s for s in re.split(r"(?<=[.!?])\s+", reply) if s and not s.endswith("?")] or [reply]
    clauses = []
    for clause in (c for s in statements for c in re.split(r"[,;:]\s|[—–]| - ", s)):
        clause = _LEAD_IN.sub("", clause.strip().rstrip(".!?'\""))
        for pattern, swap in _SECOND_PERSON:
            clause = re.sub(pattern, swap, clause)
        if clause:
            clauses.append(clause)
    fits = [c for c in clauses if 4 <= len(c.split()) <= 14] or clauses
    best = max(fits, key=lambda c: (bool(_SUBJECT.match(c)), len(c.split())))
    first, *rest = best.split()[:14]
    is_name = re.search(rf"[a-z,] {re.escape(first)}\b", reply)  # capitalised mid-sentence too
    return " ".join([first if is_name else first.lower(), *rest])


class Curious:
    """Adaptive and calibrated: reflects and follows up on the persona's last reply, shares
    at about the persona's depth (one deeper only while things are light), checks in when a
    turn lands badly, and proposes a concrete next step once trust is close to the goal."""

    def __init__(self) -> None:
        self.shared: set[str] = set()
        self.check_ins = 0
        self.proposed_at = -10

    def __call__(self, persona: Persona, session: Session) -> str:
        reply, n, state = session.turns[-1].text, len(session.results), session.state
        a = echo(reply)
        spot = locate(persona, reply)
        their_depth = spot[1] if spot else 0
        parts = []
        if persona.scenario == "disagreement" and n < 2:
            parts.append(ACKNOWLEDGE.format(a=a))
        elif n > 0:
            parts.append(REFLECTIONS[n % len(REFLECTIONS)].format(a=a))
        ready = n >= 4 and state.trust >= persona.outcome.conditions.min_trust - 0.1
        propose = ready and n - self.proposed_at >= 3 and not state.outcome_reached
        if not propose and (n == 0 or "?" in reply or their_depth >= 1 and n % 2 == 0):
            parts += self.share(min(their_depth if their_depth >= 2 else their_depth + 1, 3))
        if propose:
            options = NEXT_STEPS[persona.scenario]
            parts.append(options[(n // 3) % len(options)])
            self.proposed_at = n
        elif state.delta < 0 or n == 3:
            parts.append(CHECK_INS[self.check_ins % len(CHECK_INS)])
            self.check_ins += 1
        else:
            parts.append(FOLLOW_UPS[n % len(FOLLOW_UPS)].format(a=a))
        return " ".join(parts)

    def share(self, depth: int) -> list[str]:
        """Something of my own, as deep as `depth` allows, not said before."""
        for d in range(depth, 0, -1):
            unsaid = [line for line in SHARES[d] if line not in self.shared]
            if unsaid:
                self.shared.add(unsaid[0])
                return unsaid[:1]
        return []


def lines(*texts: str):
    """A learner that says these, in turn, whatever the persona says."""

    def learner(persona: Persona, session: Session) -> str:
        return texts[len(session.results) % len(texts)]

    return learner


INTERVIEWER = lines(
    "So what do you do?", "Where are you from originally?", "How long have you been doing that?",
    "Do you like it? What's the hardest part?", "Are you married? Any kids?", "What do you do at weekends?",
    "Where did you study?", "What's your team like? How big is it?", "Do you travel much for work?",
    "What's next for you?", "Why did you pick this job?", "How old are your kids?",
)
PERFORMER = lines(
    "Totally, I hear you! Anyway, what do you do for fun?",
    "Love that. So interesting. By the way, where are you based?",
    "Wow, amazing! Anyway, have you been to the new place on the high street?",
    "Totally, I hear you! So, what's your favourite film?",
    "That's so cool. Anyway, are you going to the thing next week?",
    "Love that. Random question, cats or dogs?",
)
OVER_SHARER = lines(
    "Honestly, my divorce last year broke me and I still cry most nights.",
    "I was diagnosed with depression in March and I haven't told anyone at work.",
    "My dad died in the spring and I haven't really slept since the funeral.",
    "I've been in therapy for panic attacks since the breakdown I had at my last job.",
    "Nobody knows this, but I'm drowning in debt and I'm scared I'll lose the flat.",
    "I've never told anyone this, but I was in rehab for alcohol two years ago.",
)
ATTACKER = lines(
    "You're wrong about that, and you know it.", "You always make excuses. That's your problem.",
    "Honestly, you clearly don't get it.", "You never listen to anyone, do you?",
    "That's ridiculous. Stop making excuses.", "You're being difficult for no reason.",
)
OTHERS = {"interviewer": INTERVIEWER, "performer": PERFORMER, "over-sharer": OVER_SHARER, "attacker": ATTACKER}


def practise(persona: Persona, learner, turns: int = TURNS, seed: int = 1) -> Session:
    session = Session(persona, ScriptedEngine(), seed=seed)
    for _ in range(turns):
        session.play(learner(persona, session))
    return session


def story(session: Session) -> str:
    """The session as a readable trace, for failure messages."""
    rows = [f"  {session.turns[0].text}"]
    for r in session.results:
        s = r.state
        rows.append(f"> {r.learner}\n    {r.report.flags} d={r.report.disclosure_depth} "
                    f"trust={s.trust:.2f} ({s.delta:+.2f}) open={s.openness}{' OUTCOME' if s.outcome_reached else ''}"
                    f"\n  {r.reply}")
    return "\n".join(rows)


@pytest.fixture(scope="module", params=sorted(PERSONAS), ids=str)
def played(request) -> dict[str, Session]:
    persona = PERSONAS[request.param]
    return {"curious": practise(persona, Curious()), **{k: practise(persona, v) for k, v in OTHERS.items()}}


# --- the behaviour --------------------------------------------------------------------


def test_a_curious_calibrated_learner_reaches_the_outcome(played):
    curious = played["curious"]
    assert curious.state.outcome_reached, story(curious)
    said = [r for r in curious.results if any(line in r.reply for line in curious.persona.outcome.lines)]
    assert len(said) == 1 and said[0].state.outcome_reached  # said once, when it was reached


@pytest.mark.parametrize("style", sorted(OTHERS))
def test_every_other_style_ends_with_less_trust_and_no_outcome(played, style):
    curious, other = played["curious"], played[style]
    assert curious.state.trust > other.state.trust, story(other)
    assert not other.state.outcome_reached, story(other)
    assert not any(line in r.reply for r in other.results for line in other.persona.outcome.lines)


def test_the_persona_reacts_to_each_style_in_its_own_voice(played):
    persona = played["curious"].persona
    said = {style: " ".join(r.reply for r in s.results) for style, s in played.items()}
    r = persona.reactions
    assert any(line in said["interviewer"] for line in r.interrogated)
    assert any(line in said["over-sharer"] for line in r.overshared_at)
    assert any(line in said["attacker"] for line in r.attacked)
    assert any(line in said["performer"] for line in r.brushed_off)


def test_the_curious_learner_is_told_more_than_the_interviewer(played):
    def deepest(session: Session) -> int:
        return max((spot[1] for r in session.results if (spot := locate(session.persona, r.reply))), default=0)

    assert deepest(played["curious"]) > deepest(played["interviewer"])
    assert deepest(played["interviewer"]) <= 1


def test_no_persona_repeats_itself_within_a_session(played):
    for session in played.values():
        persona = session.persona
        authored = [line for t in persona.topics for rung in t.ladder.values() for line in rung]
        authored += [*persona.ask_back, *persona.outcome.lines]
        for line in authored:
            assert sum(line in r.reply for r in session.results) <= 1, line


@pytest.mark.parametrize("pid", [p.id for p in PERSONAS.values() if p.scenario == "disagreement"])
def test_in_a_disagreement_acknowledging_the_view_softens_the_persona(pid):
    session = practise(PERSONAS[pid], Curious(), turns=2)
    softened = [r for r in session.results if "acknowledges_view" in r.state.flags]
    assert softened, story(session)
    assert softened[0].state.mood == "softened" and softened[0].state.delta > 0
    assert any(line in softened[0].reply for line in PERSONAS[pid].reactions.acknowledged)


def test_the_same_seed_replays_the_same_conversation():
    persona = PERSONAS["maya-newcomer"]
    assert story(practise(persona, Curious(), turns=6)) == story(practise(persona, Curious(), turns=6))


# --- the rule that holds for every input --------------------------------------------------

turns = st.lists(
    st.builds(
        Signals,
        flags=st.lists(st.sampled_from(FLAGS), max_size=6, unique=True),
        disclosure_depth=st.integers(0, 4),
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(pid=st.sampled_from(sorted(PERSONAS)), seq=turns)
def test_openness_never_runs_more_than_one_level_past_the_learners_deepest_disclosure(pid, seq):
    states = replay(PERSONAS[pid], seq)
    assert states[0] == initial_state(PERSONAS[pid])
    for n, state in enumerate(states):
        deepest = max((s.disclosure_depth for s in seq[:n]), default=0)
        assert state.learner_max_depth == deepest
        assert state.openness <= deepest + 1
        assert 0 <= state.trust <= 1


@settings(max_examples=100, deadline=None)
@given(pid=st.sampled_from(sorted(PERSONAS)), flag=st.sampled_from(FLAGS), n=st.integers(1, 60))
def test_no_single_trick_repeated_maxes_trust(pid, flag, n):
    persona = PERSONAS[pid]
    final = replay(persona, [Signals(flags=[flag], disclosure_depth=2)] * n)[-1]
    assert final.trust < 1.0 or persona.baseline_trust == 1.0
