"""kzseats: seat calculator for Kazakhstan's elections (Mazhilis and maslikhats)."""

__version__ = "0.1.0"
