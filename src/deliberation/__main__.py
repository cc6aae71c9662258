"""Allows `python -m deliberation`."""

import sys

from deliberation.cli import main

sys.exit(main())
