"""The studio's look: a calm theme with system fonts (no web-font downloads) and card styles."""

from __future__ import annotations

TITLE = "Rapport Studio"

CSS = """
.gradio-container { max-width: 1280px !important; margin: 0 auto; }
#brand h1 { margin: 0; font-size: 1.6rem; letter-spacing: -0.01em; }
#brand p { margin: 2px 0 0; color: var(--body-text-color-subdued); }
.card { border: 1px solid var(--border-color-primary); border-radius: 12px; padding: 14px 16px;
        background: var(--block-background-fill); line-height: 1.45; }
.card h3 { margin: 0 0 4px; font-size: 1.15rem; }
.card h4 { margin: 0 0 8px; font-size: 0.95rem; text-transform: none; }
.card p { margin: 6px 0; }
.muted, .card.muted { color: var(--body-text-color-subdued); }
.badge { display: inline-block; font-size: 0.75rem; padding: 2px 8px; border-radius: 999px;
         background: var(--background-fill-secondary); margin-left: 6px; text-transform: capitalize; }
.badge.diff-easy { background: #dcfce7; color: #166534; }
.badge.diff-medium { background: #fef3c7; color: #92400e; }
.badge.diff-hard { background: #fee2e2; color: #991b1b; }
.persona-head { display: flex; align-items: center; flex-wrap: wrap; gap: 2px; }
.persona-card .role { color: var(--body-text-color-subdued); margin-top: 0; }
.success { margin-top: 10px; padding: 8px 10px; border-radius: 8px; background: #eef2ff; color: #312e81; }
.resume-card { background: #fffbeb; border-color: #fcd34d; }
.convo-head { padding: 4px 2px; }
.convo-head b { font-size: 1.05rem; }
.convo-head span { color: var(--body-text-color-subdued); }
.meter-top { display: flex; align-items: baseline; gap: 10px; }
.meter-label { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em;
               color: var(--body-text-color-subdued); margin-top: 6px; }
.meter-value { font-size: 1.8rem; font-weight: 700; }
.delta { font-weight: 600; font-size: 0.9rem; padding: 1px 6px; border-radius: 6px; }
.delta.up { color: #166534; background: #dcfce7; }
.delta.down { color: #991b1b; background: #fee2e2; }
.delta.flat { color: var(--body-text-color-subdued); background: var(--background-fill-secondary); }
.bar {
  height: 10px;
  border-radius: 5px;
  background: var(--background-fill-secondary);
  overflow: hidden;
  margin: 6px 0 4px;
}
.bar .fill { height: 100%; background: linear-gradient(90deg, #6366f1, #22c55e); transition: width .4s ease; }
.ladder { display: flex; gap: 4px; list-style: none; padding: 0; margin: 6px 0; }
.ladder li { flex: 1; text-align: center; font-size: 0.72rem; padding: 4px 2px; border-radius: 6px;
             background: var(--background-fill-secondary); color: var(--body-text-color-subdued); }
.ladder li.on { background: #6366f1; color: white; }
.mood { font-size: 0.9rem; margin-top: 4px; }
.outcome {
  margin-top: 8px;
  font-size: 0.9rem;
  padding: 6px 8px;
  border-radius: 8px;
  background: var(--background-fill-secondary);
}
.outcome.reached { background: #dcfce7; color: #166534; font-weight: 600; }
.outcome.missed { background: #fef3c7; color: #92400e; }
.fb-head { display: flex; justify-content: space-between; align-items: baseline; font-weight: 600; }
.fb-head .score { font-size: 1.4rem; }
.fb-head small, .big-score small { font-size: 0.8rem; color: var(--body-text-color-subdued); }
blockquote.said { margin: 8px 0; padding: 6px 10px; border-left: 3px solid #a5b4fc;
                  background: var(--background-fill-secondary); border-radius: 4px; font-style: italic;
                  white-space: pre-wrap; overflow-wrap: anywhere; }
.fb { margin-top: 10px; padding-top: 8px; border-top: 1px dashed var(--border-color-primary); }
.fb h4 { display: flex; gap: 8px; align-items: center; }
.fb-strength h4 { color: #15803d; }
.fb-next h4 { color: #b45309; }
.crit { font-weight: 500; font-size: 0.75rem; padding: 1px 8px; border-radius: 999px;
        background: var(--background-fill-secondary); color: var(--body-text-color); }
.evidence { font-size: 0.88rem; color: var(--body-text-color-subdued); overflow-wrap: anywhere; }
.rewrite { margin: 8px 0; padding: 8px 10px; border-radius: 8px; background: #ecfdf5; color: #065f46; }
.rewrite span {
  display: block;
  font-size: 0.72rem;
  text-transform: uppercase;
  letter-spacing: .05em;
  opacity: .8;
}
.cite { font-size: 0.78rem; color: var(--body-text-color-subdued); margin-top: 6px; }
.second-opinion { margin-top: 12px; padding: 10px 12px; border-radius: 8px; border: 1px dashed #a5b4fc;
                  background: var(--background-fill-secondary); font-size: 0.9rem; }
.second-opinion h4 { display: flex; gap: 8px; align-items: center; color: #4338ca; margin-bottom: 4px; }
.second-opinion.unavailable { border-style: solid; border-color: #fcd34d; color: #92400e; background: #fffbeb; }
.card .second-opinion table.opinion { width: 100%; border-collapse: collapse; border: none; margin: 6px 0 0; }
.card .second-opinion table.opinion tr { border: none; }
table.opinion th { text-align: left; font-weight: 600; font-size: 0.75rem; color: var(--body-text-color-subdued); }
.card .second-opinion table.opinion td, .card .second-opinion table.opinion th {
  padding: 3px 6px; border: none; border-bottom: 1px solid var(--border-color-primary);
}
table.opinion td:nth-child(2), table.opinion td:nth-child(3) { font-variant-numeric: tabular-nums; }
table.opinion .reason { font-size: 0.8rem; font-style: italic; color: var(--body-text-color-subdued);
                        overflow-wrap: anywhere; }
.agree-agrees { color: #166534; }
.agree-differs { color: #b45309; }
.opinion-flags { font-size: 0.85rem; margin: 6px 0 0; }
#hint .hint { font-size: 0.9rem; padding: 6px 10px; border-radius: 8px; }
#hint .hint.info { background: #eff6ff; color: #1e40af; }
#hint .hint.warn { background: #fef2f2; color: #991b1b; }
.report-head { display: flex; gap: 18px; align-items: center; }
.big-score { font-size: 2.6rem; font-weight: 800; color: #4f46e5; min-width: 110px; }
.revisit-item, .debrief-item { padding: 8px 0; border-top: 1px solid var(--border-color-primary); }
.turn-no {
  font-size: 0.8rem;
  font-weight: 600;
  color: var(--body-text-color-subdued);
  overflow-wrap: anywhere;
}
.feeling { font-style: italic; }
.next { background: #eef2ff; border-color: #c7d2fe; }
table.metrics { width: 100%; border-collapse: collapse; border: none; }
table.metrics td { padding: 4px 6px; border: none; border-bottom: 1px solid var(--border-color-primary); }
table.metrics td:last-child { text-align: right; font-variant-numeric: tabular-nums; }
.history-head { font-weight: 500; }
#chat button[aria-label="Clear"] { display: none; }  /* the chat mirrors the saved session */
"""


def theme():  # -> gr.themes.Base, imported lazily with Gradio
    """Soft indigo with local system fonts: nothing fetched from the network."""
    import gradio as gr

    fonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"]
    return gr.themes.Soft(primary_hue="indigo", neutral_hue="slate", font=fonts,
                          font_mono=["ui-monospace", "monospace"])
