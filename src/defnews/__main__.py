"""``python -m defnews`` runs the command line."""

import sys

from defnews.cli import main

sys.exit(main())
