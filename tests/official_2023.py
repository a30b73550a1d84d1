"""The official 2023 Mazhilis figures (docs: kazakh-election-rules.md), the one copy the tests share.

Ballot order (by lot): 1 Amanat, 2 Auyl, 3 Respublica, 4 People's Party, 5 Baytaq, 6 Ak Zhol, 7 OSDP.
"""

from __future__ import annotations

from typing import NamedTuple


class Party2023(NamedTuple):
    name: str  # the full name on the ballot
    short: str  # the name used in running text
    votes: int  # list votes
    list_seats: int  # by the law (Hare quota, largest remainders)


PARTIES = (
    Party2023("Amanat", "Amanat", 3_431_510, 40),
    Party2023("Auyl (People's Democratic Patriotic Party)", "Auyl", 693_938, 8),
    Party2023("Respublica", "Respublica", 547_154, 6),
    Party2023("People's Party of Kazakhstan", "People's Party", 432_920, 5),
    Party2023("Baytaq", "Baytaq", 146_431, 0),
    Party2023("Ak Zhol (Democratic Party of Kazakhstan)", "Ak Zhol", 535_139, 6),
    Party2023("OSDP (Nationwide Social Democratic Party)", "OSDP", 331_058, 4),
)
AGAINST_ALL = 248_291
VALID = sum(p.votes for p in PARTIES) + AGAINST_ALL  # 6,366,441 valid list ballots
REGISTERED = 12_035_578
AMANAT_DISTRICTS = 22  # of the 29 districts
INDEPENDENT_DISTRICTS = 7

# (short name, list votes) in ballot order, as most tests write a party
LIST_VOTES = tuple((p.short, p.votes) for p in PARTIES)
LIST_SEATS = {p.short: p.list_seats for p in PARTIES}
