"""spaCy, imported without torch: ``from kg87.extract.spacy_import import spacy``.

thinc, which spaCy imports, imports torch when it is installed (1.2 s with a warm disk, 7 s cold), although
kg87's pipelines (CNN models on thinc's numpy ops) never use it. torch is marked absent while spaCy and thinc
are imported, so thinc takes itself to have no torch; the mark is lifted at once, and a later ``import torch``
(the sentence-transformers encoder) works as usual. When torch is loaded already, nothing is changed.
"""

from __future__ import annotations

import sys

_absent = "torch" not in sys.modules
if _absent:
    sys.modules["torch"] = None  # an import of torch now raises ImportError (the import system's own convention)
try:
    import spacy
finally:
    if _absent and "torch" in sys.modules and sys.modules["torch"] is None:
        del sys.modules["torch"]

__all__ = ["spacy"]
