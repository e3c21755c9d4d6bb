"""Pydantic models shared by every layer: transcripts, signals, reports, personas, state.

Everything that crosses a module boundary is one of these values, so the analysis,
the rubric, the rapport state and the engines can be tested as pure functions.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# The flag vocabulary of ../shared/DESIGN.md; every output uses exactly these ids.
FLAGS: tuple[str, ...] = (
    "open_question",
    "closed_question",
    "follow_up_question",
    "topic_switch",
    "question_stacking",
    "interview_style",
    "simple_reflection",
    "complex_reflection",
    "performative_listening",
    "calibrated_disclosure",
    "oversharing",
    "under_disclosure",
    "common_ground",
    "one_upping",
    "dominating",
    "unsolicited_advice",
    "efficiency_rush",
    "you_statement_attack",
    "i_statement",
    "acknowledges_view",
    "check_in",
    "follow_through",
)
Flag = Literal[
    "open_question",
    "closed_question",
    "follow_up_question",
    "topic_switch",
    "question_stacking",
    "interview_style",
    "simple_reflection",
    "complex_reflection",
    "performative_listening",
    "calibrated_disclosure",
    "oversharing",
    "under_disclosure",
    "common_ground",
    "one_upping",
    "dominating",
    "unsolicited_advice",
    "efficiency_rush",
    "you_statement_attack",
    "i_statement",
    "acknowledges_view",
    "check_in",
    "follow_through",
]
Speaker = Literal["user", "partner"]
Scenario = Literal["networking", "disagreement", "manager", "casual"]
MAX_TURN_CHARS = 4000


class Strict(BaseModel):
    """Base for data files: unknown keys are mistakes, not extensions."""

    model_config = ConfigDict(extra="forbid")


# --- transcripts -----------------------------------------------------------------


class Turn(BaseModel):
    speaker: Speaker
    text: str


class Transcript(BaseModel):
    persona: str | None = None
    scenario: str | None = None
    turns: list[Turn]


# --- analysis --------------------------------------------------------------------


class TurnContext(BaseModel):
    """One learner turn and what came before it: all the analysis may look at."""

    text: str
    history: list[Turn] = Field(default_factory=list)

    @property
    def partner_last(self) -> str | None:
        """The partner's most recent turn before this one, if any."""
        for turn in reversed(self.history):
            if turn.speaker == "partner":
                return turn.text
        return None

    @property
    def user_earlier(self) -> list[str]:
        """The learner's own earlier turns, oldest first."""
        return [t.text for t in self.history if t.speaker == "user"]


class Signals(BaseModel):
    """What the analysis found in one learner turn."""

    flags: list[Flag] = Field(default_factory=list)
    evidence: dict[str, str] = Field(
        default_factory=dict, description="flag -> the span of the turn that shows it"
    )
    disclosure_depth: int = Field(0, ge=0, le=4, description="0 facts .. 4 deeply personal")
    partner_depth: int = Field(0, ge=0, le=4, description="depth of the partner's last turn")
    exchange_depth: int = Field(0, ge=0, le=4, description="deepest disclosure so far, both sides")
    question_count: int = 0
    word_count: int = 0
    talk_share: float = Field(0.0, description="learner words / all words so far, this turn included")
    partner_anchor: str | None = Field(
        None, description="a phrase from the partner's last turn worth building on"
    )

    def has(self, flag: str) -> bool:
        return flag in self.flags


# --- rubric ----------------------------------------------------------------------


class Citation(Strict):
    source: str = Field(description="file name in the seeds folder")
    section: str = Field(description="the section heading the passage sits under")
    quote: str = Field(description="a short verbatim quote from that section")


# What a rewrite template may use: the partner's words in several forms, a question that fits
# them, and pieces of the learner's own turn.
REWRITE_FIELDS = ("their_words", "you_words", "mention", "Mention", "ask", "Ask",
                  "first_question", "first_sentence", "evidence")


class FeedbackTemplate(Strict):
    """How to talk about one flag: as a strength or as the thing to try next."""

    flag: Flag
    message: str
    rewrite: str | None = Field(
        None, description="template for a better phrasing; {mention}, {ask}, ... (REWRITE_FIELDS) filled in"
    )
    citation: Citation

    @field_validator("rewrite")
    @classmethod
    def _known_fields(cls, value: str | None) -> str | None:
        unknown = set(re.findall(r"\{(\w*)\}", value or "")) - set(REWRITE_FIELDS)
        if unknown:
            raise ValueError(f"unknown field(s) {sorted(unknown)} in rewrite; known: {', '.join(REWRITE_FIELDS)}")
        return value


class Criterion(Strict):
    id: str
    name: str
    description: str
    raised_by: dict[Flag, float] = Field(default_factory=dict)
    lowered_by: dict[Flag, float] = Field(default_factory=dict)
    citation: Citation


