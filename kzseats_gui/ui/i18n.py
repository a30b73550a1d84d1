"""Interface language: English (the source text), Russian and Kazakh.

Translations are Qt ``.qm`` files in ``kzseats_gui/resources/translations`` (``kzseats_ru.qm``,
``kzseats_kk.qm``), built from the ``.ts`` sources (by the package build; in a checkout by
``tools/update_translations.py``). A missing or unreadable file leaves the English text and is said out
loud: ``missing_translation()`` names it, the window shows it in the status bar, and it goes to the log.
Qt's own strings (standard dialog buttons) come from Qt's bundled ``qtbase_<lang>.qm`` when present.
The choice is kept in QSettings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..paths import resources_dir
from . import formatting

LANGUAGE_KEY = "ui/language"
DEFAULT_LANGUAGE = "en"
# Language code -> its name in that language (a language menu lists each name in its own script).
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "kk": "Қазақша"}

# A text of the window's Help menu: shows in one word which language really loaded.
PROBE = ("WindowActions", "&Help")

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE
_missing: Path | None = None


def translations_dir():
    return resources_dir() / "translations"


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def saved_language(settings: QSettings) -> str:
    value = settings.value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else system_language()


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue(LANGUAGE_KEY, language)


def current_language() -> str:
    return _current


def install_language(language: str) -> bool:
    """Switch the application's translators to ``language``; True when a kzseats translation loaded.

    Qt sends every widget a LanguageChange event when translators change, so windows retranslate.
    """
    global _current, _missing
    app = QCoreApplication.instance()
    if app is None or language not in LANGUAGES:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language
    _missing = None
    formatting.use_language(language)  # numbers in this language's style everywhere
    if language == DEFAULT_LANGUAGE:
        return False
    loaded = False
    own = QTranslator(app)
    qm_file = translations_dir() / f"kzseats_{language}.qm"
    if own.load(str(qm_file)) and not own.isEmpty():
        app.installTranslator(own)
        _installed.append(own)
        loaded = True
    else:
        _missing = qm_file
        _log_missing(language, qm_file)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return loaded


def missing_translation() -> Path | None:
    """The .qm file that should have loaded for the current language but did not (None: all is well)."""
    return _missing


def missing_translation_text() -> str:
    """The status bar's words for a missing translation ("" when nothing is missing)."""
    if _missing is None:
        return ""
    return QCoreApplication.translate(
        "i18n", "The {language} translation is missing ({file}): the window shows English."
    ).format(language=LANGUAGES[_current], file=_missing.name)


def describe_language() -> str:
    """One line saying which language is in force and whether its translation loaded (``--screenshot``)."""
    probe = QCoreApplication.translate(*PROBE).replace("&", "")
    if _current == DEFAULT_LANGUAGE:
        return f"language en: English, the source text ({probe})"
    if _missing is not None:
        return f"language {_current}: translation missing ({_missing}); English shown ({probe})"
    return f"language {_current}: translation kzseats_{_current}.qm loaded ({probe})"


def _log_missing(language: str, qm_file: Path) -> None:
    from .log import write_log

    write_log("translation missing", f"{LANGUAGES[language]} ({language}): {qm_file} could not be loaded; "
                                     "the window shows English")


def translate_message(text: str) -> str:
    """The ``translate`` callable for ``kzseats_gui.text.render_*`` (engine steps and warnings)."""
    return QCoreApplication.translate("messages", text)
