"""The wheel as users get it: built from the sources, installed into a fresh environment with the
pinned versions, and run from another folder — the samples, the allocation and the window in three
languages must all be there.

The dependencies come from a local wheelhouse (``installer/wheelhouse.py``, kept in ``build/wheelhouse``
between runs), so after the first run the test needs no network: pip installs with ``--no-index``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WHEELHOUSE = ROOT / "build" / "wheelhouse"
LANGUAGES = {"en": "Help", "ru": "Справка", "kk": "Анықтама"}  # the Help menu's title in each language

pytestmark = pytest.mark.packaging


def run(*command, cwd: Path, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    done = subprocess.run([str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout)
    assert done.returncode == 0, f"{command} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtual environment with the freshly built wheel and the pinned dependencies only."""
    script = ROOT / "installer" / "wheelhouse.py"
    tag = f"native-py{sys.version_info.major}{sys.version_info.minor}"
    run(sys.executable, script, "build", "--target", "native", "--out", WHEELHOUSE, cwd=ROOT)
    env_dir = tmp_path_factory.mktemp("wheel") / "env"
    run(sys.executable, script, "install", "--from", WHEELHOUSE / tag, "--venv", env_dir, cwd=ROOT)
    return env_dir


def program(env_dir: Path, name: str) -> Path:
    return env_dir / ("Scripts" if os.name == "nt" else "bin") / (name + (".exe" if os.name == "nt" else ""))


def user_env(home: Path) -> dict:
    """A user's environment without this checkout on the path and with a home of its own."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"))
    return env


def test_the_wheel_holds_fresh_translations_samples_icons_and_licences(installed):
    wheel = max(WHEELHOUSE.glob("kzseats-*.whl"), key=lambda path: path.stat().st_mtime)
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = "kzseats_gui/resources/"
    for language in ("ru", "kk"):
        assert f"{resources}translations/kzseats_{language}.qm" in names
    assert {f"{resources}samples/mazhilis-2023.xlsx", f"{resources}samples/maslikhat-regional.xlsx"} <= names
    assert {f"{resources}icons/kzseats.ico", f"{resources}icons/kzseats-256.png"} <= names
    assert {f"{resources}legal/LICENSE", f"{resources}legal/THIRD_PARTY_NOTICES.md"} <= names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)


def test_installed_wheel_writes_the_sample_and_allocates_it(installed, tmp_path):
    env = user_env(tmp_path / "home")
    kzseats = program(installed, "kzseats")
    listed = run(kzseats, "sample", "--list", cwd=tmp_path, env=env).stdout.split()
    assert {"mazhilis-2023", "maslikhat-regional"} <= set(listed)
    run(kzseats, "sample", "mazhilis-2023", "--out", "mazhilis.xlsx", cwd=tmp_path, env=env)
    result = json.loads(run(kzseats, "allocate", "mazhilis.xlsx", "--json", cwd=tmp_path, env=env).stdout)
    amanat = next(party for party in result["parties"] if party["name"] == "Amanat")
    assert (amanat["list_seats"], amanat["district_seats"], amanat["total_seats"]) == (40, 22, 62)


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_installed_window_renders_with_its_translation_loaded(installed, tmp_path, language):
    home = tmp_path / "home"
    shot = tmp_path / f"window-{language}.png"
    done = run(program(installed, "kzseats-gui"), "--screenshot", shot, "--size", "1024x700",
               "--lang", language, cwd=tmp_path, env=user_env(home))
    loaded = "English, the source text" if language == "en" else f"translation kzseats_{language}.qm loaded"
    assert loaded in done.stdout and f"({LANGUAGES[language]})" in done.stdout, done.stdout
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    # A screenshot run leaves the user's settings alone: no settings file appears in the new home.
    assert not list(home.rglob("*.ini")) and not list(home.rglob("*.conf"))
