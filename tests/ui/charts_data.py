"""Hand-built elections and results for the chart, export and report tests.

``chamber`` makes a consistent Election + AllocationResult of any size from a short description, so
the tests can draw a 17-seat maslikhat with Kazakh names, or a 700-seat chamber, without an allocator.
``sample`` reads and allocates a bundled sample workbook with the real engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from kzseats_gui.core.bodies import resolve_settings
from kzseats_gui.core.model import (
    Body,
    Candidate,
    District,
    DistrictCandidate,
    Election,
    Gender,
    Party,
    SettingsOverrides,
)
from kzseats_gui.core.result import (
    AllocationResult,
    CandidateVotes,
    DistrictOutcome,
    Holder,
    PartyResult,
    QuotaResult,
    Status,
    Step,
)


@dataclass(frozen=True)
class PartySpec:
    name: str
    votes: int
    list_seats: int
    district_seats: int = 0
    short: str | None = None
    color: str | None = None
    quota_filled: int | None = None  # None: no candidate data for this party
    list_length: int = 0


@dataclass(frozen=True)
class ChamberSpec:
    parties: tuple[PartySpec, ...]
    body: Body = Body.MAZHILIS
    title: str = "Test chamber"
    independents: int = 0
    pending: int = 0
    vacant: int = 0
    against_all: int = 1_000
    election_date: date | None = date(2023, 3, 19)
    source_name: str = "test-chamber.xlsx"
    member_names: tuple[str, ...] = field(default=())


def _required(seats: int) -> int:
    return -(-seats * 30 // 100)


def chamber(spec: ChamberSpec) -> tuple[Election, AllocationResult]:
    """A consistent election and result for ``spec``: districts numbered 1.., list holders named."""
    list_total = sum(p.list_seats for p in spec.parties) + spec.vacant
    district_total = sum(p.district_seats for p in spec.parties) + spec.independents + spec.pending
    overrides = SettingsOverrides(
        body=spec.body,
        title=spec.title,
        election_date=spec.election_date,
        list_seats=list_total,
        district_seats=district_total,
    )
    settings = resolve_settings(overrides)
    valid = sum(p.votes for p in spec.parties) + spec.against_all
    admitted = sum(p.votes for p in spec.parties if p.votes * 100 >= 5 * valid) or 1
    names = list(spec.member_names)

    def next_name(fallback: str) -> str:
        return names.pop(0) if names else fallback

    districts: list[District] = []
    outcomes: list[DistrictOutcome] = []
    candidates: list[Candidate] = []
    party_results: list[PartyResult] = []

    def add_district(winner: str | None, party: str | None, pending: bool = False) -> None:
        key = str(len(districts) + 1)
        if pending:
            districts.append(District(key, ()))
            outcomes.append(DistrictOutcome(key, None, None, None, None, 0, 0, True))
            return
        votes, runner = 20_000 + 37 * len(districts), 15_000
        cands = (DistrictCandidate(winner or "?", party, votes), DistrictCandidate("Runner-up", None, runner))
        districts.append(District(key, cands, 900))
        outcomes.append(
            DistrictOutcome(
                key,
                winner,
                party,
                votes,
                votes - runner,
                900,
                votes + runner + 900,
                False,
                candidates=tuple(CandidateVotes(c.name, c.party, c.votes) for c in cands),
            )
        )

    for order, p in enumerate(spec.parties, start=1):
        for i in range(p.district_seats):
            add_district(next_name(f"{p.short or p.name} district member {i + 1}"), p.name)
        quota = None
        if p.quota_filled is not None:
            length = max(p.list_length, p.list_seats)
            holders = tuple(
                Holder(
                    i + 1,
                    next_name(f"{p.short or p.name} list member {i + 1}"),
                    "woman" if i < p.quota_filled else None,
                )
                for i in range(p.list_seats)
            )
            for holder in holders:
                candidates.append(
                    Candidate(
                        p.name,
                        holder.position,
                        holder.name,
                        Gender.FEMALE if holder.category else Gender.MALE,
                        elected=True,
                    )
                )
            required = _required(p.list_seats)
            quota = QuotaResult(
                required=required,
                eligible=max(p.quota_filled, length * 3 // 10),
                filled=p.quota_filled,
                met=p.quota_filled >= required,
                chosen=True,
                holders=holders,
                list_length=length,
                list_eligible_ok=True,
                list_length_ok=True,
            )
        passed = p.votes * 100 >= 5 * valid
        party_results.append(
            PartyResult(
                name=p.name,
                label=p.short or p.name,
                votes=p.votes,
                share=Fraction(p.votes, valid),
                passed=passed,
                list_seats_won=p.list_seats,
                list_seats=p.list_seats,
                vacant=0,
                district_seats=p.district_seats,
                color=p.color,
                ballot_order=order,
                quota=quota,
                standing=Fraction(p.votes * list_total % admitted, admitted) if passed else None,
            )
        )
    for i in range(spec.independents):
        add_district(next_name(f"Independent member {i + 1}"), None)
    for _ in range(spec.pending):
        add_district(None, None, pending=True)

    parties = tuple(
        Party(p.name, p.votes, order, p.short, p.color) for order, p in enumerate(spec.parties, start=1)
    )
    election = Election(
        parties=parties,
        against_all=spec.against_all,
        districts=tuple(districts),
        candidates=tuple(candidates),
        overrides=overrides,
        source_name=spec.source_name,
        source_sha256="ab" * 32,
    )
    steps = (
        Step("threshold", {"percent": Fraction(5), "base": valid, "votes": Fraction(5 * valid, 100)}),
        *(Step("party-passed", {"party": p.name, "votes": p.votes}) for p in spec.parties),
        Step(
            "quota", {"votes": admitted, "seats": list_total, "quota": Fraction(admitted, max(list_total, 1))}
        ),
    )
    result = AllocationResult(
        status=Status.OK,
        settings=settings,
        parties=tuple(party_results),
        districts=tuple(outcomes),
        valid_ballots=valid,
        threshold_base=valid,
        threshold_votes=Fraction(5 * valid, 100),
        quota=Fraction(admitted, max(list_total, 1)),
        admitted_votes=admitted,
        independents=spec.independents,
        pending=spec.pending,
        vacant=spec.vacant,
        undecided=0,
        ties=(),
        warnings=(),
        steps=steps,
    )
    return election, result


# Kazakh and Russian names: every special letter of the Kazakh alphabet appears (ә ғ қ ң ө ұ ү һ і).
KAZAKH_MEMBERS = (
    "Әлия Қоңырбаева",
    "Ғалым Өтеген",
    "Нұрлан Үсенов",
    "Һамит Іскаков",
    "Айгүл Сәрсенбай",
    "Бақытжан Ұзақ",
    "Жанар Ғабдуллина",
    "Ерлан Қасымов",
    "Дәурен Нұрғали",
)


def maslikhat_17() -> tuple[Election, AllocationResult]:
    """A 17-seat regional maslikhat (9 list + 8 district) with Kazakh party and member names."""
    spec = ChamberSpec(
        parties=(
            PartySpec("«AMANAT» партиясы", 61_000, 5, 4, short="AMANAT", color="#1F5FBF", quota_filled=2),
            PartySpec("«Ақ жол» демократиялық партиясы", 15_000, 1, 0, short="Ақ жол", quota_filled=0),
            PartySpec("«Ауыл» партиясы", 18_000, 2, 1, short="Ауыл", quota_filled=1),
            PartySpec("Respublica", 9_000, 0, 1, short="Respublica"),
        ),
        body=Body.MASLIKHAT_REGIONAL,
        title="Алматы облысы мәслихаты сайлауы",
        independents=1,
        pending=1,
        vacant=1,
        member_names=KAZAKH_MEMBERS,
        source_name="мәслихат-2023.xlsx",
    )
    return chamber(spec)


def large_chamber(total: int = 700) -> tuple[Election, AllocationResult]:
    """A big hypothetical chamber: twelve parties, independents, pending and vacant seats."""
    list_total, district_total = total // 2, total - total // 2
    weights = (31, 17, 12, 9, 8, 6, 5, 4, 3, 2, 2, 1)
    list_seats = [list_total * w // sum(weights) for w in weights]
    list_seats[0] += list_total - sum(list_seats) - 3  # three vacant
    district_seats = [district_total * w // sum(weights) for w in weights]
    district_seats[0] += district_total - sum(district_seats) - 12  # 8 independents, 4 pending
    parties = tuple(
        PartySpec(f"Party {chr(65 + i)}", 100_000 * w, ls, ds, quota_filled=_required(ls) - (i == 2))
        for i, (w, ls, ds) in enumerate(zip(weights, list_seats, district_seats, strict=True))
    )
    return chamber(
        ChamberSpec(
            parties=parties, title=f"Hypothetical chamber of {total}", independents=8, pending=4, vacant=3
        )
    )


def sample(name: str = "mazhilis-2023.xlsx") -> tuple[Election, AllocationResult]:
    """A bundled sample workbook, read and allocated by the real engine."""
    from kzseats_gui.core.allocator import allocate
    from kzseats_gui.fileio.workbook import read_workbook
    from kzseats_gui.paths import sample_path

    election = read_workbook(sample_path(name))
    return election, allocate(election, resolve_settings(election.overrides))


def seats_by_party(result: AllocationResult) -> dict[str, int]:
    """What every chart must show: each party's seats plus the neutral groups, zero counts left out."""
    counts = {p.name: p.total_seats for p in result.parties if p.total_seats}
    for name, count in (
        ("Independent", result.independents),
        ("Pending", result.pending + result.undecided),
        ("Vacant", result.vacant),
    ):
        if count:
            counts[name] = count
    return counts
