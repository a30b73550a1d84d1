"""`kzseats sample`: copies of the bundled samples, written safely, never over the bundled files."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kzseats_gui.paths import sample_names, sample_path

KZSEATS = Path(sys.executable).with_name("kzseats")


def kzseats(*args: object, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(KZSEATS), *map(str, args)], capture_output=True, text=True, cwd=cwd,
                          timeout=120)


def test_list_names_every_bundled_sample(tmp_path):
    done = kzseats("sample", "--list", cwd=tmp_path)
    assert done.returncode == 0
    assert done.stdout.split() == sample_names()
    assert {"mazhilis-2023", "maslikhat-regional"} <= set(sample_names())


@pytest.mark.parametrize("name", ["mazhilis-2023", "maslikhat-regional.xlsx"])
def test_writes_an_identical_copy_with_normal_permissions(tmp_path, name):
    out = tmp_path / "copy.xlsx"
    done = kzseats("sample", name, "--out", out, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == sample_path(name.removesuffix(".xlsx")).read_bytes()
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == ["copy.xlsx"], "no temporary file left behind"


def test_an_earlier_file_is_kept_and_replaced_whole_only_on_purpose(tmp_path):
    out = tmp_path / "mine.xlsx"
    out.write_bytes(b"an older file")
    kept = kzseats("sample", "mazhilis-2023", "--out", out, cwd=tmp_path)
    assert kept.returncode == 2 and "already exists" in kept.stderr
    assert out.read_bytes() == b"an older file"
    assert kzseats("sample", "mazhilis-2023", "--out", out, "--overwrite", cwd=tmp_path).returncode == 0
    assert out.read_bytes() == sample_path().read_bytes()


def test_never_writes_over_the_bundled_sample_also_not_through_a_link(tmp_path):
    before = sample_path().read_bytes()
    direct = kzseats("sample", "mazhilis-2023", "--out", sample_path(), cwd=tmp_path)
    link = tmp_path / "link.xlsx"
    link.symlink_to(sample_path())
    linked = kzseats("sample", "mazhilis-2023", "--out", link, cwd=tmp_path)
    for done in (direct, linked):
        assert done.returncode == 2
        assert "bundled sample itself" in done.stderr and "Traceback" not in done.stderr
    assert sample_path().read_bytes() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope", "--out", "x.xlsx"], "no sample named 'nope'"),
        (["mazhilis-2023", "--out", "missing/x.xlsx"], "does not exist"),
        (["mazhilis-2023", "--out", "x.csv"], "must end in .xlsx"),
        (["mazhilis-2023"], "kzseats sample NAME --out FILE.xlsx"),
    ],
)
def test_unusable_requests_exit_2_with_one_message(tmp_path, args, message):
    done = kzseats("sample", *args, cwd=tmp_path)
    assert done.returncode == 2
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_exits_2(tmp_path):
    if os.geteuid() == 0:
        locked = Path("/proc/kzseats-not-writable")  # root may write anywhere else
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
    done = kzseats("sample", "mazhilis-2023", "--out", locked / "x.xlsx", cwd=tmp_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr
