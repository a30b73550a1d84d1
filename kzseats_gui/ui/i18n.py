"""Interface language: English (the source text), Russian and Kazakh.

Translations are Qt ``.qm`` files in ``kzseats_gui/resources/translations`` (``kzseats_ru.qm``,
``kzseats_kk.qm``), built from the ``.ts`` sources by ``tools/update_translations.py``. A missing file
leaves the English text.
Qt's own strings (standard dialog buttons) come from Qt's bundled ``qtbase_<lang>.qm`` when present.
The choice is kept in QSettings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..paths import resources_dir

LANGUAGE_KEY = "ui/language"
DEFAULT_LANGUAGE = "en"
# Language code -> its name in that language (a language menu lists each name in its own script).
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "kk": "Қазақша"}

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


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
    global _current
    app = QCoreApplication.instance()
    if app is None or language not in LANGUAGES:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language
    QLocale.setDefault(QLocale(language))
    if language == DEFAULT_LANGUAGE:
        return False
    loaded = False
    own = QTranslator(app)
    if own.load(str(translations_dir() / f"kzseats_{language}.qm")):
        app.installTranslator(own)
        _installed.append(own)
        loaded = True
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return loaded


def translate_message(text: str) -> str:
    """The ``translate`` callable for ``kzseats_gui.text.render_*`` (engine steps and warnings)."""
    return QCoreApplication.translate("messages", text)
