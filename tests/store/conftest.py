from tests.corpus.conftest import collection  # noqa: F401  (the SaudiNewsNet-shaped zip, for ingest)
