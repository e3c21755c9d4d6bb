"""The rubric is data: it validates, uses the flag vocabulary, and every citation is real."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from simulator.catalog import load_model, load_rubric
from simulator.errors import DataFileError
from simulator.schemas import FLAGS, Rubric

ROOT = Path(__file__).resolve().parent.parent
GUIDANCE = ROOT / "rubrics" / "guidance"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


def _norm(text: str) -> str:
    """Whitespace folded and markdown escapes dropped, as a reader sees the text."""
    return re.sub(r"\s+", " ", text.replace("\\", "")).strip()


def _headings(text: str) -> set[str]:
    return {_norm(line.lstrip("#")) for line in text.splitlines() if line.strip()}


def _citations(rubric: Rubric):
    yield from (c.citation for c in rubric.criteria)
    yield from (t.citation for t in rubric.strengths + rubric.try_next)


def test_every_quote_appears_under_its_section_in_the_cited_seed() -> None:
    rubric = load_rubric()
    for c in _citations(rubric):
        text = (GUIDANCE / c.source).read_text(encoding="utf-8")
        assert _norm(c.quote) in _norm(text), f"quote not in {c.source}: {c.quote!r}"
        assert _norm(c.section) in _headings(text), f"no section {c.section!r} in {c.source}"
        section_start = _norm(text).index(_norm(c.section))
        assert _norm(text).index(_norm(c.quote)) > section_start, f"{c.quote!r} is not under {c.section!r}"


def test_guidance_copies_match_the_shared_seeds() -> None:
    if not SHARED_SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    for seed in SHARED_SEEDS.glob("*.txt"):
        assert (GUIDANCE / seed.name).read_text(encoding="utf-8") == seed.read_text(encoding="utf-8")


def test_every_flag_is_weighed_by_a_criterion_and_explained() -> None:
    rubric = load_rubric()
    weighed = {f for c in rubric.criteria for f in [*c.raised_by, *c.lowered_by]}
    explained = {t.flag for t in rubric.strengths + rubric.try_next}
    assert set(FLAGS) == weighed
    # every flag that lowers a score has a "try next" with a rewrite
    lowering = {f for c in rubric.criteria for f in c.lowered_by}
    assert lowering <= {t.flag for t in rubric.try_next if t.rewrite}
    assert explained <= set(FLAGS)


def test_a_broken_rubric_file_names_the_file_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "rubric.yaml"
    bad.write_text("id: r\nname: R\ncriteria: [{id: x, name: X, description: d, raised_by: {not_a_flag: 3}, citation: {source: s, section: s, quote: q}}]\nstrengths: []\ntry_next: []\n")
    with pytest.raises(DataFileError) as err:
        load_model(bad, Rubric)
    assert str(bad) in str(err.value) and "criteria.0.raised_by" in str(err.value)


def test_a_rewrite_with_a_misspelt_field_is_refused_when_the_rubric_loads(tmp_path: Path) -> None:
    bad = tmp_path / "rubric.yaml"
    bad.write_text("id: r\nname: R\ncriteria: []\nstrengths: []\ntry_next: [{flag: topic_switch, message: m, "
                   "rewrite: '{Mentoin} - {ask}', citation: {source: s, section: s, quote: q}}]\n")
    with pytest.raises(DataFileError) as err:
        load_model(bad, Rubric)
    assert "try_next.0.rewrite" in str(err.value) and "Mentoin" in str(err.value)


def test_committed_json_schemas_are_generated_from_the_models() -> None:
    from simulator.commands.schema import SCHEMA_DIR, schema_text

    for name in ("persona", "rubric"):
        assert (SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8") == schema_text(name), "run `rapport schema`"
