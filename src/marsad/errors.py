"""The errors marsad raises on purpose; each message fits on one line."""


class MarsadError(Exception):
    """Base class: the CLI prints these as one line and exits non-zero."""

    exit_code = 1


class InputError(MarsadError):
    """Input that cannot be read as an article (empty, binary, too large, bad encoding, bad JSON)."""

    exit_code = 3


class EmptyInputError(InputError):
    """An article with nothing in it (no bytes, only white space, no title and no content): a
    collection's empty record is counted as empty, not as a failure."""


class PipelineError(MarsadError):
    """Stages composed or behaving against their declarations."""

    exit_code = 4


class AnalysisError(MarsadError):
    """A stage failed on an article in a worker process (the exception itself stayed there)."""

    exit_code = 70


class StorageError(MarsadError):
    """The corpus database cannot be written (disk full, read-only file system, locked): nothing of
    the failed write is stored, and a rerun once the cause is fixed stores what is missing."""

    exit_code = 75       # EX_TEMPFAIL: try again later
