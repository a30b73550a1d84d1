"""The Windows installer script cannot be compiled here (Inno Setup runs on Windows), so its promises
are checked as text: every file it packs exists or is what build.py produces, the version comes from the
package through build.py, and the choices the installer must make are there."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
ISS = (INSTALLER / "kzseats.iss").read_text(encoding="utf-8")
# Messages Inno Setup defines itself in every language file it ships (Default.isl, Russian.isl).
INNO_CUSTOM_MESSAGES = {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram", "UninstallProgram",
                        "NameAndVersion", "ProgramOnTheWeb", "AssocFileExtension", "AssocingFileExtension"}


def section(name: str) -> list[str]:
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", ISS, re.MULTILINE | re.DOTALL)
    assert match, f"[{name}] missing"
    return [line for line in match.group(1).splitlines() if line.strip() and not line.startswith(";")]


def setup_directives() -> dict[str, str]:
    return dict(line.split("=", 1) for line in section("Setup"))


def defines() -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', ISS, re.MULTILINE))


def expand(text: str) -> str:
    for name, value in defines().items():
        text = text.replace(f"{{#{name}}}", value)
    return text


def local_path(reference: str) -> Path:
    return (INSTALLER / expand(reference).replace("\\", "/")).resolve()


def test_the_version_comes_from_the_package_through_build_py():
    from kzseats_gui import __version__

    missing_version_fails = re.search(r"^#ifndef AppVersion\n\s*#error", ISS, re.MULTILINE)
    assert missing_version_fails, "a build without /DAppVersion must stop"
    assert not re.search(r'#define AppVersion', ISS), "the version is passed in, never written here"
    assert "AppVersion={#AppVersion}" in section("Setup")
    build = (INSTALLER / "build.py").read_text(encoding="utf-8")
    assert 'f"/DAppVersion={package_version()}"' in build
    spec = importlib.util.spec_from_file_location("installer_build", INSTALLER / "build.py")
    build_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_module)
    assert build_module.package_version() == __version__


def test_every_file_the_script_names_exists_or_is_the_frozen_app():
    directives = setup_directives()
    for key in ("LicenseFile", "SetupIconFile"):
        assert local_path(directives[key]).is_file(), f"{key}={directives[key]}"
    sources = re.findall(r'Source: "([^"]+)"', "\n".join(section("Files")))
    assert sources, "no [Files]"
    for source in sources:
        if source.startswith("..\\dist\\kzseats\\"):
            continue  # what installer/build.py freezes; checked below
        assert local_path(source).is_file(), source
    spec = (INSTALLER / "kzseats.spec").read_text(encoding="utf-8")
    assert 'name="kzseats")' in spec and 'name="kzseats-gui"' in spec, "dist\\kzseats\\kzseats-gui.exe"
    assert defines()["GuiExe"] == "kzseats-gui.exe"
    for line in section("Languages"):
        for messages in re.search(r'MessagesFile: "([^"]+)"', line).group(1).split(","):
            if not messages.startswith("compiler:"):
                assert local_path(messages).is_file(), messages


def test_per_user_x64_install_with_licence_icon_and_associations():
    directives = setup_directives()
    assert directives["PrivilegesRequired"] == "lowest"
    assert directives["ArchitecturesAllowed"] == "x64compatible"
    assert directives["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert directives["ChangesAssociations"] == "yes"
    assert directives["ChangesEnvironment"] == "yes"
    assert directives["DefaultDirName"].startswith("{autopf}")  # per-user: Programs folder of the user


def test_xlsx_is_offered_under_open_with_and_never_taken_from_excel():
    registry = section("Registry")
    xlsx = [line for line in registry if "\\.xlsx" in line]
    assert xlsx, "no .xlsx association"
    for line in xlsx:
        assert "OpenWithProgids" in line, f"only OpenWithProgids may be touched under .xlsx: {line}"
        assert 'ValueName: ""' not in line, "the default value of .xlsx belongs to Excel"
    assert any("SupportedTypes" in line and '".xlsx"' in line for line in registry)


def test_the_command_line_can_be_put_on_path_as_an_option():
    tasks = section("Tasks")
    assert any(line.startswith('Name: "addtopath"') and "Flags: unchecked" in line for line in tasks)
    path_lines = [line for line in section("Registry") if 'ValueName: "Path"' in line]
    assert len(path_lines) == 2
    assert all("Tasks: addtopath" in line and "NeedsAddPath" in line for line in path_lines)
    assert "procedure CurUninstallStepChanged" in ISS and "RemoveFromPath" in ISS


def test_setup_speaks_english_russian_and_kazakh():
    names = [re.search(r'Name: "(\w+)"', line).group(1) for line in section("Languages")]
    assert names == ["english", "russian", "kazakh"]
    used = set(re.findall(r"\{cm:(\w+)", ISS))
    defined = {}
    for line in section("CustomMessages"):
        language, rest = line.split(".", 1)
        defined.setdefault(rest.split("=", 1)[0], set()).add(language)
    for name in used - INNO_CUSTOM_MESSAGES:
        assert defined.get(name) == set(names), f"{{cm:{name}}} not defined in every language"


@pytest.fixture(scope="module")
def kazakh() -> str:
    raw = (INSTALLER / "Kazakh.isl").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads a UTF-8 .isl only with a byte-order mark"
    return raw.decode("utf-8-sig")


def test_the_kazakh_messages_are_complete_for_what_setup_shows(kazakh):
    assert "LanguageID=$043F" in kazakh and "LanguageName=Қазақша" in kazakh
    messages = dict(re.findall(r"^(\w+)=(.*)$", kazakh.split("[Messages]", 1)[1], re.MULTILINE))
    for name in ("WelcomeLabel1", "WizardLicense", "LicenseAccepted", "WizardSelectDir", "WizardSelectTasks",
                 "WizardReady", "ButtonNext", "ButtonInstall", "FinishedLabel", "ConfirmUninstall",
                 "PrivilegesRequiredOverrideCurrentUser", "CreateDesktopIcon", "LaunchProgram"):
        assert messages.get(name, "").strip(), name
    for name, text in messages.items():
        assert re.search(r"[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]", text) or name == "ButtonOK", name
    # Placeholders kept as in Default.isl: a lost %1 or [name] would show an empty program name.
    for name in ("SetupWindowTitle", "ConfirmUninstall", "UninstalledAll", "LaunchProgram"):
        assert "%1" in messages[name], name
    for name in ("WelcomeLabel1", "SelectDirDesc", "FinishedLabel"):
        assert "[name" in messages[name], name
