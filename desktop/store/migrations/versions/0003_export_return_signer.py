"""exports: the office pinned as the signer of return notes for a sent package

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable: nothing is pinned until the first return note for the package is accepted.
    with op.batch_alter_table("exports", schema=None) as batch_op:
        batch_op.add_column(sa.Column("return_signer", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("exports", schema=None) as batch_op:
        batch_op.drop_column("return_signer")
