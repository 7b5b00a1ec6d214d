"""inbox: received packages and return notes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "received_packages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.String(length=40), nullable=True),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("stored_path", sa.String(length=1000), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("unit_name", sa.String(length=300), nullable=False),
        sa.Column("unit_code", sa.String(length=20), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("signer", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.Column("imported_as", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["imported_as"], ["dossiers.id"],
                                name=op.f("fk_received_packages_imported_as_dossiers"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_packages")),
        sa.UniqueConstraint("sha256", name=op.f("uq_received_packages_sha256")),
    )
    with op.batch_alter_table("received_packages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_received_packages_status"), ["status"], unique=False)

    op.create_table(
        "return_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.String(length=40), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("stored_path", sa.String(length=1000), nullable=False),
        sa.Column("package", sa.String(length=300), nullable=False),
        sa.Column("package_sha256", sa.String(length=64), nullable=False),
        sa.Column("received_package_id", sa.Integer(), nullable=True),
        sa.Column("dossier_id", sa.Integer(), nullable=True),
        sa.Column("from_unit", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("comment", sa.String(length=2000), nullable=True),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossiers.id"],
                                name=op.f("fk_return_notes_dossier_id_dossiers"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["received_package_id"], ["received_packages.id"],
                                name=op.f("fk_return_notes_received_package_id_received_packages"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_notes")),
    )
    with op.batch_alter_table("return_notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_return_notes_dossier_id"), ["dossier_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_return_notes_note_id"), ["note_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("return_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_return_notes_note_id"))
        batch_op.drop_index(batch_op.f("ix_return_notes_dossier_id"))
    op.drop_table("return_notes")
    with op.batch_alter_table("received_packages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_received_packages_status"))
    op.drop_table("received_packages")
