"""The root of every exception the Telnyx AI Missions API client raises."""

__all__ = ["PackageError", "TelnyxError"]


class TelnyxError(Exception):
    """Base class of every error the client raises: `except TelnyxError` catches them all."""


# The name the runtime (`_runtime/errors.py`) knows the root by, the same in every package.
PackageError = TelnyxError
