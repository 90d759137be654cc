"""Gazetteers: countries and organisations with their name variants, loaded from data files.

``data/countries.tsv`` lists every ISO 3166-1 country with variants (ISO, common, French,
Spanish) and demonyms; ``data/organisations.tsv`` lists organisations active on Target 8.7
with acronyms, type and, for national bodies, their country. Lookups ignore case, accents
and punctuation, except for acronyms, which must match as written.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterator


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    m49: str
    label: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]


@dataclass(frozen=True)
class Organisation:
    id: str
    label: str
    acronyms: tuple[str, ...]
    type: str
    country: str
    names: tuple[str, ...]

    @property
    def acronym(self) -> str:
        return self.acronyms[0] if self.acronyms else ""


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and hyphens, collapse spaces: a lookup key."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"[-‐‑‒–—/]", " ", text.lower())
    text = re.sub(r"[^\w' &]", " ", text)
    text = re.sub(r"^(the|la|le|les|l') ", "", re.sub(r"\s+", " ", text).strip())
    return text


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).replace("'", "")).strip("-")


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _rows(name: str) -> list[dict]:
    text = resources.files("kg87.model").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))


@dataclass
class Gazetteer:
    """Countries and organisations, with lookups by any of their names."""

    countries: dict[str, Country]
    organisations: dict[str, Organisation]
    _country_keys: dict[str, str] = field(default_factory=dict)
    _org_keys: dict[str, str] = field(default_factory=dict)
    _org_acronyms: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for country in self.countries.values():
            for name in (country.label, *country.names, *country.demonyms):
                self._country_keys.setdefault(fold(name), country.iso3)
        for org in self.organisations.values():
            for name in (org.label, *org.names):
                self._org_keys.setdefault(fold(name), org.id)
            for acronym in org.acronyms:
                self._org_acronyms.setdefault(acronym, org.id)

    def country(self, name: str) -> Country | None:
        """The country a name, variant, demonym or ISO code stands for."""
        iso3 = self._country_keys.get(fold(name))
        if iso3 is None and name.isupper() and name in self.countries:
            iso3 = name
        return self.countries.get(iso3) if iso3 else None

    def countries_in(self, text: str, longest: int = 6) -> Iterator[Country]:
        """The countries a text names, the longest name first ("Democratic Republic of the Congo" is not
        also "Republic of the Congo"), by runs of up to ``longest`` words ("Ghana", "Sri Lanka's")."""
        words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’.]+", text)]
        taken: set[int] = set()
        for size in range(min(longest, len(words)), 0, -1):
            for i in range(len(words) - size + 1):
                if taken.isdisjoint(range(i, i + size)):
                    country = self.country(" ".join(words[i:i + size]))
                    if country:
                        taken.update(range(i, i + size))
                        yield country

    def organisation(self, name: str) -> Organisation | None:
        """The organisation a label, variant or (case-sensitive) acronym stands for."""
        org_id = self._org_acronyms.get(name.strip()) or self._org_keys.get(fold(name))
        return self.organisations.get(org_id) if org_id else None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer (read once per process)."""
    countries = {}
    for row in _rows("countries.tsv"):
        countries[row["iso3"]] = Country(row["iso3"], row.get("iso2") or "", row.get("m49") or "", row["label"],
                                         _split(row.get("variants")), _split(row.get("demonyms")))
    organisations = {}
    for row in _rows("organisations.tsv"):
        organisations[row["id"]] = Organisation(row["id"], row["label"], _split(row.get("acronyms")),
                                                row.get("type") or "other", row.get("country") or "",
                                                _split(row.get("variants")))
    return Gazetteer(countries, organisations)
