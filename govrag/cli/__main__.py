"""``python -m govrag.cli``: the same as the ``govrag`` console script."""

import sys

from govrag.cli import main

sys.exit(main())
