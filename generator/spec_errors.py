"""The error every generator module raises for a spec that breaks spec/README.md's conventions."""

from __future__ import annotations


class SpecError(Exception):
    """The spec breaks a convention of spec/README.md."""
