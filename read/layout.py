"""Page layout: from positioned words to text blocks in reading order.

Words are grouped into lines, lines are split into segments where a gap is far wider
than the line's own word spacing (a column gutter), segments are stacked into blocks
(paragraphs, bullet items, headings), and blocks are ordered by a recursive XY-cut
that prefers columns, so side-by-side slide columns read one after the other.
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from kg87.model.document import BBox

from .settings import DEFAULT_LAYOUT, LayoutSettings

BULLET_GLYPHS = "•◦▪▫●○■□‣⁃∙·➢➤►▶✓✔-–—*o\uf0b7\uf0a7\uf0d8\uf076"
# 1.  b)  iv.  (c)  and labelled or multi-level ones: R1.  A2)  2.3.
_ENUMERATION = re.compile(r"^\(?(\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4}|[A-Z]{1,2}\d{1,2}|\d{1,2}(\.\d{1,2}){1,2})[.)]$")
_GLYPH = re.compile(rf"^[{re.escape(BULLET_GLYPHS)}]$")
_NOTE_MARK = re.compile(r"^(\d{1,3}(,\d{1,3})*|[*†‡§]{1,3})$")
FRAME_SLACK = 1.0  # points a line may stick out of the frame it is printed in


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass
class Segment:
    """Words of one line that sit together (a line split at column gutters); its words do not change, so its
    box and size are worked out once."""

    words: list[Word]

    @cached_property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @cached_property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @cached_property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @cached_property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @cached_property
    def size(self) -> float:
        return statistics.median(w.size for w in self.words)

    @property
    def bold(self) -> bool:
        body = self.words[1:] if is_marker(self.words[0].text) and len(self.words) > 1 else self.words
        chars = sum(len(w.text) for w in body)
        return sum(len(w.text) for w in body if w.bold) * 2 > chars

    @property
    def starts_bold(self) -> bool:
        body = self.words[1:] if is_marker(self.words[0].text) and len(self.words) > 1 else self.words
        return body[0].bold

    @property
    def ends_bold(self) -> bool:
        return self.words[-1].bold

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def is_label(self) -> bool:
        """A short run ending in a colon, such as ``Child labour:`` or ``Key proposals:``."""
        return self.text.endswith(":") and len(self.words) <= 6


@dataclass
class RawBlock:
    """Lines stacked into one block, before the document-level passes give it an id."""

    lines: list[Segment] = field(default_factory=list)
    marker: str = ""
    column: tuple[int, ...] = ()
    frames: tuple[int, ...] = ()  # the page's frames (boxes, sidebars) it sits in, outermost first

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (
            round(min(s.x0 for s in self.lines), 2),
            round(min(s.top for s in self.lines), 2),
            round(max(s.x1 for s in self.lines), 2),
            round(max(s.bottom for s in self.lines), 2),
        )

    @property
    def size(self) -> float:
        return round(statistics.median(s.size for s in self.lines), 1)

    @property
    def bold(self) -> bool:
        """Bold throughout (a run-in bold lead such as ``Next Steps:`` does not make a block bold)."""
        words = [w for s in self.lines for w in s.words if not is_marker(w.text)]
        return sum(len(w.text) for w in words if w.bold) >= 0.8 * sum(len(w.text) for w in words)


def is_marker(token: str) -> bool:
    """True for a bullet glyph or a list enumerator such as ``1.``, ``b)``, ``iv.``, ``R2.`` or ``2.3.``."""
    return bool(_GLYPH.match(token) or _ENUMERATION.match(token))


def words_from_pdfplumber(raw_words: list[dict]) -> list[Word]:
    """Turn pdfplumber's word dicts (with ``fontname`` and ``size``) into :class:`Word`."""
    out = []
    for w in raw_words:
        text = w["text"].strip()
        if not text:
            continue
        font = (w.get("fontname") or "").lower()
        out.append(Word(text, w["x0"], w["x1"], w["top"], w["bottom"], round(float(w.get("size") or 0), 1),
                        "bold" in font or "black" in font or "heavy" in font))
    return out


def group_lines(words: list[Word], settings: LayoutSettings = DEFAULT_LAYOUT) -> list[list[Word]]:
    """Group words whose vertical centres fall within one another's extent into lines; a word above or below
    another is on another line, whatever a neighbouring column's lines span."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        centre = (word.top + word.bottom) / 2
        tolerance = max(3.0, settings.line_size_tolerance * word.size)
        for line in reversed(lines[-settings.line_lookback:]):
            top = min(w.top for w in line)
            bottom = max(w.bottom for w in line)
            beside = not any(_stacked(w, word, settings.line_stacked_share) for w in line)
            if top <= centre <= bottom and abs(line[0].size - word.size) < tolerance and beside:
                line.append(word)
                break
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _stacked(a: Word, b: Word, share: float) -> bool:
    """Whether two words share more than `share` of the narrower one's width: one above the other, not side
    by side on a line (where kerning may overlap them by a little)."""
    overlap = min(a.x1, b.x1) - max(a.x0, b.x0)
    return overlap > share * min(a.x1 - a.x0, b.x1 - b.x0)


def _wide_gaps(line: list[Word], settings: LayoutSettings) -> list[tuple[float, Word]]:
    """(gap, word after it) for each gap far wider than the line's usual word gap."""
    gaps = [b.x0 - a.x1 for a, b in zip(line, line[1:])]
    size = max(statistics.median(w.size for w in line), 1.0)
    narrow = [g for g in gaps if g < size]
    usual = statistics.median(narrow) if narrow else 0.25 * size
    return [(g, w) for g, w in zip(gaps, line[1:]) if g > settings.gutter_gap_ratio * max(usual, 0.2 * size)]


