"""The LLM persona: a LangChain chat model writes the words, the rapport state decides what
they may reveal (simulator/engines/prompt.py) and the guard keeps them in character.

Failures the user can do nothing about in the moment (timeouts, 429, 5xx, refused
connections, malformed or cut streams) are retried a bounded number of times with
exponential backoff, then reported as one ModelError line. A retry is only invisible while
nothing of the reply has been shown: once text has streamed to the learner, a cut stream
ends the turn with a ModelError instead of splicing two replies together. Either way the
session commits nothing, so the learner's turn is kept and can be retried. There is no
fallback to the offline engine: a configured model that fails says so.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from langchain_core import exceptions as lc
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, SystemMessage
from pydantic import BaseModel

from ..errors import ModelError
from ..tokens import CallUsage, UsageMeter, UsageReport, count_tokens
from .base import ReplyRequest
from .guard import GuardReport, StreamGuard, rules_for
from .prompt import PROMPT_TOKEN_CAP, PromptPlan, build_prompt, message_tokens, parts


class EngineSettings(BaseModel):
    """How hard to try before giving up; all bounded."""

    max_retries: int = 2  # extra attempts after a failed request (timeouts, 429, 5xx, ...)
    backoff_s: float = 0.5  # first wait; doubles each retry
    backoff_max_s: float = 8.0  # no single wait longer than this (Retry-After included)
    max_regenerations: int = 2  # new attempts when the guard left nothing usable
    max_words: int = 80
    prompt_cap: int = PROMPT_TOKEN_CAP


MAX_SESSION_METERS = 1000


@dataclass(frozen=True)
class Failure:
    """A failed request, in words the learner can read."""

    what: str
    retryable: bool
    wait_s: float | None = None  # what the server asked for (Retry-After)


def _optional_modules() -> list[object]:
    mods = []
    for name in ("openai", "httpx", "httpx2"):
        try:
            mods.append(__import__(name))
        except ImportError:
            pass
    return mods


_MODS = {getattr(m, "__name__", ""): m for m in _optional_modules()}


def _is(exc: BaseException, module: str, *names: str) -> bool:
    mod = _MODS.get(module)
    return mod is not None and any(isinstance(exc, getattr(mod, n, ())) for n in names)


def status_of(exc: BaseException) -> int | None:
    status = getattr(exc, "status_code", None)
    if status is None:
        status = getattr(getattr(exc, "response", None), "status_code", None)
    return status if isinstance(status, int) else None


def retry_after(exc: BaseException) -> float | None:
    headers = getattr(getattr(exc, "response", None), "headers", None) or {}
    try:
        return float(headers.get("retry-after")) if headers.get("retry-after") else None
    except (TypeError, ValueError):
        return None


def classify(exc: BaseException) -> Failure | None:
    """What went wrong talking to the model, or None when the exception is a bug to raise."""
    status = status_of(exc)
    if isinstance(exc, lc.ContextOverflowError):
        return Failure("the prompt is longer than the model's context window", False)
    if isinstance(exc, lc.ModelAuthenticationError) or status == 401:
        return Failure("authentication failed (401): check the API key (OPENAI_API_KEY)", False)
    if isinstance(exc, lc.ModelPermissionDeniedError) or status == 403:
        return Failure("permission denied (403): the key cannot use this model", False)
    if isinstance(exc, lc.ModelNotFoundError) or status == 404:
        return Failure("model not found (404): check --model and --base-url", False)
    if isinstance(exc, TimeoutError) or _is(exc, "openai", "APITimeoutError") or isinstance(exc, lc.ModelTimeoutError):
        return Failure("timed out", True)
    if _is(exc, "httpx", "TimeoutException") or _is(exc, "httpx2", "TimeoutException"):
        return Failure("timed out", True)
    if status == 429:
        return Failure("rate limited (429)", True, retry_after(exc))
    if status is not None and status >= 500:
        return Failure(f"server error ({status})", True, retry_after(exc))
    if status is not None and status >= 400:
        return Failure(f"request rejected ({status}): {_short(exc)}", False)
    if any(_refused(e) for e in _chain(exc)):
        return Failure("connection refused (is the server running?)", True)
    if isinstance(exc, lc.ModelConnectionError) or _is(exc, "openai", "APIConnectionError"):
        return Failure("could not connect or the connection dropped", True)
    if _is(exc, "httpx", "TransportError", "StreamError") or _is(exc, "httpx2", "TransportError", "StreamError"):
        return Failure("the stream was cut off", True)
    if isinstance(exc, ConnectionError):
        return Failure("the connection dropped", True)
    if _is(exc, "openai", "LengthFinishReasonError"):
        return Failure("the answer was cut off at the token limit (raise --max-tokens)", False)
    if _is(exc, "openai", "ContentFilterFinishReasonError"):
        return Failure("the provider's content filter stopped the answer", False)
    if isinstance(exc, ValueError) and "no generation chunks" in str(exc).lower():
        return Failure("the model sent an empty stream", True)  # LangChain's word for it
    if isinstance(exc, json.JSONDecodeError) or _is(exc, "openai", "APIResponseValidationError"):
        return Failure("the server sent a malformed stream", True)
    if isinstance(exc, lc.ModelError) or _is(exc, "openai", "APIError"):
        return Failure(f"the model reported an error: {_short(exc)}", getattr(exc, "is_retryable", True))
    return None


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and what it wraps: SDKs wrap the transport error that says what happened."""
    seen: list[BaseException] = []
    while exc is not None and exc not in seen and len(seen) < 8:
        seen.append(exc)
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return seen


