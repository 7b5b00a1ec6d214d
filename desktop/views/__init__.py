"""Qt only: windows, widgets and item models. Views ask services; they never open the database."""
