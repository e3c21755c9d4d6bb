"""The report screen's components, built once per place a report is shown (practice, history,
score tab), and the function that fills them from a ReportContext."""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr

from .views.report import (
    ReportContext,
    criterion_frame,
    debrief_html,
    header_html,
    metrics_html,
    next_html,
    report_json,
    report_markdown,
    revisit_html,
)


@dataclass
class ReportView:
    column: gr.Column
    header: gr.HTML
    chart: gr.BarPlot
    metrics: gr.HTML
    revisit: gr.HTML
    debrief: gr.HTML
    next: gr.HTML
    download_md: gr.DownloadButton
    download_json: gr.DownloadButton

    @property
    def outputs(self) -> list[gr.components.Component]:
        return [self.column, self.header, self.chart, self.metrics, self.revisit, self.debrief, self.next,
                self.download_md, self.download_json]


def build_report_view(prefix: str) -> ReportView:
    """Lay out a report: headline, criterion chart beside the metrics, moments, debrief."""
    with gr.Column(visible=False, elem_id=f"{prefix}-report") as column:
        header, chart, metrics, revisit, debrief, next_, download_md, download_json = _layout(prefix)
    return ReportView(column, header, chart, metrics, revisit, debrief, next_, download_md,
                      download_json)


def _layout(prefix: str) -> tuple:
    header = gr.HTML(elem_id=f"{prefix}-report-head")
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            chart = gr.BarPlot(
                x="criterion", y="score", y_lim=[0, 100], title="Criterion scores",
                x_title="", y_title="score (0-100)", x_label_angle=-20, height=300,
                elem_id=f"{prefix}-criterion-chart", show_label=False,
            )
        with gr.Column(scale=2):
            metrics = gr.HTML(elem_id=f"{prefix}-metrics")
            next_ = gr.HTML(elem_id=f"{prefix}-next")
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            revisit = gr.HTML(elem_id=f"{prefix}-revisit")
        with gr.Column(scale=2):
            debrief = gr.HTML(elem_id=f"{prefix}-debrief")
    with gr.Row():
        download_md = gr.DownloadButton("Export Markdown", visible=False, size="md",
                                        elem_id=f"{prefix}-export-md")
        download_json = gr.DownloadButton("Export JSON", visible=False, size="md",
                                          elem_id=f"{prefix}-export-json")
    return header, chart, metrics, revisit, debrief, next_, download_md, download_json


def _export(ctx: ReportContext, stem: str) -> tuple[str, str]:
    """Write the Markdown and JSON exports to a fresh temp folder; Gradio serves them."""
    folder = Path(tempfile.mkdtemp(prefix="rapport-report-"))
    safe = re.sub(r"[^a-zA-Z0-9_-]+", "-", stem).strip("-") or "report"
    md_path = folder / f"{safe}.md"
    json_path = folder / f"{safe}.json"
    md_path.write_text(report_markdown(ctx), encoding="utf-8")
    json_path.write_text(report_json(ctx), encoding="utf-8")
    return str(md_path), str(json_path)


def fill_report(view: ReportView, ctx: ReportContext, stem: str) -> dict[Any, Any]:
    md_path, json_path = _export(ctx, stem)
    return {
        view.column: gr.update(visible=True),
        view.header: header_html(ctx),
        view.chart: criterion_frame(ctx),
        view.metrics: metrics_html(ctx),
        view.revisit: revisit_html(ctx),
        view.debrief: gr.update(value=debrief_html(ctx), visible=ctx.persona is not None),
        view.next: next_html(ctx),
        view.download_md: gr.update(value=md_path, visible=True),
        view.download_json: gr.update(value=json_path, visible=True),
    }


def clear_report(view: ReportView) -> dict[Any, Any]:
    return {
        view.column: gr.update(visible=False),
        view.header: "", view.chart: None, view.metrics: "", view.revisit: "", view.debrief: "",
        view.next: "", view.download_md: gr.update(visible=False),
        view.download_json: gr.update(visible=False),
    }
