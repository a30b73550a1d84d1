"""Outputs never destroy data: complete or not at all, never over the input, OS errors named."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest
from fileio_books import SAMPLES
from output_places import debris, full_disk, read_only_folder

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.bodies import resolve_settings
from kzseats_gui.core.model import Body
from kzseats_gui.fileio.export import export_results
from kzseats_gui.fileio.safe_output import OutputError, write_atomically, write_bytes_atomically
from kzseats_gui.fileio.template import write_template
from kzseats_gui.fileio.workbook import read_workbook
from kzseats_gui.paths import SampleError, copy_sample, sample_path

EARLIER = b"the earlier good file"


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "in.xlsx"
    path.write_bytes((SAMPLES / "maslikhat-regional.xlsx").read_bytes())
    election = read_workbook(path)
    return path, election, allocate(election, resolve_settings(election.overrides))


WRITERS = {
    "results": lambda out, sample: export_results(out, sample[1], sample[2], inputs=[sample[0]]),
    "template": lambda out, sample: write_template(out, Body.MASLIKHAT_REGIONAL),
    "bytes": lambda out, sample: write_bytes_atomically(out, b"x" * 100_000, inputs=[sample[0]]),
    "sample-copy": lambda out, sample: copy_sample("mazhilis-2023", out),
}


@pytest.mark.parametrize("umask", [0o022, 0o007])
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_written_file_is_complete_with_the_users_permissions(tmp_path, sample, writer, umask):
    out = tmp_path / "out.xlsx"
    out.write_bytes(EARLIER)
    previous = os.umask(umask)
    try:
        WRITERS[writer](out, sample)
    finally:
        os.umask(previous)
    assert out.read_bytes() != EARLIER and out.stat().st_size > 1000
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
    assert debris(tmp_path, {"in.xlsx", "out.xlsx"}) == []


@pytest.mark.parametrize("how", ["same", "symlink", "hardlink", "spelled-differently"])
def test_the_input_is_never_written_over(tmp_path, sample, how):
    source = sample[0]
    before = digest(source)
    target = {
        "same": source,
        "symlink": tmp_path / "link.xlsx",
        "hardlink": tmp_path / "hard.xlsx",
        "spelled-differently": tmp_path / "sub" / ".." / "in.xlsx",
    }[how]
    (tmp_path / "sub").mkdir()
    if how == "symlink":
        target.symlink_to(source)
    elif how == "hardlink":
        os.link(source, target)
    for writer in ("results", "bytes"):
        with pytest.raises(OutputError) as raised:
            WRITERS[writer](target, sample)
        assert raised.value.code == "output-is-input" and str(target) in str(raised.value)
    assert digest(source) == before


def test_a_missing_folder_or_a_folder_as_target_is_named(tmp_path, sample):
    missing = tmp_path / "no such folder" / "out.xlsx"
    with pytest.raises(OutputError) as raised:
        WRITERS["results"](missing, sample)
    assert raised.value.code == "output-folder-missing" and "no such folder" in str(raised.value)
    with pytest.raises(OutputError) as raised:
        WRITERS["results"](tmp_path, sample)
    assert raised.value.code == "output-is-folder"


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_full_disk_leaves_the_earlier_file_and_no_partial_file(tmp_path, sample, monkeypatch, writer):
    folder = tmp_path / "disk"
    with full_disk(folder, monkeypatch, {"out.xlsx": EARLIER}) as kind:
        with pytest.raises(OutputError) as raised:
            WRITERS[writer](folder / "out.xlsx", sample)
        assert raised.value.code == "output-disk-full", kind
        assert "out.xlsx" in str(raised.value)
        assert (folder / "out.xlsx").read_bytes() == EARLIER
        assert debris(folder, {"out.xlsx"}) == []


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_read_only_folder_is_named(tmp_path, sample, monkeypatch, writer):
    folder = tmp_path / "locked"
    with read_only_folder(folder, monkeypatch, {"out.xlsx": EARLIER}) as kind:
        with pytest.raises(OutputError) as raised:
            WRITERS[writer](folder / "out.xlsx", sample)
        assert raised.value.code == "output-permission", kind
        assert str(folder) in str(raised.value)
        assert (folder / "out.xlsx").read_bytes() == EARLIER
        assert debris(folder, {"out.xlsx"}) == []


def test_an_error_while_writing_removes_the_temporary_file(tmp_path):
    def half_then_fail(stream):
        stream.write(b"half")
        raise ValueError("a defect in the writer")

    with pytest.raises(ValueError):
        write_atomically(tmp_path / "out.bin", half_then_fail)
    assert list(tmp_path.iterdir()) == []


def test_a_sample_copy_never_goes_over_the_bundled_file_also_not_through_a_hard_link(tmp_path):
    linked = tmp_path / "linked.xlsx"
    try:
        os.link(sample_path(), linked)
    except OSError:
        linked.symlink_to(sample_path())  # another file system: a symbolic link is the same question
    before = sample_path().read_bytes()
    with pytest.raises(SampleError, match="bundled sample itself"):
        copy_sample("mazhilis-2023", linked)
    assert sample_path().read_bytes() == before and debris(tmp_path, {"linked.xlsx"}) == []
