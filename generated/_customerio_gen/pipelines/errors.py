"""Generated packages raise `_customerio_gen._runtime.ArgumentError`s only. Do not edit."""

from _customerio_gen._runtime import ArgumentError, ArgumentInvalid, ArgumentMissing, ArgumentWrongType

__all__ = ["ArgumentError", "ArgumentInvalid", "ArgumentMissing", "ArgumentWrongType"]
