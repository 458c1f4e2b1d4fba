"""Parsers for raw probe outputs. They never raise: garbage gives None or empty results."""
