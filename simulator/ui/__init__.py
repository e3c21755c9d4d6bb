"""The practice studio (Gradio). `build_studio` wires a store and an engine; `launch` serves it.

Gradio is imported only when the app is built, so `import simulator.ui` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import gradio as gr

    from ..engines.base import Engine
    from .studio import Studio


def build_studio(db: str | None, engine: Engine) -> Studio:
    from ..store import Store
    from .studio import Studio

    return Studio(Store(db), engine)


def launch(studio: Studio, *, host: str = "127.0.0.1", port: int | None = None,
           auth: list[tuple[str, str]] | None = None, quiet: bool = False,
           block: bool = True) -> gr.Blocks:
    """Build the Blocks app and serve it; with auth, each user sees only their own sessions."""
    from .blocks import build_app
    from .theme import CSS, theme

    app = build_app(studio, logout=bool(auth))
    app.queue(default_concurrency_limit=64, max_size=2048)
    app.launch(
        server_name=host, server_port=port, auth=auth or None, quiet=quiet,
        auth_message="Log in to see your own practice sessions." if auth else None,
        prevent_thread_lock=not block, ssr_mode=False, max_threads=128, theme=theme(), css=CSS,
        footer_links=["api"], max_file_size="2mb", show_error=True, strict_cors=True,
    )
    return app
