"""Settings of the reader: how words become lines, columns, blocks, headings and tables.

Distances are in multiples of the font size of the words concerned, so one setting serves a
9-point report and a 24-point slide; shares are fractions of the page. Every value is checked
when the settings are made (``LayoutSettings(**values)``), and a bad value says which and why.
``kg87 build --config FILE`` reads them from the ``[layout]`` table of a TOML file.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from kg87.model.errors import SettingsError

__all__ = ["DEFAULT_LAYOUT", "LayoutSettings", "SettingsError"]


@dataclass(frozen=True)
class LayoutSettings:
    """Thresholds of page layout and document structure (defaults measured on the corpus)."""

    # lines: words whose vertical centres fall in a line's extent, looking back this many lines
    line_lookback: int = 6
    line_size_tolerance: float = 0.35  # share of the font size two words of a line may differ by (at least 3 pt)
    line_stacked_share: float = 0.5  # two words sharing more of the narrower one's width are on two lines
    # column gutters inside a line
    gutter_min_gap: float = 1.4  # a gutter is wider than this many font sizes ...
    gutter_gap_ratio: float = 2.5  # ... and this many times the line's usual word gap
    justified_spread: float = 1.6  # evenly wide gaps (max < spread × min) are a justified line, not columns
    marker_max_gap: float = 3.5  # a bullet glyph keeps its item across a gap this wide
    # columns of a table laid out by whitespace alone: a narrower gap is a gutter where the next word
    aligned_min_gap: float = 0.8  # (after a gap of at least this many font sizes) starts at the x where
    aligned_lines: int = 3  # words start after wide gaps on at least this many lines of the page
    # blocks: lines stacked below one another
    block_lookback: int = 12
    block_max_gap: float = 0.55  # the most space between two lines of a block
    block_min_overlap: float = 0.3  # horizontal overlap of two lines, as a share of the narrower
    block_size_tolerance: float = 1.0  # points two lines' font sizes may differ by
    # frames: a filled or stroked rectangle (a box, a sidebar) holding text, if it covers less than this share of
    frame_max_page_share: float = 0.5  # the page (larger ones are page or slide backgrounds)
    # notes: a note reference is set at most this share of its word's size, at most this many of its word's
    note_mark_size: float = 0.85  # sizes after it and its foot raised at least this many above the word's
    note_mark_gap: float = 0.3
    note_mark_raise: float = 0.15
    # a footnote or endnote opens with a note number, set at most this share of the document's body text size
    note_size_ratio: float = 0.92
    # reading order: recursive XY-cut
    column_cut_gap: float = 0.5  # the least vertical white band between columns
    band_cut_gap: float = 0.3  # the least horizontal white band between bands
    band_widest_share: float = 0.8  # only bands at least this share of the widest are cut
    # running heads and folios
    margin_share: float = 0.09  # top and bottom share of the page where running heads and folios live
    repeated_on_pages: int = 2  # margin text repeated on this many pages is a running head
    # headings
    heading_max_words: int = 25
    heading_size_ratio: float = 1.12  # set this much larger than body text
    column_heading_width: float = 0.6  # a column heading is narrower than this share of the page
    full_width_block: float = 0.45  # a block wider than this share of the page spans every column
    # tables
    table_max_edges: int = 3000  # pages drawn with more lines than this are not tables
    unreadable_glyph_share: float = 0.5  # fewer readable words than this share: a font without a Unicode map

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise SettingsError(f"layout.{f.name} must be a number, not {value!r}")
            if f.type == "int":
                if not float(value).is_integer():
                    raise SettingsError(f"layout.{f.name} must be a whole number, not {value!r}")
                object.__setattr__(self, f.name, int(value))
            if value <= 0:
                raise SettingsError(f"layout.{f.name} must be greater than 0, not {value!r}")
        for name in ("line_size_tolerance", "block_min_overlap", "band_widest_share", "margin_share",
                     "column_heading_width", "full_width_block", "unreadable_glyph_share", "frame_max_page_share",
                     "note_mark_size", "note_size_ratio"):
            if getattr(self, name) >= 1:
                raise SettingsError(f"layout.{name} is a share and must be below 1, not {getattr(self, name)!r}")

    @classmethod
    def from_mapping(cls, values: dict) -> "LayoutSettings":
        """Settings from a mapping (a TOML table); unknown names are an error naming the known ones."""
        if not isinstance(values, dict):
            raise SettingsError(f"[layout] must be a table of settings, not {values!r}")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise SettingsError(f"unknown layout setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        return cls(**values)


DEFAULT_LAYOUT = LayoutSettings()