class Rubric(Strict):
    schema_: str | None = Field(None, alias="$schema")
    id: str
    name: str
    criteria: list[Criterion]
    strengths: list[FeedbackTemplate]
    try_next: list[FeedbackTemplate]

    @model_validator(mode="after")
    def _unique_ids(self) -> Rubric:
        ids = [c.id for c in self.criteria]
        if len(ids) != len(set(ids)):
            raise ValueError("criterion ids must be unique")
        return self


class Feedback(BaseModel):
    kind: Literal["strength", "try_next"]
    criterion: str
    criterion_name: str
    flag: Flag
    message: str
    evidence: str
    rewrite: str | None = None
    citation: Citation


class TurnReport(BaseModel):
    index: int = Field(description="position in the input turns list")
    speaker: Speaker = "user"
    text: str
    flags: list[Flag]
    scores: dict[str, int]
    feedback: list[Feedback]
    disclosure_depth: int
    overall: int = Field(description="mean of this turn's criterion scores")


class Revisit(BaseModel):
    index: int
    text: str
    why: str
    rewrite: str | None
    criterion: str


class Summary(BaseModel):
    learner_turns: int
    criterion_scores: dict[str, int]
    overall: int
    metrics: dict[str, float]
    flag_counts: dict[str, int]
    revisit: list[Revisit]


class Report(BaseModel):
    source: str | None = None
    persona: str | None = None
    turns: list[TurnReport]
    summary: Summary


# --- personas --------------------------------------------------------------------


class Topic(Strict):
    id: str
    name: str
    keywords: list[str] = Field(min_length=1)
    ladder: dict[int, list[str]] = Field(
        description="depth 0 (facts) .. 4 (rarely told), several phrasings each"
    )

    @field_validator("ladder")
    @classmethod
    def _full_ladder(cls, ladder: dict[int, list[str]]) -> dict[int, list[str]]:
        missing = [d for d in range(5) if len(ladder.get(d, [])) < 2]
        if missing:
            raise ValueError(f"needs at least 2 phrasings at depths {missing}")
        if set(ladder) - set(range(5)):
            raise ValueError("depths must be 0..4")
        return ladder


class Reactions(Strict):
    """Lines in the persona's voice for how the learner's last turn landed."""

    interrogated: list[str] = Field(min_length=2)
    overshared_at: list[str] = Field(min_length=2)
    attacked: list[str] = Field(min_length=2)
    acknowledged: list[str] = Field(min_length=2)
    brushed_off: list[str] = Field(min_length=2)
    advised: list[str] = Field(min_length=2)
    rushed: list[str] = Field(min_length=2)
    fallback: list[str] = Field(min_length=2, description="when nothing in the ladder fits")


class OutcomeConditions(Strict):
    min_trust: float = Field(ge=0, le=1)
    min_openness: int = Field(0, ge=0, le=4)
    min_learner_turns: int = Field(3, ge=1)
    required_flags: list[Flag] = Field(
        default_factory=list, description="each must have appeared in some learner turn"
    )
    forbidden_recent_flags: list[Flag] = Field(
        default_factory=list, description="none of these in the learner's last two turns"
    )


class Outcome(Strict):
    id: str
    description: str = Field(description="what the learner can achieve, shown on the start page")
    lines: list[str] = Field(min_length=1, description="what the persona says when it is reached")
    conditions: OutcomeConditions


class Persona(Strict):
    schema_: str | None = Field(None, alias="$schema")
    id: str
    name: str
    role: str
    scenario: Scenario
    difficulty: Literal["easy", "medium", "hard"]
    setting: str = Field(description="where and why the conversation happens, for the learner")
    bio: str
    voice: str
    opening_line: str
    baseline_trust: float = Field(ge=0, le=1)
    sensitivities: dict[Flag, float] = Field(
        description="how much each flag moves trust, per turn (negative closes them down)"
    )
    topics: list[Topic] = Field(min_length=5)
    ask_back: list[str] = Field(min_length=3, description="questions it asks when trust is high")
    boundaries: list[str] = Field(min_length=1)
    reactions: Reactions
    outcome: Outcome


# --- rapport state ---------------------------------------------------------------


class State(BaseModel):
    """The persona's hidden state after a turn. A plain value: transitions return new ones."""

    turn: int = 0
    trust: float = Field(ge=0, le=1)
    openness: int = Field(0, ge=0, le=4)
    mood: Literal["neutral", "warm", "guarded", "uncomfortable", "defensive", "softened"] = (
        "neutral"
    )
    learner_max_depth: int = Field(0, ge=0, le=4)
    delta: float = 0.0
    flags: list[Flag] = Field(default_factory=list)
    seen_flags: list[Flag] = Field(default_factory=list, description="every flag so far")
    flag_counts: dict[Flag, int] = Field(
        default_factory=dict,
        description="learner turns each flag appeared in so far: a repeated trick earns less each time",
    )
    outcome_reached: bool = False
