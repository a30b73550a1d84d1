"""`python -m kzseats_gui [WORKBOOK]`: the desktop app, as `kzseats-gui`."""

import sys

from .app import main

sys.exit(main())
