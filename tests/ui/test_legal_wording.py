"""Texts claim exactly what is known, in English, Russian and Kazakh, with the statute's own terms."""

import pytest
from conftest import AGAINST_ALL_2023, PARTIES_2023

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.bodies import resolve_settings
from kzseats_gui.core.model import (
    AgainstAllLeads,
    Body,
    District,
    DistrictCandidate,
    Election,
    Method,
    Party,
    SettingsOverrides,
)
from kzseats_gui.text import TEMPLATES, render_step
from kzseats_gui.text.legal import not_the_law_mark
from kzseats_gui.ui import i18n
from kzseats_gui.ui.i18n import translate_message


def test_no_text_says_the_law_gives_no_rule():
    for code, template in TEMPLATES.items():
        assert "law gives no rule" not in template and "the law does not regulate" not in template, code
    assert "No rule found in the law" in TEMPLATES["no-party-passed"]
    assert "No rule found in the law" in TEMPLATES["against-all-leads"]
    assert "2009 text" in TEMPLATES["tie-registration-order"]
    assert "not confirmed for the 2022 text" in TEMPLATES["tie-registration-order"]
    assert "governing body chooses; this is a suggestion" in TEMPLATES["mandate-quota-suggested"]
    assert "app's own rule" in TEMPLATES["remainder-rounds"]


def official(**given):
    election = Election(tuple(Party(name, votes, i) for i, (name, votes) in enumerate(PARTIES_2023, 1)),
                        against_all=AGAINST_ALL_2023)
    return allocate(election, resolve_settings(SettingsOverrides(**given)))


def steps_of(result, code):
    return [s for s in result.steps if s.code == code]


@pytest.fixture
def language(request, qapp):
    assert i18n.install_language(request.param)
    yield request.param
    i18n.install_language("en")


STATUTE_TERMS = {
    # the Hare quota, a void district (the legal words), the not-the-law mark
    "ru": ("первое избирательное частное", "недействительными / несостоявшимися", "НЕ ПО ЗАКОНУ"),
    "kk": ("бірінші сайлау өлшемі", "жарамсыз / өтпеді деп", "ЗАҢ БОЙЫНША ЕМЕС"),
}


@pytest.mark.parametrize("language", ["ru", "kk"], indirect=True)
def test_russian_and_kazakh_use_the_statute_terms(language):
    quota_term, void_term, mark = STATUTE_TERMS[language]
    quota_step = steps_of(official(), "quota-hare")[0]
    assert quota_term in render_step(quota_step, translate_message).lower()
    leads = District("1", (DistrictCandidate("Aida", "Amanat", 5),), against_all=9)
    void = allocate(Election((), districts=(leads,)), resolve_settings(SettingsOverrides(
        body=Body.MASLIKHAT_LOCAL, district_seats=1, against_all_leads=AgainstAllLeads.VOID)))
    assert void_term in render_step(steps_of(void, "district-void")[0], translate_message)
    assert not_the_law_mark(official(method=Method.DHONDT), translate_message).startswith(mark)
