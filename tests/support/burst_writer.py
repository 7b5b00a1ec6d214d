"""Child process for the crash test: commit dossiers as fast as it can, printing each one's title once committed."""

from __future__ import annotations

import sys

from desktop.paths import data_paths
from desktop.services import dossiers
from desktop.store.database import open_store


def main() -> None:
    root, prefix = sys.argv[1], sys.argv[2]
    store = open_store(data_paths(root))
    print("ready", flush=True)
    n = 0
    while True:
        title = f"{prefix} hồ sơ {n}"
        dossiers.create_dossier(store, title)
        print(title, flush=True)  # only after commit returned: the parent counts this as durable
        n += 1


if __name__ == "__main__":
    main()
