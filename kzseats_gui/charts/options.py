"""How a seat chart is arranged: the party order and where the neutral seats sit.

One frozen value, chosen in the charts panel or on the command line, passed to everything that draws.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

ORDERS = ("ballot", "seats", "custom")
NEUTRAL_PLACES = ("centre", "right")


@dataclass(frozen=True)
class ChartOptions:
    """``order``: "ballot" | "seats" | "custom" (``custom_order`` names parties left to right, then the
    rest follow in ballot order); ``neutral``: independent, pending and vacant seats at the "centre" or
    the "right" end."""

    order: str = "ballot"
    custom_order: tuple[str, ...] = ()
    neutral: str = "centre"

    def __post_init__(self) -> None:
        if self.order not in ORDERS:
            raise ValueError(f"unknown party order {self.order!r}; expected one of {', '.join(ORDERS)}")
        if self.neutral not in NEUTRAL_PLACES:
            raise ValueError(
                f"unknown neutral place {self.neutral!r}; expected one of {', '.join(NEUTRAL_PLACES)}"
            )

    @classmethod
    def of(
        cls, order: str = "ballot", custom_order: Sequence[str] | None = None, neutral: str = "centre"
    ) -> ChartOptions:
        """The options from loose values (a custom order as any sequence, None for none)."""
        return cls(order, tuple(custom_order or ()), neutral)


__all__ = ["NEUTRAL_PLACES", "ORDERS", "ChartOptions"]
