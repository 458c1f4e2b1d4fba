"""Environment check engine: probes collect raw outputs, rules judge them.

The split lets a help desk re-evaluate a diagnostics bundle from another PC
and lets tests feed real captured outputs to the pure rules.
"""
