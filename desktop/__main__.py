import multiprocessing

# In the frozen bundle a layout helper (documents/pool.py) is this same program started again: freeze_support
# runs the helper's work and exits before the application starts. Elsewhere it does nothing.
multiprocessing.freeze_support()

from desktop.cli import main  # noqa: E402 (after freeze_support, as multiprocessing requires)

raise SystemExit(main())
