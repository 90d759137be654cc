"""Bodies that meet: "the Steering Board met on 3 May" names the Steering Board's meeting, as do "convene the
steering committee on …" and "at the tripartite labour council in Apia on …"."""

from __future__ import annotations

from typing import Iterator

from .event_names import as_written, is_event_head, name_end, name_start
from .event_owners import clause_subject, is_relative, is_sitting
from .lexicon import lexicon


def meeting_bodies(sentence, dates: list[tuple[int, int, str]] = ()) -> Iterator[tuple[str, object]]:
    """The bodies a sentence says meet, and the words that say so: the subject of a verb of meeting ("the
    Steering Board met on …", "the Board, which met …", "le Conseil s'est réuni le …"), the object of a verb of
    convening ("convene the steering committee on …"), a sitting body one is at ("at the tripartite labour
    council in Apia on …"). A body is written as a name, or headed by a word for a sitting body
    (committee, council, board; comité, conseil; comisión, consejo)."""
    for verb in sentence:
        body = _convened(verb) if meets(verb) else _sat_at(verb)
        if body is None or body.pos_ not in ("NOUN", "PROPN") or is_event_head(body):
            continue
        span = body.doc[name_start(body, dates):name_end(body)]
        if is_sitting(body) or any(t.text[:1].isupper() and not t.is_sent_start for t in span if t.pos_ != "DET"):
            yield as_written(span, None), verb


def _convened(verb):
    """The body a verb of meeting or convening is about, or None ("the Minister met the delegation")."""
    role = lexicon()["meet_verbs"][verb.doc.lang_][verb.lemma_.lower()]
    if (role == "subject") == any(c.dep_ in ("dobj", "obj") and c.pos_ != "PRON" for c in verb.children):
        return None
    if role == "subject" and verb.doc.lang_ != "en" and not _reflexive(verb):
        return None  # "l'atelier a réuni 40 participants"
    body = clause_subject(verb) if role == "subject" else next(
        (c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if body is not None and is_relative(body) and (verb.dep_ == "relcl" or verb.dep_.startswith("acl")):
        body = verb.head  # "the Board, which met …"
    return body


def _sat_at(token):
    """The sitting body a preposition of being at one brings in ("at the steering committee"), or None."""
    if token.pos_ != "ADP" or token.lower_ not in lexicon()["host"].get(token.doc.lang_, []):
        return None
    body = token.head if token.dep_ == "case" else next((c for c in token.children if c.dep_ == "pobj"), None)
    return body if body is not None and body.i > token.i and is_sitting(body) else None


def sits(token) -> bool:
    """Whether a token is a word for a sitting body (committee, council, board)."""
    return token.pos_ in ("NOUN", "PROPN") and is_sitting(token)


def meets(token) -> bool:
    """Whether a token is a verb of meeting or convening."""
    return token.pos_ == "VERB" and token.lemma_.lower() in lexicon()["meet_verbs"].get(token.doc.lang_, {})


def _reflexive(verb) -> bool:
    """Whether a verb has its reflexive pronoun ("se réunir", "reunirse")."""
    return any((c.pos_ == "PRON" and "Reflex=Yes" in str(c.morph)) or c.dep_.startswith("expl") for c in verb.children)
