"""print claims: a live batch holds each parcel's label (one batch per parcel), a lease says its station is alive

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.models

revision: str = "0013"
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "print_claims",
        sa.Column("parcel_id", db.models.Id, autoincrement=False, nullable=False),
        sa.Column("job_id", db.models.Id, nullable=False),
        sa.ForeignKeyConstraint(["parcel_id"], ["parcels.id"], name=op.f("fk_print_claims_parcel_id_parcels")),
        sa.ForeignKeyConstraint(
            ["job_id"], ["print_jobs.id"], name=op.f("fk_print_claims_job_id_print_jobs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("parcel_id", name=op.f("pk_print_claims")),
    )
    op.create_index(op.f("ix_print_claims_job_id"), "print_claims", ["job_id"], unique=False)
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lease_until", db.models.UtcDateTime(timezone=True), nullable=True))
    with op.batch_alter_table("print_job_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("note", sa.String(length=120), server_default="", nullable=False))
    # the labels live batches hold today; a parcel two batches hold (the race this revision ends) goes to the older
    op.execute(
        "INSERT INTO print_claims (parcel_id, job_id) "
        "SELECT i.parcel_id, MIN(i.job_id) FROM print_job_items i JOIN print_jobs j ON j.id = i.job_id "
        "WHERE i.state IN ('pending', 'sent', 'uncertain') AND j.status IN ('pending', 'printing', 'stopped', 'sent') "
        "GROUP BY i.parcel_id"
    )


def downgrade() -> None:
    with op.batch_alter_table("print_job_items", schema=None) as batch_op:
        batch_op.drop_column("note")
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.drop_column("lease_until")
    op.drop_index(op.f("ix_print_claims_job_id"), table_name="print_claims")
    op.drop_table("print_claims")
