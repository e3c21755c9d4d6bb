"""Reading transcripts: the JSON format of DESIGN.md, or plain `Name: text` lines."""

from __future__ import annotations

import json
import re
from pathlib import Path

from pydantic import ValidationError

from .errors import InputError
from .schemas import Transcript, Turn

MAX_FILE_BYTES = 20 * 1024 * 1024
_LINE = re.compile(r"^\s*([^:\n]{1,40}?)\s*:\s?(.*)$")
_USER_ALIASES = {"user", "learner", "me", "you"}


def read_transcript_file(path: Path, user_name: str | None = None) -> Transcript:
    """Load one transcript file, or raise InputError with one line naming the file."""
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a folder, expected a transcript file")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError(f"{path}: file too large (over {MAX_FILE_BYTES // (1024 * 1024)} MB)")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None
    return parse_transcript(text, user_name=user_name, source=str(path))


def parse_transcript(text: str, user_name: str | None = None, source: str = "<pasted>") -> Transcript:
    """JSON (starts with '{') or `Name: text` lines; the learner is `user` or `user_name`."""
    stripped = text.strip()
    if not stripped:
        raise InputError(f"{source}: empty transcript")
    transcript = _parse_json(stripped, source) if stripped[0] in "{[" else _parse_lines(stripped, user_name, source)
    return _check(transcript, source)


def _parse_json(text: str, source: str) -> Transcript:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    if isinstance(data, list):
        data = {"turns": data}
    if not isinstance(data, dict) or "turns" not in data:
        raise InputError(f"{source}: expected an object with a \"turns\" list")
    try:
        return Transcript.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        if err["type"] == "literal_error" and where.endswith("speaker"):
            got = err.get("input")
            return _raise(f"{source}: {where}: unknown speaker {got!r} (expected \"user\" or \"partner\")")
        return _raise(f"{source}: {where}: {err['msg']}")


def _raise(message: str) -> Transcript:
    raise InputError(message)


def _parse_lines(text: str, user_name: str | None, source: str) -> Transcript:
    """`Name: text` per turn; a line without a name continues the previous turn."""
    names: list[str] = []
    rows: list[tuple[str, str]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = _LINE.match(line)
        if m and not m.group(1).strip().startswith(("http", "https")):
            name = m.group(1).strip()
            rows.append((name, m.group(2).strip()))
            if name not in names:
                names.append(name)
        elif rows:
            rows[-1] = (rows[-1][0], rows[-1][1] + "\n" + line.strip())
        else:
            raise InputError(f"{source}: line {n}: expected `Name: text`")
    learner = _learner_name(names, user_name, source)
    if len(names) > 2:
        others = [x for x in names if x != learner]
        raise InputError(f"{source}: more than two speakers ({', '.join(names)}); the learner is {learner!r}, the partner must be one of {others} only")
    turns = [Turn(speaker="user" if name == learner else "partner", text=body) for name, body in rows]
    return Transcript(turns=turns)


def _learner_name(names: list[str], user_name: str | None, source: str) -> str:
    if user_name:
        match = [x for x in names if x.lower() == user_name.lower()]
        if not match:
            raise InputError(f"{source}: no turns by {user_name!r}; speakers are {', '.join(names)}")
        return match[0]
    aliases = [x for x in names if x.lower() in _USER_ALIASES]
    if aliases:
        return aliases[0]
    raise InputError(f"{source}: cannot tell which speaker is the learner ({', '.join(names)}); pass --user-name NAME")


def _check(transcript: Transcript, source: str) -> Transcript:
    for i, turn in enumerate(transcript.turns):
        if not turn.text.strip():
            raise InputError(f"{source}: turn {i} ({turn.speaker}) is empty")
    if not any(t.speaker == "user" for t in transcript.turns):
        raise InputError(f"{source}: no learner turns to score (no turns by \"user\")")
    return transcript
