#!/usr/bin/env python3
"""Offline install: collect kzseats and every dependency as wheels, then install from that folder alone.

    python installer/wheelhouse.py build [--target linux|windows|native ...] [--python-version 3.11]
                                         [--out wheelhouse]
    python installer/wheelhouse.py install --from wheelhouse/linux-py311 [--venv DIR]

``build`` (on a machine with internet) builds the kzseats wheel from this checkout (the translations are
compiled into it) and runs ``pip download`` for each target platform with the pinned versions of
``requirements/constraints.txt``. Each target is one folder, ``<target>-py<version>``, to copy to the
offline machine together with this script. ``install`` then creates a virtual environment (default
``kzseats-env``) and installs with ``pip install --no-index --find-links`` — nothing is fetched.

Targets: ``windows`` = 64-bit Windows 10/11 (win_amd64); ``linux`` = x86-64 Linux with glibc 2.34 or
newer (Qt 6.11's wheels are manylinux_2_34: Debian 12, Ubuntu 22.04, RHEL 9 and later); ``native`` =
this machine. The offline machine needs CPython of the same minor version (3.11 by default).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONSTRAINTS = ROOT / "requirements" / "constraints.txt"
# pip download --platform takes the exact tags a wheel may carry; older manylinux tags run there too.
PLATFORMS = {
    "linux": ["manylinux_2_34_x86_64", "manylinux_2_28_x86_64", "manylinux_2_27_x86_64",
              "manylinux_2_17_x86_64", "manylinux2014_x86_64"],
    "windows": ["win_amd64"],
    "native": [],
}
# Source trees, test and build leftovers that never go into the wheel's build.
IGNORED = shutil.ignore_patterns(".git", ".venv", "dist", "build", "wheelhouse", "*.egg-info", "__pycache__",
                                 "*.qm", ".pytest_cache", ".ruff_cache", ".hypothesis", "benchmarks", "tests")


def pip(python: str | Path = sys.executable) -> list[str]:
    return [str(python), "-m", "pip", "--disable-pip-version-check", "-q"]


def build_wheel(out: Path) -> Path:
    """The kzseats wheel, built from a clean copy of the sources (no .qm or build leftovers taken along).

    Built without build isolation, with this Python's setuptools and PySide6 (its lrelease compiles the
    translations), so that it needs no internet.
    """
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("kzseats-*.whl"):
        old.unlink()
    with tempfile.TemporaryDirectory(prefix="kzseats-src-") as scratch:
        source = Path(scratch) / "kzseats"
        shutil.copytree(ROOT, source, ignore=IGNORED)
        subprocess.run([*pip(), "wheel", "--no-deps", "--no-build-isolation", "-w", str(out), str(source)],
                       check=True)
    return next(out.glob("kzseats-*.whl"))


def download(wheel: Path, target: str, python_version: str, out: Path) -> Path:
    """Every dependency of ``wheel`` for ``target``, as wheels in ``out`` (already there: kept)."""
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy2(wheel, out / wheel.name)
    command = [*pip(), "download", "--only-binary", ":all:", "-c", str(CONSTRAINTS), "-d", str(out)]
    if target != "native" or python_version != f"{sys.version_info.major}.{sys.version_info.minor}":
        command += ["--python-version", python_version, "--implementation", "cp"]
        for platform in PLATFORMS[target] or PLATFORMS[_native_target()]:
            command += ["--platform", platform]
    # Offline first: a wheelhouse that already holds everything needs no index at all.
    offline = subprocess.run([*command, "--no-index", "--find-links", str(out), str(out / wheel.name)],
                             capture_output=True, text=True)
    if offline.returncode != 0:
        subprocess.run([*command, str(out / wheel.name)], check=True)
    return out


def _native_target() -> str:
    return "windows" if os.name == "nt" else "linux"


def install(wheelhouse: Path, env_dir: Path) -> Path:
    """A fresh virtual environment with kzseats installed from ``wheelhouse`` alone."""
    venv.EnvBuilder(with_pip=False, clear=True).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    wheel = max(wheelhouse.glob("kzseats-*.whl"), key=lambda path: path.stat().st_mtime)
    # This Python's pip installs into the new environment: no pip needs to be installed there first.
    subprocess.run([*pip(), "--python", str(python), "install", "--no-index", "--find-links", str(wheelhouse),
                    "-c", str(CONSTRAINTS), str(wheel)], check=True)
    return env_dir


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="download the wheels for one or more targets")
    build.add_argument("--target", action="append", choices=sorted(PLATFORMS), help="default: linux, windows")
    build.add_argument("--python-version", default=f"{sys.version_info.major}.{sys.version_info.minor}")
    build.add_argument("--out", type=Path, default=ROOT / "wheelhouse")
    put = sub.add_parser("install", help="install from a wheelhouse folder, without internet")
    put.add_argument("--from", dest="wheelhouse", type=Path, required=True)
    put.add_argument("--venv", type=Path, default=Path("kzseats-env"))
    args = parser.parse_args(argv)
    if args.command == "install":
        env_dir = install(args.wheelhouse, args.venv)
        scripts = env_dir / ("Scripts" if os.name == "nt" else "bin")
        print(f"kzseats installed into {env_dir}; start it with {scripts / 'kzseats-gui'}")
        return 0
    wheel = build_wheel(args.out)
    tag = "py" + re.sub(r"\D", "", args.python_version)
    for target in args.target or ["linux", "windows"]:
        folder = download(wheel, target, args.python_version, args.out / f"{target}-{tag}")
        wheels = sorted(path.name for path in folder.glob("*.whl"))
        print(f"{folder}: {len(wheels)} wheels, {folder_size(folder) / 1e6:.0f} MB")
        for name in wheels:
            print(f"  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
