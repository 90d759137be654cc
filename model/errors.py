"""Errors every stage may raise."""

from __future__ import annotations


class SettingsError(ValueError):
    """A setting is unknown or out of range; the message names it."""


class OutdatedOutput(Exception):
    """An output folder written by another version of kg87; the message says to rebuild."""
