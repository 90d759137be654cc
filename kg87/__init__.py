"""kg87: Alliance 8.7 meeting reports and briefing packs as a queryable knowledge graph.

From Python: ``kg = kg87.open("output")``, then ``kg.commitments(country="Nepal")`` (see :mod:`kg87.api`).
"""


def open(out_dir="output", limits=None):
    """The build published under ``out_dir`` as a :class:`kg87.api.KG87`: tables as pandas DataFrames,
    ``.ask``, ``.sparql``, ``.similar``, ``.duplicates`` and ``.graph``. ``limits`` (a
    :class:`kg87.graph.sandbox.QueryLimits`) bounds each query; raises BuildMissing when nothing is built."""
    from .api import KG87

    return KG87(out_dir, limits)