def aligned_starts(lines: list[list[Word]], settings: LayoutSettings = DEFAULT_LAYOUT) -> Counter:
    """How many lines of a page have a word starting at each x (to the point) after a wide gap: the
    left edges of the columns of a table laid out by whitespace alone."""
    return Counter(round(w.x0) for line in lines if len(line) > 1 for _, w in _wide_gaps(line, settings))


def split_segments(line: list[Word], settings: LayoutSettings = DEFAULT_LAYOUT,
                   aligned: Counter | None = None) -> list[Segment]:
    """Split a line where a gap is a gutter: wide for the font and far wider than the usual gap, or a
    narrower gap before a word that starts where words start after wide gaps on other lines (a column
    of a table without ruling lines)."""
    if len(line) == 1:
        return [Segment(line)]
    gaps = [b.x0 - a.x1 for a, b in zip(line, line[1:])]
    size = max(statistics.median(w.size for w in line), 1.0)
    wide = settings.gutter_min_gap * size
    if len(gaps) >= 3 and min(gaps) > wide and max(gaps) < settings.justified_spread * min(gaps):
        return [Segment(line)]  # a justified line stretched wide, not columns
    cuts = {id(w) for g, w in _wide_gaps(line, settings)
            if g > wide or (aligned and g > settings.aligned_min_gap * size and _is_aligned(w, aligned, settings))}
    segments = [[line[0]]]
    for gap, word in zip(gaps, line[1:]):
        after_marker = (len(segments[-1]) == 1 and is_marker(segments[-1][0].text)
                        and gap < settings.marker_max_gap * size)
        if not after_marker and id(word) in cuts:
            segments.append([word])
        else:
            segments[-1].append(word)
    return [Segment(s) for s in segments]


def _is_aligned(word: Word, aligned: Counter, settings: LayoutSettings) -> bool:
    x = round(word.x0)
    return aligned[x - 1] + aligned[x] + aligned[x + 1] >= settings.aligned_lines


def _starts_item(segment: Segment) -> str:
    first = segment.words[0].text
    if len(segment.words) > 1 and is_marker(first):
        return first
    if len(first) > 1 and first[0] in "•▪●◦■➢►" and first[1:2] != " ":
        return first[0]
    return ""


def stack_blocks(segments: list[Segment], settings: LayoutSettings = DEFAULT_LAYOUT,
                 frames: tuple[BBox, ...] = ()) -> list[RawBlock]:
    """Stack segments into blocks: close below, overlapping in x, same size and weight, in the same frames."""
    blocks: list[RawBlock] = []
    for seg in sorted(segments, key=lambda s: (s.top, s.x0)):
        marker = _starts_item(seg)
        inside = frames_around((seg.x0, seg.top, seg.x1, seg.bottom), frames)
        target = None
        if not marker and not (seg.is_label and seg.bold):
            for block in reversed(blocks[-settings.block_lookback:]):
                if block.frames != inside:
                    continue
                last = block.lines[-1]
                gap = seg.top - last.bottom
                overlap = min(seg.x1, last.x1) - max(seg.x0, last.x0)
                if (
                    -0.3 * seg.size <= gap <= settings.block_max_gap * seg.size
                    and overlap > settings.block_min_overlap * min(seg.x1 - seg.x0, last.x1 - last.x0)
                    and abs(seg.size - last.size) <= settings.block_size_tolerance
                    and seg.starts_bold == last.ends_bold
                    and not (last.is_label and last.bold)
                    and seg.x0 >= block.bbox[0] - 0.8 * seg.size
                ):
                    target = block
                    break
        if target is None:
            blocks.append(RawBlock([seg], marker, frames=inside))
        else:
            target.lines.append(seg)
    return blocks


