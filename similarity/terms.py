"""The words a cluster of initiatives shares that the other initiatives rarely use: what it is about.

Every initiative of this genre speaks of child labour, forced labour or trafficking, so the
words two initiatives share say little unless they are rare in the collection. A word names a
cluster when at least ``MAJORITY`` of its members use it, its share among the members is at least
``LIFT`` times its share among all initiatives, and no more initiatives use it than ``COMMON`` of
all of them or, in a small collection, than the cluster has members (which leaves out the
function words of every language); the words most members use, then the rarest, come first. Words are lower-cased letters-only tokens of ``MIN_LETTERS`` or more, in any language.
"""

from __future__ import annotations

import re

MIN_LETTERS = 4
LIFT = 3.0  # how much more often the members use a word than the collection does
COMMON = 0.1  # the largest share of all initiatives that may use a word that names a cluster
MAJORITY = 0.5  # the least share of a cluster's members that use it
MOST = 5  # words reported per cluster

_WORD = re.compile(r"[^\W\d_]{%d,}" % MIN_LETTERS)


def term_sets(texts: list[str]) -> list[frozenset[str]]:
    """The words of each text."""
    return [frozenset(w.lower() for w in _WORD.findall(text)) for text in texts]


class Collection:
    """The words of every initiative and how many initiatives use each."""

    def __init__(self, texts: list[str]):
        self.words = term_sets(texts)
        self.frequency: dict[str, int] = {}
        for words in self.words:
            for w in words:
                self.frequency[w] = self.frequency.get(w, 0) + 1


def shared_terms(members: list[frozenset[str]], collection: Collection) -> list[str]:
    """The words that name a cluster of ``members`` among all initiatives of ``collection``."""
    if len(members) < 2 or not collection.words:
        return []
    counts: dict[str, int] = {}
    for words in members:
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    named = []
    for word, n in counts.items():
        share = n / len(members)
        used = collection.frequency.get(word, 0)
        overall = used / len(collection.words)
        if n >= 2 and share >= MAJORITY and share >= LIFT * overall \
                and used <= max(COMMON * len(collection.words), len(members)):
            named.append((-n, overall, word))
    return [word for _, _, word in sorted(named)[:MOST]]
