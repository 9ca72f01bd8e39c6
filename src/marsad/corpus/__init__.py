"""From articles to a corpus: reading collections (sources), analysing and storing them
(ingest), grouping copies of one story (stories), merging entities across articles
(entities), and writing tables for other tools (export)."""
