"""`rapport practice` and `rapport personas`, run as a user runs them: the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LEARNER = [
    "Same here, honestly, I was nervous walking in. What brought you tonight?",
    "That sounds like it took some nerve. What made you come anyway?",
    "I'm really sorry, I'm rambling. I switched careers too, from finance, and it was scary.",
]


def rapport(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args],
        cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=60,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"},
    )


@pytest.fixture
def script(tmp_path: Path) -> Path:
    path = tmp_path / "learner.txt"
    path.write_text("\n".join(LEARNER[:2]) + "\n\n" + LEARNER[2] + "\n", encoding="utf-8")
    return path


def test_personas_lists_every_persona_with_scenario_and_difficulty():
    done = rapport("personas")
    assert done.returncode == 0, done.stderr
    for pid, scenario in [("maya-newcomer", "networking"), ("sam-launch-delay", "disagreement"),
                          ("tomas-new-hire", "manager"), ("rosa-neighbour", "casual")]:
        [row] = [line for line in done.stdout.splitlines() if line.startswith(pid)]
        assert scenario in row and any(d in row for d in ("easy", "medium", "hard"))


def test_personas_as_json_give_the_goal_too():
    listed = json.loads(rapport("personas", "--json").stdout)
    assert len(listed) >= 8 and all(p["goal"] and p["setting"] for p in listed)


def test_a_script_plays_as_json_for_automation(script):
    done = rapport("practice", "--persona", "maya-newcomer", "--script", str(script), "--json")
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("offline engine") == 1
    data = json.loads(done.stdout)
    assert (data["persona"], data["engine"], data["model"]) == ("maya-newcomer", "offline", None)
    assert [t["text"] for t in data["transcript"] if t["speaker"] == "user"] == LEARNER
    assert len(data["transcript"]) == 1 + 2 * len(LEARNER)
    for turn in data["turns"]:
        assert turn["reply"] and turn["engine"] == "offline"
        assert isinstance(turn["scores"], dict) and 0 <= turn["overall"] <= 100
        assert {"trust", "openness", "mood"} <= set(turn["state"])
    assert data["final_state"] == data["turns"][-1]["state"]
    assert 0 <= data["final_state"]["trust"] <= 1 and 0 <= data["final_state"]["openness"] <= 4
    assert data["outcome"]["reached"] is False and data["outcome"]["id"]
    assert isinstance(data["debrief"], list)


def test_the_same_seed_plays_the_same_session(script):
    runs = [rapport("practice", "--persona", "rosa-neighbour", "--script", str(script), "--json", "--seed", "7")
            for _ in range(2)]
    assert runs[0].stdout == runs[1].stdout


def test_a_script_without_json_prints_the_conversation_with_meters(script):
    done = rapport("practice", "--persona", "david-vp", "--script", str(script))
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("trust ▮") + done.stdout.count("trust ▯") == 1 + len(LEARNER)
    assert f"you › {LEARNER[0]}" in done.stdout and "side" in done.stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--persona", "nobody"], "unknown persona 'nobody'"),
        (["--persona", "maya-newcomer", "--script", "/no/such/file.txt"], "no such file"),
        (["--persona", "maya-newcomer", "--json"], "--json needs --script"),
    ],
)
def test_a_bad_persona_or_script_is_one_line_and_exit_2(args, says):
    done = rapport("practice", *args)
    assert done.returncode == 2
    assert done.stdout == ""
    errors = [line for line in done.stderr.splitlines() if "offline engine" not in line]
    assert len(errors) == 1 and says in errors[0] and "Traceback" not in done.stderr


def test_a_script_line_too_long_names_its_line(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("Hello there.\n" + "a" * 4001 + "\n", encoding="utf-8")
    done = rapport("practice", "--persona", "maya-newcomer", "--script", str(path))
    assert done.returncode == 2 and f"{path}: line 2: message too long" in done.stderr


def test_a_live_practice_survives_bad_input_and_ends_with_the_debrief():
    typed = [LEARNER[0], "", "x" * 4001, "/report", "/nonsense", LEARNER[1], "/quit"]
    done = rapport("practice", "--persona", "maya-newcomer", stdin="\n".join(typed) + "\n")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if "offline engine" not in line]
    assert len(errors) == 3
    assert "empty message" in errors[0] and "message too long" in errors[1] and "/nonsense" in errors[2]
    assert "overall" in done.stdout and "over 1 turn(s)" in done.stdout
    assert done.stdout.count("score ") == 2  # both real turns scored, nothing lost
    assert "Maya's side" in done.stdout


def test_end_of_input_ends_a_live_practice_like_quit():
    done = rapport("practice", "--persona", "rosa-neighbour", stdin=LEARNER[0] + "\n")
    assert done.returncode == 0 and "Rosa" in done.stdout and "side" in done.stdout