def _gaps(spans: list[tuple[float, float]], min_gap: float, widest_share: float | None = None) -> list[float]:
    """Cut positions in the free intervals between spans that are at least min_gap wide.

    With ``widest_share``, only the intervals at least that share of the widest one are cut, as in the
    classic XY-cut: a small gap that happens to line up across columns is not a band break.
    """
    free = []
    spans = sorted(spans)
    reach = spans[0][1]
    for start, end in spans[1:]:
        if start - reach >= min_gap:
            free.append((start - reach, (reach + start) / 2))
        reach = max(reach, end)
    if widest_share and free:
        widest = max(width for width, _ in free)
        free = [(width, at) for width, at in free if width >= widest_share * widest]
    return [at for _, at in free]


def _is_label_column(blocks: list[RawBlock]) -> bool:
    texts = [" ".join(s.text for s in b.lines) for b in blocks]
    return all(t.endswith(":") and len(t.split()) <= 3 for t in texts)


def reading_order(blocks: list[RawBlock], settings: LayoutSettings = DEFAULT_LAYOUT, column: tuple[int, ...] = (),
                  join_heading_rows: bool = True) -> list[RawBlock]:
    """Order blocks by recursive XY-cut: columns left to right first, then bands top to bottom.

    Each block records the column it was found in (``column``: the path of column indices
    from the page down), so a column heading can be kept from governing its neighbours. A
    band that is a row of bold column headings is read together with the band below it, so
    each heading is read with its own column.
    """
    for block in blocks:
        block.column = column
    if len(blocks) <= 1:
        return list(blocks)
    size = statistics.median(b.size for b in blocks)
    cuts = _gaps([(b.bbox[0], b.bbox[2]) for b in blocks], settings.column_cut_gap * size)
    if cuts:
        columns = _partition(blocks, cuts, axis=0)
        if not _is_label_column(columns[0]):
            return [b for i, col in enumerate(columns) for b in reading_order(col, settings, column + (i,))]
    cuts = _gaps([(b.bbox[1], b.bbox[3]) for b in blocks], settings.band_cut_gap * size, settings.band_widest_share)
    if cuts:
        bands = _partition(blocks, cuts, axis=1)
        ordered: list[RawBlock] = []
        i = 0
        while i < len(bands):
            band = bands[i]
            if join_heading_rows and len(band) >= 2 and all(b.bold for b in band) and i + 1 < len(bands):
                ordered.extend(reading_order(band + bands[i + 1], settings, column, join_heading_rows=False))
                i += 2
            else:
                ordered.extend(reading_order(band, settings, column))
                i += 1
        return ordered
    return sorted(blocks, key=lambda b: (b.bbox[1], b.bbox[0]))


def _partition(blocks: list[RawBlock], cuts: list[float], axis: int) -> list[list[RawBlock]]:
    parts: list[list[RawBlock]] = [[] for _ in range(len(cuts) + 1)]
    for block in blocks:
        centre = (block.bbox[axis] + block.bbox[axis + 2]) / 2
        parts[sum(centre > c for c in cuts)].append(block)
    return [p for p in parts if p]


def frames_around(bbox: BBox, frames: tuple[BBox, ...]) -> tuple[int, ...]:
    """The indices of the frames that hold a box, largest (outermost) first."""
    slack = FRAME_SLACK
    inside = [i for i, f in enumerate(frames) if f[0] - slack <= bbox[0] and f[1] - slack <= bbox[1]
              and bbox[2] <= f[2] + slack and bbox[3] <= f[3] + slack]
    return tuple(sorted(inside, key=lambda i: -(frames[i][2] - frames[i][0]) * (frames[i][3] - frames[i][1])))


def without_note_marks(words: list[Word], settings: LayoutSettings = DEFAULT_LAYOUT) -> list[Word]:
    """Drop note references: a number or note sign set small and raised right after a word ("work.²")."""
    by_end = sorted(words, key=lambda w: w.x1)
    ends = [w.x1 for w in by_end]
    return [word for word in words if not (_NOTE_MARK.match(word.text) and any(
        _marks(word, w, settings) for w in by_end[bisect_left(ends, word.x0 - settings.note_mark_gap * word.size * 2):
                                                  bisect_right(ends, word.x0)]))]


def _marks(mark: Word, word: Word, settings: LayoutSettings) -> bool:
    """Whether a small raised sign right after a word on its line is a note reference to it."""
    close = mark.x0 - word.x1 <= settings.note_mark_gap * word.size \
        and word.top <= mark.bottom and mark.top < word.bottom
    return close and mark.size <= settings.note_mark_size * word.size \
        and mark.bottom < word.bottom - settings.note_mark_raise * word.size


def page_blocks(words: list[Word], settings: LayoutSettings = DEFAULT_LAYOUT,
                frames: tuple[BBox, ...] = ()) -> list[RawBlock]:
    """Blocks of one page in reading order; a block stays within the frames (boxes, sidebars) it starts in."""
    lines = group_lines(without_note_marks(words, settings), settings)
    aligned = aligned_starts(lines, settings)
    segments = [seg for line in lines for seg in split_segments(line, settings, aligned)]
    return reading_order(stack_blocks(segments, settings, frames), settings)
