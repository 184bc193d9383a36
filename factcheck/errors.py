"""Named exceptions. A user mistake becomes one of these and, at the CLI, one line."""


class FactcheckError(Exception):
    """Base for errors the CLI reports as a single line, without a traceback."""


class InputWarning(UserWarning):
    """A file was read, but by a guess the user should check (shown as a note, not a skip)."""


class InputError(FactcheckError):
    """A file or text that cannot be analysed (empty, binary, too big, undecodable)."""


class ModelsMissingError(FactcheckError):
    """stanza models are not where the pipeline looks for them."""


class WorkspaceError(FactcheckError):
    """The workspace file is unreadable, locked, or from a newer factcheck."""
