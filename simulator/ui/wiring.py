"""Small helpers shared by the Gradio wiring modules."""

from __future__ import annotations

import gradio as gr

from ..store import LOCAL_USER


def user_of(request: gr.Request | None) -> str:
    """The logged-in user, or the single local user when the studio runs without login."""
    name = getattr(request, "username", None) if request is not None else None
    return name or LOCAL_USER
