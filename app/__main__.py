"""`python -m app` runs the same command line as `overzichtsplaten`."""

import sys

from app.cli import main

sys.exit(main())
