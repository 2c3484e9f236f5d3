"""The Alembic revision the code expects, known without importing Alembic.

Start-up compares the database's ``alembic_version`` with this and loads the migration
machinery only when they differ. ``tests/storage/test_migrations.py`` checks it is the head.
"""

HEAD_REVISION = "0006_deck_kinds"
