"""SQLite storage: engine and PRAGMAs, sessions, migrations, the data-folder lock, backup and restore."""
