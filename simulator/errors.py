"""One exception type per failure the user can fix; the edges turn them into one line."""


class RapportError(Exception):
    """Base: a problem the user can fix, with a message fit to print as is."""


class InputError(RapportError):
    """A transcript, message or argument that cannot be used (CLI exit code 2)."""


class DataFileError(RapportError):
    """A persona or rubric file that does not validate."""


class ModelError(RapportError):
    """A configured model that failed, timed out or returned something unusable."""
