"""A body's acronym in brackets inside an event's name ("… of the National Committee against Forced Labour
(NCFLF) with partners"): a part of the name, and in a long name the short form of the body's long name."""

from __future__ import annotations


def long_name_words(head, start: int, end: int, max_words: int) -> frozenset[int]:
    """In a name (words `start` to `end`) of more than `max_words` words, the words of a body's long name after
    the head that its acronym in brackets can stand for, with the brackets ("… of the National Committee against
    Forced Labour in Fisheries (NCFLF) with …" → "… of the NCFLF with …"); none in a shorter name."""
    doc = head.doc
    if sum(not t.is_punct for t in doc[start:end]) <= max_words:
        return frozenset()
    left_out = set()
    for bracket in (t for t in doc[head.i + 1:end] if _acronym_in_brackets(doc, t.i)):
        first = bracket.i
        for token in reversed(doc[head.i + 1:bracket.i]):
            if token.text[:1].isupper():
                first = token.i if doc[token.i - 1].pos_ in ("ADP", "DET") else first  # a complement's first word
            elif token.pos_ not in ("ADP", "DET", "CCONJ") and token.text not in ("-", ","):
                break
        if first < bracket.i:
            left_out.update(range(first, bracket.i + 1), (bracket.i + 2,))
    return frozenset(left_out)


def _acronym_in_brackets(doc, i: int) -> bool:
    """Whether the word at `i` opens an acronym in brackets: "(", a word in capitals, ")"."""
    if i < 0 or i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return False
    return doc[i + 1].is_upper and len(doc[i + 1].text) > 1


def in_bracketed_acronym(token) -> bool:
    """Whether a token is an acronym in brackets right after a capitalised word ("… Forced Labour (NCFLF) with …"),
    or one of its brackets: inside a name, a part of it."""
    opening = next((i for i in (token.i, token.i - 1, token.i - 2) if _acronym_in_brackets(token.doc, i)), None)
    return opening is not None and opening > 0 and token.doc[opening - 1].text[:1].isupper()
