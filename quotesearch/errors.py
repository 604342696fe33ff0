"""The library's own exceptions; the CLI turns them into one-line `Error: ...` messages."""


class QuotesearchError(Exception):
    """A user-facing error: the message says what went wrong and what to do."""


class DocumentError(QuotesearchError):
    """A file that cannot be read as a document (binary, wrong encoding, missing)."""

    def __init__(self, path, message):
        super().__init__(f"{path}: {message}")
        self.path = path
