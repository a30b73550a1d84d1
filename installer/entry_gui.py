import sys

from kzseats_gui.app import main

sys.exit(main())
