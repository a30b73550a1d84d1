#!/usr/bin/env python3
"""Build the frozen app with PyInstaller, then smoke-test what was built.

    .venv/bin/python installer/build.py               (Windows: .venv\\Scripts\\python installer\\build.py)
    .venv/bin/python installer/build.py --smoke-only  (test an existing dist/kzseats again)

Steps: compile the translations from the .ts sources, install the pinned PyInstaller
(requirements/build.txt) when missing, freeze ``installer/kzseats.spec`` into ``dist/kzseats``, then run
the frozen programs from an empty folder the way a user would: ``kzseats sample``, ``allocate`` (Amanat
40 + 22 = 62), ``chart`` (SVG and PNG), ``report`` (PDF) and ``kzseats-gui --screenshot`` in English,
Russian and Kazakh (each must say that its translation loaded). It prints the bundle size and the
frozen start time (first paint of the window; ``kzseats --version``).

On Windows, when Inno Setup's ``iscc`` is on PATH, it then builds the setup program with the version
of the package: ``iscc /DAppVersion=<version> installer\\kzseats.iss``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "kzseats"
EXE = ".exe" if os.name == "nt" else ""
LANGUAGES = {"en": "Help", "ru": "Справка", "kk": "Анықтама"}  # the Help menu's title in each language


def package_version() -> str:
    text = (ROOT / "kzseats_gui" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE).group(1)


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(part) for part in command], check=True, **kwargs)


def pinned_pyinstaller() -> str:
    text = (ROOT / "requirements" / "build.txt").read_text(encoding="utf-8")
    return re.search(r"^pyinstaller==(\S+)", text, re.MULTILINE).group(1)


def installed_pyinstaller() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pyinstaller")
    except PackageNotFoundError:
        return None


def build() -> None:
    run([sys.executable, ROOT / "tools" / "update_translations.py", "--release-only"], cwd=ROOT)
    if installed_pyinstaller() != pinned_pyinstaller():
        run([sys.executable, "-m", "pip", "install", "-q", "-c", ROOT / "requirements" / "constraints.txt",
             "-r", ROOT / "requirements" / "build.txt"])
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", ROOT / "dist", "--workpath", ROOT / "build", ROOT / "installer" / "kzseats.spec"])
    strip_python_debug_symbols()


def strip_python_debug_symbols() -> None:
    """libpython of some Python builds carries ~17 MB of debug symbols; nothing else is touched (stripping
    every library, PyInstaller's strip=True, breaks numpy's OpenBLAS)."""
    strip = shutil.which("strip")
    if os.name == "nt" or strip is None:
        return
    for library in (DIST / "_internal").glob("libpython3*.so*"):
        if library.is_file() and not library.is_symlink():
            run([strip, "--strip-debug", library])


def frozen(program: str, *args: object, cwd: Path, env: dict, timeout: int = 180) -> str:
    done = subprocess.run([str(DIST / f"{program}{EXE}"), *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)
    if done.returncode != 0:
        raise SystemExit(f"frozen {program} {' '.join(map(str, args))} failed ({done.returncode}):\n"
                         f"{done.stdout}\n{done.stderr}")
    return done.stdout


def smoke_env(home: Path) -> dict:
    """Offscreen, and a home of its own: the smoke test never touches the user's settings or log."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), USERPROFILE=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               LOCALAPPDATA=str(home / "local"), APPDATA=str(home / "roaming"))
    env.pop("PYTHONPATH", None)
    return env


def bundle_size() -> int:
    return sum(path.stat().st_size for path in DIST.rglob("*") if path.is_file() and not path.is_symlink())


def smoke_test() -> dict:
    with tempfile.TemporaryDirectory(prefix="kzseats-smoke-") as scratch:
        work = Path(scratch)
        env = smoke_env(work / "home")
        version = frozen("kzseats", "--version", cwd=work, env=env).strip()
        assert version == f"kzseats {package_version()}", version
        names = frozen("kzseats", "sample", "--list", cwd=work, env=env).split()
        assert "mazhilis-2023" in names, names
        frozen("kzseats", "sample", "mazhilis-2023", "--out", "mazhilis.xlsx", cwd=work, env=env)
        result = json.loads(frozen("kzseats", "allocate", "mazhilis.xlsx", "--json", cwd=work, env=env))
        amanat = next(p for p in result["parties"] if p["name"] == "Amanat")
        assert (amanat["list_seats"], amanat["district_seats"], amanat["total_seats"]) == (40, 22, 62), amanat
        frozen("kzseats", "chart", "mazhilis.xlsx", "--out", "chart.svg", cwd=work, env=env)
        seats = (work / "chart.svg").read_text(encoding="utf-8").count('class="seat"')
        assert seats == result["seats"]["total"], f"{seats} seats drawn in chart.svg"
        frozen("kzseats", "chart", "mazhilis.xlsx", "--out", "chart.png", cwd=work, env=env)
        assert (work / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        frozen("kzseats", "report", "mazhilis.xlsx", "--out", "report.pdf", cwd=work, env=env)
        report = (work / "report.pdf").read_bytes()
        assert report.startswith(b"%PDF") and len(report) > 10_000, len(report)
        first_paints = []
        for language, help_title in LANGUAGES.items():
            shot = work / f"window-{language}.png"
            launched = time.time()
            said = frozen("kzseats-gui", "mazhilis.xlsx", "--screenshot", shot, "--size", "1366x768",
                          "--lang", language, cwd=work, env=dict(env, KZSEATS_REPORT_FIRST_PAINT="1"))
            loaded = "English, the source text" if language == "en" else f"kzseats_{language}.qm loaded"
            assert loaded in said and f"({help_title})" in said, f"--lang {language}: {said}"
            assert shot.stat().st_size > 20_000, f"the frozen window rendered an empty {shot.name}"
            mark = re.search(r"^first-paint ([0-9.]+)", said, re.MULTILINE)
            if mark:
                first_paints.append(float(mark.group(1)) - launched)
            kept = ROOT / "dist" / shot.name
            shutil.copyfile(shot, kept)
        cli_start = []
        for _ in range(3):
            launched = time.perf_counter()
            frozen("kzseats", "--version", cwd=work, env=env)
            cli_start.append(time.perf_counter() - launched)
    return {"bundle_mb": bundle_size() / 1e6, "first_paints_s": first_paints,
            "cli_version_s": statistics.median(cli_start)}


def build_installer() -> None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if os.name != "nt" or iscc is None:
        return
    run([iscc, f"/DAppVersion={package_version()}", ROOT / "installer" / "kzseats.iss"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--smoke-only", action="store_true", help="test dist/kzseats without building it")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if not args.smoke_only:
        build()
    built = time.perf_counter()
    figures = smoke_test()
    print(f"Frozen app in {DIST.relative_to(ROOT)} passed the smoke test "
          f"(sample, allocate 40 + 22 = 62, chart, report, window in en/ru/kk).")
    print(f"bundle size: {figures['bundle_mb']:.1f} MB")
    if figures["first_paints_s"]:
        runs = figures["first_paints_s"]
        print(f"frozen start time: {statistics.median(runs):.2f} s to the window's first paint "
              f"(median of the en/ru/kk runs: {', '.join(f'{seconds:.2f}' for seconds in runs)} s)")
    print(f"frozen `kzseats --version`: {figures['cli_version_s']:.2f} s (median of 3)")
    print(f"build {built - started:.0f} s, smoke test {time.perf_counter() - built:.0f} s")
    build_installer()
    return 0


if __name__ == "__main__":
    sys.exit(main())
