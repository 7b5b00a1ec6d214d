"""One module per form; each returns a `DocSpec` (story + orientation) for the frame to lay out."""
