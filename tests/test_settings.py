"""Settings live in config, are checked when read, and change what they say they change."""

from __future__ import annotations

from dataclasses import replace

import pytest
from click.testing import CliRunner

from kg87.cli import main
from kg87.model.errors import SettingsError
from kg87.read.settings import LayoutSettings
from kg87.settings import Settings, load_settings


@pytest.mark.parametrize("values, named", [
    ({"gutter_min_gap": -1}, "layout.gutter_min_gap"),
    ({"margin_share": 1.5}, "layout.margin_share"),
    ({"line_lookback": 2.5}, "layout.line_lookback"),
    ({"block_max_gap": "wide"}, "layout.block_max_gap"),
    ({"gutter": 1.0}, "unknown layout setting(s) gutter"),
])
def test_a_bad_layout_setting_names_itself(values, named):
    with pytest.raises(SettingsError, match=named.replace("(", r"\(").replace(")", r"\)")):
        LayoutSettings.from_mapping(values)


def test_a_toml_file_sets_layout_and_duplicates(tmp_path):
    path = tmp_path / "kg87.toml"
    path.write_text("[layout]\ngutter_min_gap = 2.0\n\n[duplicates]\nthreshold = 0.2\ntables = ['commitment']\n")
    settings = load_settings(path)
    assert settings.layout.gutter_min_gap == 2.0 and settings.layout.block_max_gap == LayoutSettings().block_max_gap
    assert settings.duplicates.threshold == 0.2 and settings.duplicates.tables == ("commitment",)
    path.write_text("[duplicates]\nthreshold = 3\n")
    with pytest.raises(SettingsError, match="duplicates.threshold"):
        load_settings(path)
    path.write_text("[layuot]\n")
    with pytest.raises(SettingsError, match=r"\[layuot\]"):
        load_settings(path)


def test_build_refuses_bad_settings_in_one_line(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("[layout]\nmargin_share = 2\n")
    result = CliRunner().invoke(main, ["build", "corpus", "--config", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "layout.margin_share" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_reader_settings_are_part_of_the_cache_key():
    from kg87.pipeline import extractor_fingerprint

    default = extractor_fingerprint(Settings())
    assert extractor_fingerprint(Settings()) == default
    assert extractor_fingerprint(Settings(layout=replace(LayoutSettings(), margin_share=0.05))) != default


def test_a_gutter_setting_changes_where_a_line_splits():
    from kg87.read.layout import Word, split_segments

    line = [Word("Left", 0, 20, 0, 10, 10, False), Word("text", 22, 40, 0, 10, 10, False),
            Word("Right", 58, 80, 0, 10, 10, False), Word("text", 82, 100, 0, 10, 10, False)]
    assert len(split_segments(line, LayoutSettings())) == 2  # an 18 pt gap in 10 pt text is a gutter
    assert len(split_segments(line, LayoutSettings(gutter_min_gap=2.0))) == 1  # not when a gutter must be 20 pt


def test_a_retired_duplicate_setting_of_an_earlier_build_is_left_out_and_an_unknown_one_refused():
    from kg87.settings import duplicate_settings

    assert duplicate_settings({"different_scale_penalty": 0.15, "threshold": 0.3}).threshold == 0.3
    with pytest.raises(SettingsError, match="penalty_of_scale"):
        duplicate_settings({"penalty_of_scale": 0.15})
