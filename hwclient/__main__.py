"""Allow `python -m hwclient`."""

import sys

from hwclient.cli import main

sys.exit(main())
