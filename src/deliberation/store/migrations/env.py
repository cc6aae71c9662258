"""Alembic environment: runs on the connection handed over by deliberation.store.database."""

from alembic import context

from deliberation.store.models import Base
from deliberation.store.schema import is_search_table

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    transactional_ddl=True,
    render_as_batch=connection.dialect.name == "sqlite",
    # The search index (0010) is kept by triggers, outside the models.
    include_name=lambda name, _kind, _parent: not is_search_table(name),
)
with context.begin_transaction():
    context.run_migrations()
