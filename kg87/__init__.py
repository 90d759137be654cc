"""kg87: Alliance 8.7 meeting reports and briefing packs as a queryable knowledge graph."""
