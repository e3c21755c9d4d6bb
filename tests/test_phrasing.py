"""The partner's words, put back to them in a rewrite: turned to "you", grammatical, not cut mid-phrase."""

from __future__ import annotations

import pytest

from simulator.phrasing import clip, fitting_question, mention, to_second_person, you_clause


@pytest.mark.parametrize(("theirs", "put_back"), [
    ("I moved here in June", "you moved here in June"),
    ("I was nervous all week", "you were nervous all week"),
    ("We've been together nine years", "you've been together nine years"),
    ("I don't want you doing more nights", "you don't want me doing more nights"),
    ("You comped the whole table without asking me", "I comped the whole table without asking you"),
    ("You're already better at this than you think", "I'm already better at this than I think"),
    ("If you want, I can look at your portfolio", "if I want, you can look at my portfolio"),
])
def test_first_and_second_person_swap_places(theirs: str, put_back: str) -> None:
    assert to_second_person(theirs) == put_back


def test_a_feeling_with_its_subject_dropped_gets_one_back() -> None:
    assert you_clause("Bit stressed, honestly") == "you're a bit stressed"
    assert mention("Pretty wiped out, tbh") == "you said you're pretty wiped out"


def test_a_noun_phrase_is_mentioned_and_a_clause_is_said() -> None:
    assert mention("The Penrose contract") == "you mentioned the Penrose contract"
    assert mention("My mum's been diagnosed with dementia.") == "you said your mum's been diagnosed with dementia"
    assert mention("The team loved option B") == "you said the team loved option B"


def test_long_words_are_cut_where_a_clause_ends() -> None:
    said = "I'm not trying to start a fight I'm just really tired, I've got my resit tomorrow and I'm freaking out"
    assert mention(said) == "you said you're not trying to start a fight you're just really tired"
    assert clip("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen") \
        == "one two three four five six seven eight nine ten eleven twelve..."


def test_you_opening_a_clause_is_its_subject() -> None:
    assert to_second_person("It crashes the system that you set up") == "it crashes the system that I set up"
    assert to_second_person("You come down once a month") == "I come down once a month"


def test_a_name_keeps_its_capital_and_a_sentence_opener_loses_it() -> None:
    assert mention("Ruby broke her wrist last month") == "you said Ruby broke her wrist last month"
    assert mention("The demo got moved to Friday") == "you said the demo got moved to Friday"


def test_openers_fillers_and_instructions_read_as_the_learner_would_say_them() -> None:
    assert mention("Because I swapped out of Christmas") == "you said you swapped out of Christmas"
    assert mention("Hey, sorry again about Saturday") == "you mentioned sorry again about Saturday"
    assert mention("I'll, er, have a look") == "you said you'll have a look"
    assert mention("Ask me properly next week") == "you said to ask you properly next week"


@pytest.mark.parametrize(("theirs", "question"), [
    ("I froze when they asked about the API", "what was that like?"),
    ("I'm new to these expos", "how has that been?"),
    ("I'm going to grab a coffee before the next talk", "what's drawing you to that?"),
    ("My mum's been diagnosed with dementia", "how has that been for you?"),
    ("Some mix of spreadsheets and a legacy tool", "what's the story there?"),
])
def test_the_follow_up_question_fits_what_they_said(theirs: str, question: str) -> None:
    assert fitting_question(theirs) == question


def test_a_view_of_theirs_gets_asked_what_is_behind_it() -> None:
    assert fitting_question("These chairs are like gold") == "what's behind that?"
    assert fitting_question("I need the bed, there are four people waiting") == "what's behind that?"
    assert fitting_question("My first building was a library in Hull") == "what was that like?"
