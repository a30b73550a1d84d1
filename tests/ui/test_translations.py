"""The Russian and Kazakh translations: complete, faithful to the source's placeholders, built, and used.

The ``.ts`` files are the sources translators edit; the ``.qm`` files built from them are what the app
loads. A text the code translates but the ``.ts`` lacks would show up in English inside a Russian or
Kazakh window, so the code is scanned with the project's own update script as well.
"""

import ast
import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from fractions import Fraction
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from kzseats_gui.paths import resources_dir
from kzseats_gui.text import render
from kzseats_gui.text.vocabulary import status_text
from kzseats_gui.ui import i18n
from kzseats_gui.ui.vocabulary_tr import tr_term

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = resources_dir() / "translations"
LANGUAGES = ("ru", "kk")
# Qt's plural rules: Russian has three forms (1, 2-4, 5-20), Kazakh needs one (Qt lists two, alike).
PLURAL_FORMS = {"ru": 3, "kk": 2}
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d")
ACCELERATOR = re.compile(r"&(?!&)")


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"kzseats_{language}.ts"


def current_messages(path: Path) -> list[tuple[str, str, bool, list[str], str | None]]:
    """(context, source, plural, translations, type) of every message the code still has."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            plural = message.get("numerus") == "yes"
            texts = [form.text or "" for form in translation.findall("numerusform")] if plural else [
                translation.text or ""]
            found.append((name, message.findtext("source"), plural, texts, kind))
    return found


def accelerators(text: str) -> int:
    return len(ACCELERATOR.findall(text.replace("&&", "")))


@pytest.fixture
def language(request, qapp):
    """Installs the committed translation for the test's language; English again afterwards."""
    assert i18n.install_language(request.param), f"kzseats_{request.param}.qm did not load"
    yield request.param
    i18n.install_language("en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang):
    messages = current_messages(ts_path(lang))
    assert len(messages) > 500  # the whole interface and every engine message, not a stub
    unfinished = [(c, s) for c, s, _, _, kind in messages if kind == "unfinished"]
    empty = [(c, s) for c, s, _, texts, _ in messages if not all(t.strip() for t in texts)]
    wrong_plurals = [
        (c, s, len(t)) for c, s, plural, t, _ in messages if plural and len(t) != PLURAL_FORMS[lang]
    ]
    assert unfinished == []
    assert empty == []
    assert wrong_plurals == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_the_placeholders_and_accelerators_of_the_source(lang):
    differ = []
    for context, source, _, texts, _ in current_messages(ts_path(lang)):
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                differ.append((context, source, text))
            elif accelerators(text) != accelerators(source) or text.count("&&") != source.count("&&"):
                differ.append((context, source, text))
    assert differ == []


KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
CYRILLIC = "А-Яа-яЁё" + "".join(sorted(KAZAKH_LETTERS))
MIXED_WORD = re.compile(rf"\b(?=\w*[A-Za-z])(?=\w*[{CYRILLIC}])\w+\b")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_texts_are_written_in_the_right_alphabet(lang):
    messages = current_messages(ts_path(lang))
    # A Latin letter inside a Cyrillic word (a Latin "i" for "і", say) is a typo no reader forgives.
    mixed = [(s, m) for _, s, _, texts, _ in messages for t in texts for m in MIXED_WORD.findall(t)]
    assert mixed == []
    used = {letter for *_, texts, _ in messages for t in texts for letter in t if letter in KAZAKH_LETTERS}
    if lang == "kk":
        assert used >= set("әғқңөұүі")
    else:  # Russian uses Kazakh letters only where the source quotes Kazakh (such as иә/жоқ)
        borrowed = [(s, t) for _, s, _, texts, _ in messages for t in texts
                    if {c for c in t if c in KAZAKH_LETTERS} - set(s)]
        assert borrowed == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_qm_the_app_loads_is_built_from_the_ts(lang, tmp_path):
    """The .qm files are build products (not committed): the one beside the .ts must match a fresh build."""
    built = tmp_path / f"kzseats_{lang}.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts_path(lang)), "-qm", str(built)], check=True, capture_output=True)
    loaded = TRANSLATIONS / f"kzseats_{lang}.qm"
    assert loaded.read_bytes() == built.read_bytes(), "run tools/update_translations.py --release-only"


def test_every_text_the_code_translates_is_in_the_ts_files(tmp_path):
    script = ROOT / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", script)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    tool.update(tmp_path, drop_obsolete=True)  # what lupdate finds in the code today, untranslated
    for lang in LANGUAGES:
        in_code = {(c, s) for c, s, *_ in current_messages(tmp_path / f"kzseats_{lang}.ts")}
        translated = {(c, s) for c, s, _, _, kind in current_messages(ts_path(lang)) if kind is None}
        missing = sorted(in_code - translated)
        assert missing == [], f"run tools/update_translations.py and translate these ({lang}): {missing}"


def helper_texts(module: Path) -> set[tuple[str, str]]:
    """(context, text) of every ``_tr("text")`` call whose module helper translates in a fixed context."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    constants = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                 and isinstance(n.value, ast.Constant) for t in n.targets if isinstance(t, ast.Name)}
    contexts = {}
    for function in (n for n in tree.body if isinstance(n, ast.FunctionDef)):
        for call in ast.walk(function):
            if isinstance(call, ast.Call) and getattr(call.func, "attr", None) == "translate" and call.args:
                first = call.args[0]  # a literal, or a module constant such as CONTEXT
                named = isinstance(first, ast.Name)
                context = constants.get(first.id) if named else getattr(first, "value", None)
                if isinstance(context, str):
                    contexts[function.name] = context
    return {
        (contexts[call.func.id], call.args[0].value)
        for call in ast.walk(tree)
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in contexts
        and len(call.args) == 1 and isinstance(call.args[0], ast.Constant)
    }


def test_texts_of_the_translate_helpers_are_translated():
    # lupdate does not see through a module's own _tr(text) helper; these texts must be listed all the same.
    in_code = set().union(*(helper_texts(module) for module in (ROOT / "kzseats_gui" / "ui").rglob("*.py")))
    assert len(in_code) > 100
    for lang in LANGUAGES:
        translated = {(c, s) for c, s, _, _, kind in current_messages(ts_path(lang)) if kind is None}
        assert sorted(in_code - translated) == [], lang


def test_plural_forms_follow_russian_rules(qapp):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "kzseats_ru.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        pending = "%n district seat(s) pending."
        forms = {n: QCoreApplication.translate("PartyResultsView", pending, "", n) for n in (1, 3, 5, 21, 11)}
    finally:
        QCoreApplication.removeTranslator(translator)
    assert forms[1] == "1 мандат по округам не определён."
    assert forms[21] == "21 мандат по округам не определён."
    assert forms[3] == "3 мандата по округам не определены."
    assert forms[5] == "5 мандатов по округам не определены."
    assert forms[11] == "11 мандатов по округам не определены."


def test_kazakh_plural_reads_the_same_for_every_count(qapp):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "kzseats_kk.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        pending = "%n district seat(s) pending."
        forms = [QCoreApplication.translate("PartyResultsView", pending, "", n) for n in (1, 2, 5)]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert forms == [f"Округтер бойынша {n} мандат анықталмаған." for n in (1, 2, 5)]


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_russian_window_and_engine_messages(qtbot, window, language):
    assert window.actions_.file_menu.title() == "&Файл"
    assert window.actions_.edit_menu.title() == "&Правка"
    assert window.actions_.open.text() == "&Открыть…"
    params = {"percent": 5, "base": 6366441, "votes": Fraction(31832205, 100), "min_votes": 318323}
    step = render("threshold", params, i18n.translate_message)
    assert step == (
        "Проходной барьер: 5 % от 6\u202f366\u202f441 = ровно 318\u202f322,05 голосов; "
        "партии нужно не меньше 318\u202f323 целых голосов."
    )
    one_lot = SimpleNamespace(lots_required=False, seats_by_lot=1, undecided=0, pending=0, vacant=0)
    assert status_text(one_lot, tr_term) == "Готово — 1 мандат решён жребием"


@pytest.mark.parametrize("language", ["kk"], indirect=True)
def test_kazakh_window_and_engine_messages(qtbot, window, language):
    assert window.actions_.file_menu.title() == "&Файл"
    assert window.actions_.edit_menu.title() == "&Өңдеу"
    params = {"party": "Amanat", "votes": 3431510, "percent": "53.90"}
    step = render("party-passed", params, i18n.translate_message)
    assert step == "Amanat: 3\u202f431\u202f510 дауыс = 53.90 % — өту шегінен өтеді."


@pytest.mark.parametrize("language", ["ru", "kk"], indirect=True)
def test_menu_accelerators_are_unique_within_each_menu(qtbot, window, language):
    def keys(actions):
        letters = []
        for action in actions:
            text = action.text().replace("&&", "")
            if "&" in text:
                letters.append(text[text.index("&") + 1].casefold())
        return letters

    menus = [action.menu() for action in window.menuBar().actions() if action.menu() is not None]
    assert len(menus) >= 4
    bar = keys(window.menuBar().actions())
    assert len(bar) == len(set(bar)) == len(menus)
    for menu in menus:
        letters = keys(menu.actions())
        assert len(letters) == len(set(letters)), (menu.title(), letters)
