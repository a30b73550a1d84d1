import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from cli_run import SAMPLES  # noqa: E402


@pytest.fixture
def sample_2023() -> Path:
    return SAMPLES / "mazhilis-2023.xlsx"
