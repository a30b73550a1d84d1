"""The election engine: pure Python, exact arithmetic, no Qt and no file formats.

Everything a seat decision depends on lives here and uses integers or ``Fraction``.
"""
