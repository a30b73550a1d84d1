import sys

from kzseats_gui.cli import main

sys.exit(main())
