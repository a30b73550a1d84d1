"""English templates for the engine's audit-trail steps and warnings, by code.

Each template uses only the parameters the engine passes with that code. Numbers arrive exact and are
formatted by ``kzseats_gui.text.format_param`` (fractions as decimals, tuples as comma lists).
"""

CORE_TEMPLATES: dict[str, str] = {
    # --- settings ---------------------------------------------------------------------------------
    "setting-required": "The setting {setting} must be given for the body {body}.",
    "setting-negative": "The setting {setting} cannot be negative ({value}).",
    "setting-percent-range": "The setting {setting} must be between 0 and 100 ({value}).",
    # --- method -----------------------------------------------------------------------------------
    "method-hare": "Method: Hare quota, largest remainders (the law), {seats} list seats.",
    "method-droop": "Method: Droop quota, largest remainders, {seats} list seats.",
    "method-dhondt": "Method: D'Hondt (divisors 1, 2, 3, ...), {seats} list seats.",
    "method-sainte-lague": "Method: Sainte-Laguë (divisors 1, 3, 5, ...), {seats} list seats.",
    "method-not-the-law": (
        "The method {method} is not the law (the law is the Hare quota, largest remainders); "
        "this result is for comparison only."
    ),
    # --- threshold --------------------------------------------------------------------------------
    "valid-ballots": "Valid list ballots: {party_votes} party votes + {against_all} against all = {valid}.",
    "threshold-base-valid": "Threshold base: valid list ballots (party votes + against all) = {base}.",
    "threshold-base-parties": "Threshold base: party votes only = {base}.",
    "threshold-base-ballots": "Threshold base: ballots cast = {base}.",
    "threshold": (
        "Threshold: {percent} % of {base} = {votes} votes exactly; a party needs at least {min_votes} "
        "whole votes."
    ),
    "ballots-below-valid": (
        "The ballots cast ({ballots}) are fewer than the valid list ballots ({valid}); check the figures."
    ),
    "party-passed": "{party}: {votes} votes = {percent} % — passes the threshold.",
    "party-failed": "{party}: {votes} votes = {percent} % — below the threshold, takes no list seat.",
    "runner-up-admitted": (
        "Only one party passed: the runner-up {party} ({votes} votes) takes part too "
        "(2009 text, Art. 97(2)–(3))."
    ),
    "runner-up-tie": (
        "Several parties share the runner-up place and were all admitted: {parties} "
        "(no rule found in the law for this case)."
    ),
    "runner-up-corrected": (
        "{party} (runner-up): {votes} / quota = {quotas}, × correction index 0.7 = {corrected}; "
        "integer part: {seats}."
    ),
    "runner-up-leftover": (
        "{leftover} seat(s) left after the 0.7 correction go by largest remainders "
        "(the app's own rule: the 2009 text found does not say)."
    ),
    "runner-up-minimum": "{party} (runner-up) takes at least two seats (2009 text): {seats} seats.",
    "no-party-passed": (
        "No party reached the threshold. No rule found in the law for this case (the app leaves "
        "all {seats} list seats vacant)."
    ),
    "no-list-votes": "There are {seats} list seats but no party-list votes; the list seats are left vacant.",
    "no-admitted-votes": "The admitted parties have no votes; the {seats} list seats are left vacant.",
    "admitted-votes": "Admitted parties: {parties}, with {votes} votes in total.",
    "list-seats-vacant": "{seats} list seats are left vacant.",
    "list-seats-local": (
        "A local maslikhat has no party-list tier in the law; the {seats} list seats here are a what-if, "
        "not the law."
    ),
    # --- largest remainder ------------------------------------------------------------------------
    "quota-hare": (
        "First electoral quotient (Hare quota): {votes} admitted votes / {seats} seats = {quota} votes "
        "per seat."
    ),
    "quota-droop": (
        "Quota (Droop): {votes} admitted votes / ({seats} + 1) seats, rounded down, + 1 = {quota} votes."
    ),
    "integer-part": "{party}: {votes} / quota = {quotas}; integer part: {seats}.",
    "integer-total": "Integer parts give {seats} seat(s); {leftover} left over for the remainders.",
    "remainder-rounds": (
        "More seats are left over than parties: every party takes {rounds} in full rounds "
        "(the app's own rule, not the law)."
    ),
    "remainder": "Remainder rank {rank}: {party} — {remainder} / {of} = {fraction} of a seat.",
    "remainder-seat": "{party} takes a leftover seat (remainder {fraction}).",
    "leftover-seats": "{seats} of the {leftover} leftover seats went by remainder to: {parties}.",
    # --- divisor methods --------------------------------------------------------------------------
    "divisors-dhondt": "Each seat goes to the largest quotient votes / (seats held + 1).",
    "divisors-sainte-lague": "Each seat goes to the largest quotient votes / (2 x seats held + 1).",
    "divisor-party": (
        "{party}: {votes} votes, {seats} seat(s); quotient of its last seat {last_quotient}, "
        "of its next seat {next_quotient}."
    ),
    "divisor-cut": "Lowest quotient that won a seat: {lowest_won}; highest that did not: {highest_lost}.",
    # --- list ties --------------------------------------------------------------------------------
    "list-tie": "Tie: {between} have equal standings ({standing}) for {seats} seat(s).",
    "tie-registration-order": (
        "The earlier-registered list wins the tie ({orders}): {winners}. This rule comes from the 2009 "
        "text of the law; it is not confirmed for the 2022 text."
    ),
    "tie-lot": "A recorded lot decides the tie ({drawn_on}): {winners}.",
    "tie-lot-seat": "{party} takes the tied seat by lot (not by remainder).",
    "seat-decided-by-lot": "Decided by lot between {between}: {winners} (drawn: {drawn_on}).",
    "tie-lots-required": "Lots required: {between} are tied for {seats} seat(s); the seat(s) stay undecided.",
    "lots-required": (
        "Lots required: {between} are tied for {seats} list seat(s). Record the lot result to finish."
    ),
    "lot-not-matching": (
        "The recorded lot ({winners}) does not decide the tie between {between} for {seats} seat(s): "
        "it must name {seats} of the tied parties."
    ),
    "lot-unused": "The recorded list lot ({winners}) was not used: no list tie needed it.",
    "list-seats": "{party}: {seats} list seat(s).",
    "list-seats-total": "List seats given: {seats} of {of} ({undecided} waiting for a lot).",
    "list-exhausted": (
        "{party} won {won} list seats but its list has only {candidates} candidates: "
        "{vacant} seat(s) stay vacant."
    ),
    # --- districts --------------------------------------------------------------------------------
    "district-pending": "District {district}: no results yet; the seat is pending.",
    "district-no-candidates": "District {district} has votes but no candidates; the seat is pending.",
    "district-void": (
        "District {district}: against all ({against_all}) leads the best candidate ({votes}); "
        "as a what-if (not the law) the election in the district is treated as void and its seat "
        "stays pending."
    ),
    "against-all-leads": (
        "District {district}: against all ({against_all}) received more votes than the winner ({votes}). "
        "No rule found in the law for this case; the leading candidate wins."
    ),
    "district-winner": "District {district}: {candidate} ({party}) wins with {votes} votes, margin {margin}.",
    "district-winner-independent": (
        "District {district}: {candidate} (self-nominated) wins with {votes} votes, margin {margin}."
    ),
    "district-tie": "District {district}: {between} are tied with {votes} votes each.",
    "district-tie-lot": "District {district}: a recorded lot decides the tie ({drawn_on}): {winner}.",
    "district-seat-decided-by-lot": (
        "District {district}: the seat was decided by lot between {between}: {winner} (drawn: {drawn_on})."
    ),
    "district-winner-by-lot": (
        "District {district}: {candidate} ({party}) takes the seat by lot after a tie at {votes} votes."
    ),
    "district-tie-lots-required": (
        "District {district}: lots required between {between}; the seat is undecided."
    ),
    "district-lots-required": (
        "Lots required in district {district} between {between}. Record the lot result to finish."
    ),
    "district-lot-not-matching": (
        "The recorded lot for district {district} ({winners}) does not name one of the tied candidates: "
        "{between}."
    ),
    "district-lot-unused": "The recorded lot for district {district} ({winners}) was not used: no tie there.",
    "district-seats-without-rows": "{seats} district seat(s) have no rows in the data and are pending.",
    "more-districts-than-seats": (
        "The data has {districts} districts but there are only {seats} district seats; check the settings."
    ),
    "district-summary": (
        "Districts: {districts}; won by party candidates {party_seats}, by self-nominated {independents}; "
        "pending {pending}; waiting for a lot {undecided}."
    ),
    # --- candidates and the quota -----------------------------------------------------------------
    "quota-swap": (
        "{party}: suggestion: {candidate} (list place {position}) moved in to meet the quota; "
        "the party's governing body chooses."
    ),
    "mandate-quota-chosen": (
        "{party}: quota {percent} % of {seats} seats = {required} required; the chosen holders include "
        "{filled} eligible (list: {eligible} eligible); met: {met}."
    ),
    "mandate-quota-suggested": (
        "{party}: quota {percent} % of {seats} seats = {required} required; the suggested holders include "
        "{filled} eligible (list: {eligible} eligible); met: {met}. The party's governing body chooses; "
        "this is a suggestion."
    ),
    "quota-not-met": "{party}: only {filled} of the {required} required holders count toward the quota.",
    "list-composition": (
        "{party}: list of {length} names, {eligible} eligible (share ok: {eligible_ok}); "
        "at most {max_length} names allowed (ok: {length_ok})."
    ),
    "list-eligible-short": (
        "{party}: only {eligible} of {length} list candidates count toward the {percent} % quota."
    ),
    "list-too-long": "{party}: the list has {length} names; at most {max_length} are allowed.",
    "holders-count-mismatch": (
        "{party}: {holders} candidates are marked elected, but the party holds {seats} seats."
    ),
    "candidates-unknown-party": "Candidates are listed for {party}, which is not among the parties.",
    "youth-needs-election-date": (
        "No election date is given, so youth (younger than {age}) cannot be counted toward the quota."
    ),
    # --- totals -----------------------------------------------------------------------------------
    "party-total": "{party}: {list} list + {district} district = {total} seat(s).",
    "independents": "Self-nominated district winners: {seats}.",
    "seats-summary": (
        "Seats: {party_seats} to parties, {independents} self-nominated, {pending} pending, {vacant} vacant, "
        "{undecided} waiting for a lot; {total} in all."
    ),
}
