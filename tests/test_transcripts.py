"""Transcripts in both formats, and the one-line errors for the ways they go wrong."""

from __future__ import annotations

import pytest

from simulator.errors import InputError
from simulator.transcripts import parse_transcript


def test_plain_lines_with_the_learner_named_user() -> None:
    t = parse_transcript("Partner: Long day.\nUser: What made it long?\n  (it had been raining)\n")
    assert [x.speaker for x in t.turns] == ["partner", "user"]
    assert t.turns[1].text.endswith("(it had been raining)")


def test_plain_lines_need_the_learner_named_when_ambiguous() -> None:
    with pytest.raises(InputError, match="--user-name"):
        parse_transcript("Ana: hi\nBo: hello\n")
    t = parse_transcript("Ana: hi\nBo: hello\n", user_name="bo")
    assert t.turns[1].speaker == "user"


def test_json_list_of_turns_is_accepted() -> None:
    t = parse_transcript('[{"speaker": "user", "text": "Hi, is this seat taken?"}]')
    assert t.turns[0].speaker == "user"


def test_html_is_kept_as_text() -> None:
    t = parse_transcript('User: <img src=x onerror=alert(1)>')
    assert t.turns[0].text == "<img src=x onerror=alert(1)>"
