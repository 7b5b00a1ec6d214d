"""Vietnamese text rules: NFC, folding, name collation, CCCD, dates."""
