"""The practice studio (Gradio). `build_studio` wires a store and an engine; `launch` serves it.

Gradio is imported only when the app is built, so `import simulator.ui` stays cheap.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import gradio as gr

    from ..engines.base import Engine
    from .studio import Studio


def build_studio(db: str | None, engine: Engine, judge: Any | None = None) -> Studio:
    """The service layer over a store; with `judge`, every turn gets the model's second opinion."""
    from ..store import Store
    from .studio import Studio

    return Studio(Store(db), engine, judge=judge)


def launch(studio: Studio, *, host: str = "127.0.0.1", port: int | None = None,
           auth: list[tuple[str, str]] | None = None, quiet: bool = False,
           block: bool = True) -> gr.Blocks:
    """Build the Blocks app and serve it; with auth, each user sees only their own sessions."""
    from .blocks import build_app
    from .theme import CSS, theme

    quiet_gradio_bookkeeping()

    app = build_app(studio, logout=bool(auth))
    app.queue(default_concurrency_limit=64, max_size=2048)
    app.launch(
        server_name=host, server_port=port, auth=auth or None, quiet=quiet,
        auth_message="Log in to see your own practice sessions." if auth else None,
        prevent_thread_lock=not block, ssr_mode=False, max_threads=128, theme=theme(), css=CSS,
        footer_links=["api"], max_file_size="2mb", show_error=True, strict_cors=True,
        run_history=False,  # conversations live in our store, not in Gradio's run log or the browser
    )
    return app


def quiet_gradio_bookkeeping() -> None:
    """Turn off per-event work in Gradio's queue that the studio never uses (before `queue()`).

    After every event Gradio rebuilds its monitoring summary, a pandas DataFrame of up to
    10,000 past events, though monitoring is off here: the cost of each turn grew with the
    number of turns served. Recompute it once per 1,000 events, over at most 1,000.
    An operator's own setting of either variable wins."""
    os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", "1000")
    os.environ.setdefault("GRADIO_ANALYTICS_MAX_EVENTS", "1000")
