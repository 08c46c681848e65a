"""`python -m server serve` runs the same command as the `logclass` console script."""

from server.cli import main

raise SystemExit(main())
