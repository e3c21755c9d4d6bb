"""`rapport score` as a person and a script use it: files, folders, JSON, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

CONVO = {
    "persona": "maya-newcomer",
    "turns": [
        {"speaker": "partner", "text": "Hi. First time at one of these, I used to teach year six."},
        {"speaker": "user", "text": "Same here, first time. What made you leave teaching?"},
        {"speaker": "partner", "text": "Burnout, mostly. I loved the kids but I was running on empty."},
        {"speaker": "user", "text": "Where do you live?"},
    ],
}


def rapport(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "simulator", *args], capture_output=True, text=True, errors="replace", timeout=60)


@pytest.fixture
def convo_file(tmp_path: Path) -> Path:
    path = tmp_path / "maya.json"
    path.write_text(json.dumps(CONVO))
    return path


def test_json_report_has_turns_with_input_positions_and_a_summary(convo_file: Path) -> None:
    out = rapport("score", str(convo_file), "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert [t["index"] for t in report["turns"]] == [1, 3]
    first, second = report["turns"]
    assert {"open_question", "follow_up_question"} <= set(first["flags"])
    assert {"closed_question", "topic_switch"} <= set(second["flags"])
    assert all(0 <= v <= 100 for v in second["scores"].values())
    tip = next(f for f in second["feedback"] if f["kind"] == "try_next")
    assert tip["evidence"] == "Where do you live?"
    assert "loved the kids" in tip["rewrite"]  # built from the partner's own words
    assert tip["citation"]["source"].endswith(".txt")
    assert set(report["summary"]["metrics"]) >= {"learner_talk_share", "open_question_rate", "follow_up_rate", "reflection_to_question_ratio", "disclosure_balance"}


def test_plain_text_transcript_with_a_named_learner(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text("Dana: I just got back from a week of night shifts.\nLee: Night shifts for a week - how are you holding up?\n")
    out = rapport("score", str(path), "--user-name", "Lee")
    assert out.returncode == 0, out.stderr
    assert "follow_up_question" in out.stdout and "Criteria:" in out.stdout


def test_a_folder_gives_one_report_each_and_a_cohort_summary(tmp_path: Path, convo_file: Path) -> None:
    (tmp_path / "b.txt").write_text("Partner: Rough week.\nUser: What made it rough?\n")
    out = rapport("score", str(tmp_path), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert len(data["reports"]) == 2 and data["summary"]["transcripts"] == 2
    text = rapport("score", str(tmp_path))
    assert "Across all transcripts" in text.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"{not json", "invalid JSON"),
        (json.dumps({"turns": [{"speaker": "bob", "text": "hi"}]}).encode(), "unknown speaker"),
        (json.dumps({"turns": [{"speaker": "user", "text": "  "}]}).encode(), "is empty"),
        (json.dumps({"turns": [{"speaker": "partner", "text": "hello"}]}).encode(), "no learner turns"),
        (b"\xff\xfe\x00bad bytes", "not UTF-8"),
        (b"", "empty transcript"),
    ],
)
def test_bad_input_is_one_line_exit_2_no_traceback(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "t.json"
    if content is not None:
        path.write_bytes(content)
    out = rapport("score", str(path))
    err = out.stderr
    assert out.returncode == 2
    assert message in err and str(path) in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_one_megabyte_turn_is_scored(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    path.write_text(json.dumps({"turns": [{"speaker": "partner", "text": "Tell me."}, {"speaker": "user", "text": "word " * 210_000}]}))
    out = rapport("score", str(path), "--json")
    assert out.returncode == 0, out.stderr
    assert "dominating" in json.loads(out.stdout)["turns"][0]["flags"]


def test_misuse_exits_2() -> None:
    assert rapport("score").returncode == 2
    assert rapport("no-such-command").returncode == 2
