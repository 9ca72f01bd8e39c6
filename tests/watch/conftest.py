from tests.fetch.conftest import quick, site  # noqa: F401  (fixtures)
