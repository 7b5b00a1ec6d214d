"""Award rules: rule sets as data (resources/rulesets/), the closed vocabulary of criteria, eligibility and the
dossier checklist. Pure Python over snapshots: no Qt, no SQLAlchemy (import-linter enforces it)."""
