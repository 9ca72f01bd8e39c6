"""From articles to a corpus: reading collections (sources), an article's identity in a corpus
(identity), grouping copies of one story (stories), merging entities across articles (entities),
and writing tables for other tools (export). Storing analysed articles is `marsad.store`'s
(`store.ingest`), which sits above this package."""
