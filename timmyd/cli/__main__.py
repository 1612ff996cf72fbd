"""`python -m timmyd.cli ...` (how workers and the OpenBLAS re-exec start the CLI)."""

import sys

from timmyd.cli import main

sys.exit(main())