def _refused(exc: BaseException) -> bool:
    return (isinstance(exc, ConnectionRefusedError)
            or _is(exc, "httpx", "ConnectError") or _is(exc, "httpx2", "ConnectError"))


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def backoff_s(attempt: int, settings: EngineSettings, failure: Failure) -> float:
    """Wait before retry number `attempt` (1-based): doubling, capped, Retry-After honoured."""
    wait = settings.backoff_s * 2 ** (attempt - 1)
    if failure.wait_s is not None:
        wait = max(wait, failure.wait_s)
    return min(wait, settings.backoff_max_s)


def chunk_text(chunk: BaseMessage) -> str:
    text = chunk.text
    return text if isinstance(text, str) else str(text)


class LLMEngine:
    """Writes the persona's reply with a LangChain chat model, streamed and guarded."""

    def __init__(
        self,
        chat_model: BaseChatModel,
        *,
        name: str,
        model: str | None,
        settings: EngineSettings | None = None,
        meter: UsageMeter | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.chat_model = chat_model
        self.name = name
        self.model = model
        self.settings = settings or EngineSettings()
        self.usage = meter or UsageMeter(name, model)  # every request this engine made
        self._sessions: dict[str, UsageMeter] = {}  # per session, when requests carry session_id
        self.sleep = sleep
        self.last_plan: PromptPlan | None = None
        self.last_guard: GuardReport | None = None
        self.last_calls: list[CallUsage] = []

    @property
    def label(self) -> str:
        return f"{self.name} {self.model}" if self.model else self.name

    def usage_for(self, session_id: str | None = None) -> UsageReport:
        """Tokens and estimated cost of one session (its id on the requests), else of all."""
        meter = self._sessions.get(session_id) if session_id else None
        return (meter or (UsageMeter(self.name, self.model) if session_id else self.usage)).report()

    def _meters(self, request: ReplyRequest) -> list[UsageMeter]:
        session_id = getattr(request, "session_id", None)
        if not session_id:
            return [self.usage]
        if session_id not in self._sessions and len(self._sessions) >= MAX_SESSION_METERS:
            self._sessions.pop(next(iter(self._sessions)))  # the oldest session's totals go
        return [self.usage, self._sessions.setdefault(session_id, UsageMeter(self.name, self.model))]

    def stream(self, request: ReplyRequest) -> Iterator[str]:
        """Yield the guarded reply in chunks; raise ModelError if none can be completed."""
        plan = build_prompt(request, cap=self.settings.prompt_cap)
        rules = rules_for(request, max_words=self.settings.max_words)
        self.last_plan, self.last_calls = plan, []
        messages, failures, regenerations = plan.messages, 0, 0
        while True:
            guard = StreamGuard(rules)
            self.last_guard = guard.report
            try:
                yield from self._guarded(messages, guard, self._meters(request))
            except ModelError:
                raise
            except Exception as exc:
                failure = classify(exc)
                if failure is None:
                    raise
                if guard.emitted:
                    raise ModelError(
                        f"{self.label}: {failure.what} in the middle of the reply; your turn was kept, try again"
                    ) from exc
                failures += 1
                if not failure.retryable or failures > self.settings.max_retries:
                    tries = f" after {failures} tries" if failure.retryable else ""
                    raise ModelError(f"{self.label}: {failure.what}{tries}; your turn was kept, try again") from exc
                self.sleep(backoff_s(failures, self.settings, failure))
                continue
            if guard.emitted:
                return
            regenerations += 1
            if regenerations > self.settings.max_regenerations:
                raise ModelError(
                    f"{self.label}: no usable in-character reply after {regenerations} tries "
                    f"({_why_unusable(guard.report)}); your turn was kept, try again"
                )
            messages = with_reminder(plan.messages, guard.report)

    def _guarded(self, messages: list[BaseMessage], guard: StreamGuard, meters: list[UsageMeter]) -> Iterator[str]:
        """One request: stream the model's chunks through the guard; record what it cost."""
        received: list[str] = []
        usage: dict | None = None
        try:
            stream = self.chat_model.stream(messages)
            try:
                for chunk in stream:
                    usage = getattr(chunk, "usage_metadata", None) or usage
                    text = chunk_text(chunk)
                    if not text:
                        continue
                    received.append(text)
                    shown = guard.feed(text)
                    if shown:
                        yield shown
                    if guard.done:
                        break
            finally:
                close = getattr(stream, "close", None)
                if close:
                    close()  # stop generating once the guard has ended the reply
            tail = guard.finish()
            if tail:
                yield tail
        finally:
            if received or usage:
                self.last_calls.append(record_call(meters, messages, received, usage))


def record_call(
    meters: list[UsageMeter], messages: list[BaseMessage], received: list[str], usage: dict | None
) -> CallUsage:
    """What one request cost: the provider's count when it sent one, else tiktoken's."""
    if usage and usage.get("input_tokens"):
        counts = (usage["input_tokens"], usage.get("output_tokens", 0), "provider")
    else:
        counts = (message_tokens(messages), count_tokens("".join(received)), "tiktoken")
    return [m.record(*counts) for m in meters][0]


def _why_unusable(report: GuardReport) -> str:
    if report.dropped:
        return f"last try: {report.dropped[-1][0]}"
    if report.stopped:
        return f"last try: {report.stopped}"
    return "the model returned nothing"


def with_reminder(messages: list[BaseMessage], report: GuardReport) -> list[BaseMessage]:
    """The same request, its system prompt ending with a reminder of what went wrong."""
    reminder = parts()["regenerate"].format(why=_why_unusable(report))
    first = messages[0]
    return [SystemMessage(content=f"{first.content}\n\n{reminder}"), *messages[1:]]
