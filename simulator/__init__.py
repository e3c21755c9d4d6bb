"""Rapport practice simulator: rehearse conversations, get grounded feedback on every turn."""

__version__ = "0.1.0"
