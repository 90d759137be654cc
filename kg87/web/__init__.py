"""The browser UI and the SPARQL endpoint of `kg87 serve` (Starlette, Jinja2 templates, assets in the package).

    app.py       routes: each page and its JSON twin, page images, review decisions, /sparql, /static
    site.py      what a server holds: options, the current build's corpus, the query worker, the sentence model
    corpus.py    one build's records, indexes and duplicate clusters (review decisions applied)
    views.py     what the search, country, organisation, statement and documents pages show
    review.py    the duplicates page and its accept / reject decisions
    asking.py    the named questions as forms and their answers
    sparql.py    the SPARQL 1.1 Protocol endpoint: read-only, limited, content negotiation, CORS on request
    pdfpages.py  PDF pages as images (personal data painted over) and a quote's line boxes
"""
