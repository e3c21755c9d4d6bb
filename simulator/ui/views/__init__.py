"""Pure view functions: Report, State and store values in; HTML, Markdown and DataFrames out.

Nothing here imports Gradio, so every screen's content is testable without a browser.
"""
