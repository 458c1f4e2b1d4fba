import sys

from hwserver.cli import main

sys.exit(main())
