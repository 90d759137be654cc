"""Settings of a build: the reader's layout thresholds and the duplicate detector's, from a TOML file.

    [layout]
    gutter_min_gap = 1.2        # see kg87.read.settings.LayoutSettings

    [duplicates]
    threshold = 0.35            # see kg87.similarity.duplicates.DuplicateSettings

Every value is checked: an unknown name or a value out of range is an error that names it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from kg87.model.errors import SettingsError
from kg87.read.settings import LayoutSettings
from kg87.similarity.duplicates import DuplicateSettings


@dataclass(frozen=True)
class Settings:
    layout: LayoutSettings = field(default_factory=LayoutSettings)
    duplicates: DuplicateSettings = field(default_factory=DuplicateSettings)


DEFAULT_SETTINGS = Settings()


def load_settings(path: Path | None) -> Settings:
    """The settings of a TOML file (defaults for what it leaves out); the defaults without one."""
    if path is None:
        return DEFAULT_SETTINGS
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"cannot read settings from {path}: {exc}") from None
    unknown = sorted(set(data) - {"layout", "duplicates"})
    if unknown:
        raise SettingsError(f"unknown settings table(s) [{'], ['.join(unknown)}]; known: [layout], [duplicates]")
    return Settings(LayoutSettings.from_mapping(data.get("layout", {})),
                    duplicate_settings(data.get("duplicates", {})))


RETIRED_DUPLICATE_SETTINGS = ("different_scale_penalty",)  # now a feature the duplicate model weighs


def duplicate_settings(values: dict) -> DuplicateSettings:
    """Duplicate settings from a table of them (a TOML file's, or those a build recorded); a setting kg87 no longer
    has (:data:`RETIRED_DUPLICATE_SETTINGS`, kept by an earlier build or file) is left out."""
    if not isinstance(values, dict):
        raise SettingsError(f"[duplicates] must be a table of settings, not {values!r}")
    values = {k: v for k, v in values.items() if k not in RETIRED_DUPLICATE_SETTINGS}
    known = {f.name: f for f in fields(DuplicateSettings)}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise SettingsError(f"unknown duplicates setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    return DuplicateSettings(**{k: tuple(v) if isinstance(v, list) else v for k, v in values.items()})
